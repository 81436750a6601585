import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');
const HANDBOOK = join(ROOT, '.handbook/dev-lint-fixture');
const CHAPTER = join(HANDBOOK, 'ja/01-first.mdx');
// Beside the main test server's port, so that runs with another E2E_PORT do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4391) + 2;

let server: ChildProcess;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	rmSync(HANDBOOK, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/basic-site'), HANDBOOK, { recursive: true });
	server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--port',
			String(PORT),
			'--ignore-lock',
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				HANDBOOK_DIR: HANDBOOK,
				HANDBOOK_TODAY: '2026-11-01',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
		},
	);
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await expect.poll(() => output, { timeout: 60_000 }).toMatch(/localhost:\d+/);
});

test.afterAll(() => {
	server?.kill();
	rmSync(HANDBOOK, { recursive: true, force: true });
});

test('a lint error appears in the terminal and the browser overlay, and fixing it recovers', async ({
	page,
}) => {
	test.setTimeout(90_000);
	await page.goto(`http://localhost:${PORT}/handbook/first/`);
	await expect(page.locator('main h1')).toHaveText('最初の章');

	const original = readFileSync(CHAPTER, 'utf8');
	writeFileSync(CHAPTER, original.replace('owner: lead', 'owner: leed'));

	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toContainText('Unexpected unknown owner `leed`', { timeout: 20_000 });
	await expect(overlay).toContainText('01-first.mdx:4:8');
	await expect
		.poll(() => output, { timeout: 10_000 })
		.toMatch(/4:8-4:12\s+error\s+Unexpected unknown owner `leed`/);

	writeFileSync(CHAPTER, original);
	await expect(overlay).toHaveCount(0, { timeout: 20_000 });
	await expect(page.locator('main h1')).toHaveText('最初の章');
});

test('npm run dev shows writers the "due soon" hint that readers of the built site never see', async ({
	page,
}) => {
	// The fixture's first chapter was reviewed on 2026-03-01 and holds 12 months: due 2027-03-01.
	await page.clock.setFixedTime(new Date('2027-02-15T12:00:00'));
	await page.goto(`http://localhost:${PORT}/handbook/first/`);
	const notice = page.locator('[data-review-notice]');
	await expect(notice).toHaveAttribute('data-status', 'due-soon');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('まもなくレビュー期限（2027年3月1日）');
});

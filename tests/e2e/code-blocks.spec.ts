import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixture } from '../build/build-fixture.ts';
import { startPreview } from '../../scripts/lib/preview-server.ts';
import { watchCspViolations } from './csp-violations.ts';
import {
	builtFrom,
	MARKDOWN_FIXTURE,
	MARKDOWN_SITE,
	markdownSiteInputs,
	removeSite,
} from './e2e-site.ts';

const ROOT = join(import.meta.dirname, '../..');
const HANDBOOK = join(ROOT, 'tests/fixtures', MARKDOWN_FIXTURE);
const OUT = MARKDOWN_SITE;
// Beside the main test server's port, so that runs with another E2E_PORT do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4391) + 5;
const BASE_URL = `http://localhost:${PORT}/`;

let stop: (() => void) | undefined;

// One build and one server on one port: the tests share them, so they run in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	// The build test of the same fixture leaves its build for this test (see e2e-site.ts).
	if (!builtFrom(OUT, markdownSiteInputs())) {
		const build = buildFixture(MARKDOWN_FIXTURE, { outDir: OUT });
		if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
	}
	({ stop } = await startPreview(PORT, {
		...process.env,
		HANDBOOK_DIR: HANDBOOK,
		HANDBOOK_OUT_DIR: OUT,
	}));
});

// The last to use the build: nothing is left behind.
test.afterAll(() => {
	stop?.();
	removeSite(OUT);
});

test.describe('code blocks of a .md chapter', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy from the keyboard, announce it, and break no Content-Security-Policy', async ({
		page,
	}) => {
		const violations = await watchCspViolations(page);
		await page.goto(`${BASE_URL}code-blocks/`);
		const block = page.locator('.copy-wrap--code').filter({ hasText: 'const answer' });
		const button = block.getByRole('button', { name: 'コピー' });
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'const answer = { value: 42 }; // 答え',
		);
		await expect(page.locator('[data-copy-status]')).toHaveText('コピーしました');
		await expect(button).toHaveAttribute('data-copied', '');
		// The indented block gets its own button too.
		await page
			.locator('.copy-wrap--code')
			.filter({ hasText: 'npm run lint' })
			.getByRole('button')
			.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'npm run lint\nnpm run build',
		);
		expect(violations).toEqual([]);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`highlighted tokens stand out from the text in ${colorScheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			const violations = await watchCspViolations(page);
			await page.goto(`${BASE_URL}code-blocks/`);
			const colour = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((node) => getComputedStyle(node).color);
			const text = await colour('pre.language-js code');
			for (const token of ['.token.keyword', '.token.number', '.token.comment']) {
				expect(await colour(`pre.language-js ${token}`), token).not.toBe(text);
			}
			expect(violations).toEqual([]);
		});
	}
});

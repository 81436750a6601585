import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../build/build-fixture.ts';
import { HandbookPage } from './pages/handbook-page.ts';
import { SearchDialog } from './pages/search-dialog.ts';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const HANDBOOK = join(ROOT, '.handbook/offline-fixture');
const OUT = join(ROOT, '.handbook/offline-dist');
// Beside the main test server's port, so that runs with another E2E_PORT do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4391) + 4;
const BASE_URL = `http://localhost:${PORT}/handbook/`;
const ENV = {
	...process.env,
	HANDBOOK_DIR: HANDBOOK,
	HANDBOOK_OUT_DIR: OUT,
	HANDBOOK_BASE: '/handbook/',
	ASTRO_TELEMETRY_DISABLED: '1',
};

let server: ChildProcess | undefined;

function build(buildTime: string): void {
	// With a timeout: a build that hangs fails the test instead of holding the run.
	const result = astroBuild({ ...ENV, HANDBOOK_BUILD_TIME: buildTime }, 'offline');
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

async function startServer(): Promise<void> {
	server = spawn(process.execPath, [ASTRO, 'preview', '--port', String(PORT), '--ignore-lock'], {
		cwd: ROOT,
		env: ENV,
	});
	await expect
		.poll(async () => (await fetch(BASE_URL).catch(() => undefined))?.status, { timeout: 30_000 })
		.toBe(200);
}

async function stopServer(): Promise<void> {
	const running = server;
	server = undefined;
	if (!running || running.exitCode !== null) return;
	const exited = new Promise((resolve) => running.once('exit', resolve));
	running.kill();
	await exited;
}

test.describe.configure({ mode: 'serial' });
// What the service worker does (playwright.config.ts blocks it for the other tests).
test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
	// A build: seconds, minutes on a busy machine.
	test.setTimeout(300_000);
	rmSync(HANDBOOK, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/basic-site'), HANDBOOK, { recursive: true });
	build('2026-11-01T09:00:00Z');
	await startServer();
});

test.afterAll(async () => {
	await stopServer();
	rmSync(HANDBOOK, { recursive: true, force: true });
	rmSync(OUT, { recursive: true, force: true });
});

test('after one visit, chapters in both languages and search work offline, and an update is offered', async ({
	page,
	context,
}) => {
	test.setTimeout(600_000);
	const handbook = new HandbookPage(page);
	const search = new SearchDialog(page);
	const offlineNotice = page.locator('[data-offline-notice]');

	await page.goto(BASE_URL);
	await handbook.waitForOfflineReady();
	await expect(offlineNotice).toBeHidden();
	// The cache keeps pages gzipped, a third of the storage; they read back whole (below).
	expect(
		await page.evaluate(async (url) => {
			const cached = await caches.match(url, { ignoreSearch: true });
			const bytes = new Uint8Array((await cached?.arrayBuffer()) ?? new ArrayBuffer(0));
			return [cached?.headers.get('x-handbook-stored'), bytes[0], bytes[1]];
		}, `${BASE_URL}first/index.html`),
	).toEqual(['gzip', 0x1f, 0x8b]);
	// A printable edition is cached once opened: the reader who printed from it keeps it.
	await page.goto(`${BASE_URL}en/print/`);
	await expect(page.locator('[data-print-chapter]').first()).toBeVisible();

	await context.setOffline(true);
	for (const [path, title] of [
		['first/', '最初の章'],
		['second/', '二番目の章'],
		['en/first/', 'First chapter'],
		['en/emergency/', 'Emergencies'],
	] as const) {
		await page.goto(`${BASE_URL}${path}`);
		await expect(handbook.heading, path).toHaveText(title);
	}
	await expect(offlineNotice).toBeVisible();
	await expect(offlineNotice).toHaveText('Offline — handbook as of 1 November 2026');

	await search.button.click();
	// Whole questions, read as they are online: words found, grammar dropped.
	await search.search('how do I stay calm?');
	await expect(search.results.first()).toContainText('Emergencies');
	await search.close();

	await page.goto(`${BASE_URL}emergency/`);
	await expect(offlineNotice).toHaveText(/2026年11月1日時点/);
	await search.button.click();
	await search.search('だれに連絡すればいいですか');
	await expect(search.results.first()).toContainText('緊急時');
	await search.close();
	// A word typed unconverted on a phone is read from the word lists cached with the index.
	await search.button.click();
	await search.search('きんきゅう');
	await expect(search.status).toContainText('「緊急」で検索しました。');
	await expect(search.results.first()).toContainText('緊急時');
	await search.close();

	// An address typed without its final slash leads to the page, as the server's redirect does.
	await page.goto(`${BASE_URL}en/first`);
	await expect(page).toHaveURL(`${BASE_URL}en/first/`);
	await expect(handbook.heading).toHaveText('First chapter');

	await page.goto(`${BASE_URL}never-visited-page/`);
	await expect(page.locator('[data-offline-page] h1')).toHaveText('このページは保存されていません');

	// The printable edition opened online reads offline; the one never opened falls back to the
	// offline page of its language.
	await page.goto(`${BASE_URL}en/print/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-print-chapter]').first()).toBeVisible();
	await expect(page.locator('[data-offline-page]')).toHaveCount(0);
	await page.goto(`${BASE_URL}print/`);
	await expect(page.locator('[data-offline-page] h1')).toHaveText('このページは保存されていません');

	// What is not a page fails as itself, not as an HTML page with status 200.
	expect(
		await page.evaluate(
			async (base) =>
				Promise.all(
					['changes.xml', 'en/changes.xml', 'missing.json'].map((path) =>
						fetch(`${base}${path}`).then(
							(response) => `${response.status} ${response.headers.get('content-type')}`,
							() => 'network error',
						),
					),
				),
			BASE_URL,
		),
	).toEqual(['network error', 'network error', 'network error']);
	await expect(page.goto(`${BASE_URL}changes.xml`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	// The reader is back on a chapter when the deploy comes: a tab the worker controls. (Left on
	// the browser's error page, no tab would be, and the new worker could take over at once.)
	await page.waitForURL(/^chrome-error:/);
	await page.goto(`${BASE_URL}first/`);
	await expect(handbook.heading).toHaveText('最初の章');

	// A new deploy: the reader goes back online and is told, then sees the new text after reloading.
	await context.setOffline(false);
	await stopServer();
	const chapter = join(HANDBOOK, 'ja/01-first.mdx');
	writeFileSync(
		chapter,
		readFileSync(chapter, 'utf8').replace('title: 最初の章', 'title: 最初の章（改訂版）'),
	);
	build('2026-11-02T09:00:00Z');
	await startServer();

	// A second tab, opened before the new deploy was accepted, still shows the old text.
	const otherTab = await context.newPage();
	await otherTab.goto(`${BASE_URL}first/`);
	await expect(new HandbookPage(otherTab).heading).toHaveText('最初の章');
	await page.goto(`${BASE_URL}first/`);
	const update = page.locator('[data-update-notice]');
	await expect(update).toBeVisible({ timeout: 30_000 });
	await expect(update).toContainText('ハンドブックが更新されました');
	await update.locator('button').click();
	await expect(handbook.heading).toHaveText('最初の章（改訂版）', { timeout: 15_000 });

	// The other tab is told too; its button, pressed after the first tab took the deploy, still
	// brings the new text. The worker now running it says which build it serves.
	const otherUpdate = otherTab.locator('[data-update-notice]');
	await expect(otherUpdate).toBeVisible({ timeout: 15_000 });
	expect(
		await otherTab.evaluate(
			() =>
				new Promise((resolve) => {
					navigator.serviceWorker.addEventListener('message', (event) => resolve(event.data), {
						once: true,
					});
					navigator.serviceWorker.controller?.postMessage({ type: 'BUILD' });
				}),
		),
	).toEqual({ type: 'BUILD', id: '20261102T090000Z' });
	await otherUpdate.locator('button').click();
	await expect(new HandbookPage(otherTab).heading).toHaveText('最初の章（改訂版）', {
		timeout: 15_000,
	});
	await expect(otherUpdate).toBeHidden();
});

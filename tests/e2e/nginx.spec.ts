import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchCspViolations } from './csp-violations.ts';
import { NginxServer } from './nginx-server.ts';
import { HandbookPage } from './pages/handbook-page.ts';
import { SearchDialog } from './pages/search-dialog.ts';

const ROOT = join(import.meta.dirname, '../..');
/** The site the e2e web server built under /handbook/ (see playwright.config.ts). */
const SITE = join(ROOT, '.handbook/e2e-dist');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PORT = Number(process.env.E2E_PORT ?? 4391) + 1;
const server = new NginxServer({ readme: README, siteDir: SITE, base: '/handbook/', port: PORT });
const BASE_URL = `${server.origin}/handbook/`;

/** The policy README.md gives for the header. */
const README_CSP = /add_header Content-Security-Policy "([^"]+)" always;/.exec(README)![1]!;

test.describe.configure({ mode: 'serial' });
// The site as readers get it, its service worker and offline use included (playwright.config.ts
// blocks the worker for the other tests).
test.use({ baseURL: BASE_URL, serviceWorkers: 'allow' });

test.beforeAll(async () => {
	await server.start();
});

test.afterAll(async () => {
	await server.stop();
});

/** A response's headers, fetched as a browser would ask (gzip accepted). */
async function headersOf(path: string): Promise<{ status: number; headers: Headers }> {
	const response = await fetch(`${BASE_URL}${path}`, {
		headers: { 'Accept-Encoding': 'gzip' },
		redirect: 'manual',
	});
	await response.arrayBuffer();
	return { status: response.status, headers: response.headers };
}

/** One file of the built site whose name matches, e.g. Pagefind's hashed index. */
function builtFile(folder: string, pattern: RegExp): string {
	const name = readdirSync(join(SITE, folder)).find((each) => pattern.test(each));
	if (!name) throw new Error(`no ${pattern} in ${folder}`);
	return `${folder}/${name}`;
}

test("nginx accepts README.md's configuration without a warning", () => {
	expect(server.log()).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
});

test('sends the right type, compression and caching for every kind of file', async () => {
	const css = builtFile('_astro', /\.css$/);
	const js = builtFile('_astro', /\.js$/);
	const cases: Array<[string, number, RegExp, string, boolean]> = [
		// path, status, content type, Cache-Control, gzip
		['', 200, /^text\/html; charset=utf-8$/, 'no-cache', true],
		['planning/', 200, /^text\/html; charset=utf-8$/, 'no-cache', true],
		['en/planning/', 200, /^text\/html; charset=utf-8$/, 'no-cache', true],
		[css, 200, /^text\/css; charset=utf-8$/, 'public, max-age=31536000, immutable', true],
		[
			js,
			200,
			/^application\/javascript; charset=utf-8$/,
			'public, max-age=31536000, immutable',
			true,
		],
		['sw.js', 200, /^application\/javascript; charset=utf-8$/, 'no-cache', true],
		['build.json', 200, /^application\/json/, 'no-cache', false],
		[
			'manifest.webmanifest',
			200,
			/^application\/manifest\+json; charset=utf-8$/,
			'no-cache',
			false,
		],
		['changes.xml', 200, /^text\/xml; charset=utf-8$/, 'no-cache', true],
		['pagefind/pagefind.js', 200, /^application\/javascript/, 'no-cache', true],
		['pagefind/wasm.unknown.pagefind', 200, /^application\/octet-stream$/, 'no-cache', false],
		[
			builtFile('pagefind', /^pagefind\..+\.pf_meta$/),
			200,
			/^application\/octet-stream$/,
			'public, max-age=31536000, immutable',
			false,
		],
		[
			builtFile('pagefind/index', /\.pf_index$/),
			200,
			/^application\/octet-stream$/,
			'public, max-age=31536000, immutable',
			false,
		],
		[
			builtFile('pagefind/fragment', /\.pf_fragment$/),
			200,
			/^application\/octet-stream$/,
			'public, max-age=31536000, immutable',
			false,
		],
		['robots.txt', 200, /^text\/plain; charset=utf-8$/, 'no-cache', false],
		['no-such-page/', 404, /^text\/html; charset=utf-8$/, 'no-cache', true],
	];
	const seen: string[] = [];
	for (const [path, status, type, cacheControl, gzip] of cases) {
		const { status: got, headers } = await headersOf(path);
		seen.push(
			`${path || '/'} ${got} ${headers.get('content-type')} | ${headers.get('cache-control')} | ${headers.get('content-encoding') ?? '-'}`,
		);
		expect(got, path).toBe(status);
		expect(headers.get('content-type'), path).toMatch(type);
		expect(headers.get('cache-control'), path).toBe(cacheControl);
		if (gzip) expect(headers.get('content-encoding'), path).toBe('gzip');
		// Pagefind's files are gzip already: compressing them again would break nothing but waste time.
		if (path.includes('pagefind/') && !path.endsWith('.js')) {
			expect(headers.get('content-encoding'), path).toBeNull();
		}
		expect(headers.get('content-security-policy'), path).toBe(README_CSP);
		expect(headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(headers.get('referrer-policy'), path).toBe('same-origin');
		expect(headers.get('x-robots-tag'), path).toBe('noindex, nofollow');
		expect(headers.get('server'), path).toBe('nginx');
	}
	test.info().annotations.push({ type: 'headers seen', description: `\n${seen.join('\n')}` });
	console.log(`Headers from nginx:\n${seen.join('\n')}`);
});

test("answers a missing page with the handbook's 404 page, and a path without its slash with a redirect", async ({
	page,
}) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
	for (const [path, location] of [
		['planning', '/handbook/planning/'],
		['', '/handbook/'],
	] as const) {
		const url = path ? `${BASE_URL}${path}` : BASE_URL.replace(/\/$/, '');
		const redirect = await fetch(url, { redirect: 'manual' });
		expect(redirect.status, url).toBe(301);
		expect(redirect.headers.get('location'), url).toBe(location);
	}
});

test('serves pages in both languages and search, breaking no policy of the header or the page', async ({
	page,
}) => {
	const violations = await watchCspViolations(page);
	const handbook = new HandbookPage(page);
	const search = new SearchDialog(page);
	for (const [path, title] of [
		['', 'ソーシャルメディア・ガイドライン'],
		['crisis-quick-guide/', '炎上・緊急時クイックガイド'],
		['en/planning/', undefined],
		['review/', undefined],
		['print/', undefined],
	] as const) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		if (title) await expect(handbook.heading.first(), path).toHaveText(title);
	}
	await page.goto('planning/');
	await search.button.click();
	await search.search('炎上');
	await expect(search.results.first()).toBeVisible();
	await search.close();
	await page.goto('en/planning/');
	await search.button.click();
	await search.search('buying followers');
	await expect(search.results.first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);
});

test('keeps the handbook and its search working offline after one visit', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	const violations = await watchCspViolations(page);
	const handbook = new HandbookPage(page);
	const search = new SearchDialog(page);
	await page.goto('');
	await handbook.waitForOfflineReady();
	await context.setOffline(true);
	await page.goto('en/crisis-quick-guide/');
	await expect(handbook.heading.first()).toBeVisible();
	await expect(page.locator('[data-offline-notice]')).toBeVisible();
	await search.button.click();
	await search.search('buying followers');
	await expect(search.results.first()).toBeVisible();
	await search.close();
	await page.goto('en/print/');
	await expect(page.locator('[data-offline-page] h1')).toHaveText(
		'This page is not saved for offline use',
	);
	await expect(page.goto('changes.xml')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	await context.setOffline(false);
	expect(violations).toEqual([]);
});

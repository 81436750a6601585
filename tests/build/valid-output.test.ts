import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EMPTY_CONTENT_SOURCE } from '../../src/integration/content-security-policy.ts';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_SITE, E2E_SITE_ENV, recordSiteInputs, siteInputs } from '../e2e/e2e-site.ts';
import { buildFixture, type FixtureBuild } from './build-fixture.ts';

/**
 * html-validate's recommended rules, the strictest of its presets. `valid-id` is relaxed to what
 * HTML allows (any id without spaces): headings such as "1. 日ごろの監視" get ids that start with
 * a digit, and links to them are part of what writers write. `tel-non-breaking` is off: phone
 * numbers are kept whole by CSS (`white-space: nowrap`), and the U+2011 hyphens it asks for would
 * make a copied number fail to dial.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'valid-id': ['error', { relaxed: true }], 'tel-non-breaking': 'off' },
});

/** The handbook this repository ships, built as an intranet serves it, under `/handbook/`. */
let site: FixtureBuild;
let pages: string[];

beforeAll(() => {
	// The very site the browser tests run against, built where they look for it: they reuse it.
	// The shipped chapters are dated by the real calendar: judged by today, not the fixtures' day.
	const inputs = siteInputs();
	site = buildFixture('shipped', { env: E2E_SITE_ENV, outDir: E2E_SITE });
	expect(site.status, site.output).toBe(0);
	recordSiteInputs(inputs);
	pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.sort();
	expect(pages.length).toBeGreaterThan(30);
});

/** A meta tag's content on a page, or `undefined`. */
function meta(html: string, name: string): string | undefined {
	return new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];
}

describe('the built HTML', () => {
	it('passes html-validate on every page: unique ids, named landmarks, valid nesting', async () => {
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateString(site.read(page), page);
			for (const result of report.results) {
				for (const message of result.messages) {
					problems.push(
						`${page}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`,
					);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('ends every page with </html>, with nothing after it', () => {
		for (const page of pages) expect(site.read(page).trimEnd(), page).toMatch(/<\/html>$/);
	});

	it('gives every page a meta description', () => {
		for (const page of pages)
			expect(meta(site.read(page), 'description')?.trim(), page).toBeTruthy();
	});

	it('gives each chapter on the printable edition ids of its own, and links its sections to them', () => {
		const print = site.read('print/index.html');
		const ids = [...print.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('chapter-measurement--よくある質問');
		expect(ids).toContain('chapter-training--よくある質問');
		expect(ids).toContain('chapter-crisis-handling--1-日ごろの監視モニタリング');
		for (const [, target] of print.matchAll(/href="#([^"]+)"/g)) {
			expect(ids, target).toContain(decodeURIComponent(target!));
		}
	});

	it('links the translations of a page with absolute hreflang URLs under the configured site', () => {
		const planning = site.read('planning/index.html');
		expect(planning).toContain(
			'<link rel="alternate" hreflang="ja" href="https://intranet.example.co.jp/handbook/planning/">',
		);
		expect(planning).toContain(
			'<link rel="alternate" hreflang="en" href="https://intranet.example.co.jp/handbook/en/planning/">',
		);
		for (const page of pages) {
			for (const [, href] of site.read(page).matchAll(/hreflang="[^"]+" href="([^"]+)"/g)) {
				expect(href, page).toMatch(/^https:\/\/intranet\.example\.co\.jp\/handbook\//);
			}
		}
	});
});

describe('the Content-Security-Policy', () => {
	it('has nothing inline for a policy to allow: no inline script, no <style>, no style attribute', () => {
		// README.md's header policy allows only the site's own files; the page's and the header's
		// policies both apply, so anything inline would be blocked by the header.
		for (const page of pages) {
			const html = site.read(page);
			expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], page).toEqual([]);
			expect(html.match(/<style[\s>]/g) ?? [], page).toEqual([]);
			expect(html.match(/\sstyle="/g) ?? [], page).toEqual([]);
		}
	});

	it('lists no hash of empty content in any page policy', () => {
		expect(EMPTY_CONTENT_SOURCE).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
		for (const page of pages) {
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
				site.read(page),
			)?.[1];
			expect(policy, page).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(policy, page).not.toContain(EMPTY_CONTENT_SOURCE);
		}
	});
});

describe('the published folder', () => {
	it('can be read by a web server running as another user, like any new folder', () => {
		// A folder made the ordinary way, under the same umask.
		const parent = mkdtempSync(join(tmpdir(), 'handbook-mode-'));
		mkdirSync(join(parent, 'usual'));
		const usual = statSync(join(parent, 'usual')).mode & 0o777;
		rmSync(parent, { recursive: true });
		expect(statSync(site.outDir).mode & 0o777).toBe(usual);
	});
});

describe('search engines', () => {
	it('are kept away from an intranet handbook by default: meta robots on every page and robots.txt', () => {
		for (const page of pages)
			expect(meta(site.read(page), 'robots'), page).toBe('noindex, nofollow');
		expect(site.read('robots.txt')).toBe('User-agent: *\nDisallow: /handbook/\n');
	});
});

describe('the Atom feeds', () => {
	it('give every entry a whole, absolute and unique id made from its chapter, date and summary', () => {
		for (const feed of ['changes.xml', 'en/changes.xml']) {
			const ids = [...site.read(feed).matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]!);
			const [feedId, ...entryIds] = ids;
			expect(feedId).toMatch(/^https:\/\/intranet\.example\.co\.jp\/handbook\/(en\/)?changes\/$/);
			expect(entryIds.length).toBeGreaterThan(3);
			expect(new Set(entryIds).size).toBe(entryIds.length);
			for (const id of entryIds) {
				expect(id).toMatch(
					/^https:\/\/intranet\.example\.co\.jp\/handbook\/[^#\s]+\/#change-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/,
				);
				// Every `%` starts a whole escape: nothing was cut in the middle of one.
				expect(id).not.toMatch(/%(?![0-9A-F]{2})/i);
				expect(() => new URL(id)).not.toThrow();
			}
		}
	});
});

describe('the offline pages', () => {
	it('exist in every language, each in its own language first', () => {
		expect(site.read('offline/index.html')).toMatch(/^<!DOCTYPE html><html lang="ja"/i);
		expect(site.read('en/offline/index.html')).toMatch(/^<!DOCTYPE html><html lang="en"/i);
		expect(site.read('en/offline/index.html')).toContain('This page is not saved for offline use');
	});

	it('are what the service worker falls back to for pages of their language only', () => {
		const sw = site.read('sw.js');
		const en = sw.indexOf('/handbook/en/offline/index.html');
		const ja = sw.indexOf('/handbook/offline/index.html');
		expect(en).toBeGreaterThan(0);
		expect(ja).toBeGreaterThan(0);
		// No fallback for every navigation: `changes.xml` offline must fail as what it is.
		expect(sw).not.toMatch(/mode\s*===?\s*"navigate"/);
		expect(relative(site.outDir, join(site.outDir, 'sw.js'))).toBe('sw.js');
	});
});

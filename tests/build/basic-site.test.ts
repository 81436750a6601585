import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-fixture.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Every URL a page refers to through href, src or srcset. */
function urlsIn(html: string): string[] {
	return [...html.matchAll(/\s(?:href|src|srcset|action)="([^"]*)"/g)].map((match) => match[1]!);
}

describe('a handbook built under /handbook/', () => {
	let site: FixtureBuild;

	beforeAll(() => {
		site = buildFixture('basic-site');
		expect(site.status, site.output).toBe(0);
	});

	it('writes a home page per locale, a page per chapter and a 404 page', () => {
		expect(htmlFiles(site.outDir).sort()).toEqual(
			[
				'404.html',
				'index.html',
				'first/index.html',
				'second/index.html',
				'社内-ルール/index.html',
				'emergency/index.html',
				'en/index.html',
				'en/first/index.html',
				'en/second-chapter/index.html',
				'en/emergency/index.html',
				'owners/index.html',
				'review/index.html',
				'en/owners/index.html',
				'en/review/index.html',
				'offline/index.html',
				'en/offline/index.html',
				'changes/index.html',
				'print/index.html',
				'en/changes/index.html',
				'en/print/index.html',
			].sort(),
		);
	});

	it('lists the chapters on the home page in reading order', () => {
		const home = site.read('index.html');
		const list = home.slice(home.indexOf('data-chapter-list'));
		const titles = [...list.matchAll(/<li><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1]);
		expect(titles).toEqual(['緊急時', '最初の章', '二番目の章', '社内ルール']);
	});

	it('keeps every internal link and asset under the base path', () => {
		for (const file of htmlFiles(site.outDir)) {
			for (const url of urlsIn(site.read(file))) {
				if (url.startsWith('#') || url.startsWith('mailto:')) continue;
				// Links for people to follow (contacts, the edit link) may point elsewhere; assets may not.
				if (/^https:\/\/(chat|git)\.example\.com\//.test(url)) continue;
				if (url.startsWith('..') || url.startsWith('./')) continue;
				// hreflang links are absolute, on the handbook's own site (`site` in handbook.yaml).
				expect(url, `${file} links to ${url}`).toMatch(
					/^(https:\/\/intranet\.example\.com)?\/handbook\//,
				);
			}
		}
	});

	it('refers to no other host: no fonts, scripts, styles or images from elsewhere', () => {
		for (const file of htmlFiles(site.outDir)) {
			const html = site.read(file);
			const external = [
				...html.matchAll(
					/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g,
				),
			].filter((match) => !match[0].includes('href="https://intranet.example.com/handbook/'));
			expect(
				external.map((match) => match[0]),
				file,
			).toEqual([]);
		}
	});

	it('marks each page with its language', () => {
		expect(site.read('first/index.html')).toMatch(/<html lang="ja"[ >]/);
		expect(site.read('en/first/index.html')).toMatch(/<html lang="en"[ >]/);
	});

	it('shows the owner, the last review and the next review under the title', () => {
		const page = site.read('second/index.html');
		expect(page).toMatch(/data-owner="legal"/);
		expect(page).toContain('href="https://chat.example.com/legal"');
		expect(page).toMatch(/<time datetime="2026-04-15" data-reviewed>2026年4月15日<\/time>/);
		expect(page).toMatch(/<time datetime="2026-10-15" data-review-due>/);
	});

	it('links the language switch to the translated chapter, even under another file name', () => {
		expect(site.read('second/index.html')).toMatch(
			/href="\/handbook\/en\/second-chapter\/"[^>]*data-language-switch="en"/,
		);
		expect(site.read('en/second-chapter/index.html')).toMatch(
			/href="\/handbook\/second\/"[^>]*data-language-switch="ja"/,
		);
	});

	it('links the language switch to the other home page when a chapter is not translated', () => {
		expect(site.read('社内-ルール/index.html')).toMatch(
			/href="\/handbook\/en\/"[^>]*data-language-switch="en"/,
		);
	});

	it('links the crisis guide of the same language from the header of every page', () => {
		for (const file of htmlFiles(site.outDir).filter((path) => !path.includes('print/'))) {
			const expected = file.startsWith('en/') ? '/handbook/en/emergency/' : '/handbook/emergency/';
			expect(site.read(file), file).toMatch(new RegExp(`class="crisis-link" href="${expected}"`));
		}
	});

	it('marks the current chapter in the sidebar and links its neighbours', () => {
		const page = site.read('first/index.html');
		expect(page).toMatch(/href="\/handbook\/first\/" aria-current="page"/);
		expect(page).toMatch(/rel="prev" href="\/handbook\/emergency\/"/);
		expect(page).toMatch(/rel="next" href="\/handbook\/second\/"/);
	});

	it('links each chapter to its source under the configured edit URL', () => {
		expect(site.read('社内-ルール/index.html')).toContain(
			`href="https://git.example.com/org/handbook/edit/main/content/ja/${encodeURIComponent('03-社内 ルール.mdx')}" data-edit-link`,
		);
	});

	it('links the owners page and the review dashboard from every page', () => {
		for (const file of htmlFiles(site.outDir).filter((path) => !path.includes('print/'))) {
			const prefix = file.startsWith('en/') ? '/handbook/en/' : '/handbook/';
			expect(site.read(file), file).toContain(`href="${prefix}owners/"`);
			expect(site.read(file), file).toContain(`href="${prefix}review/"`);
		}
	});

	it('lists the sections of a chapter in its on-page contents', () => {
		const page = site.read('first/index.html');
		expect(page).toMatch(/class="toc__depth-2"><a href="#はじめに">はじめに<\/a>/);
		expect(page).toMatch(/class="toc__depth-3"><a href="#細かい話">細かい話<\/a>/);
		expect(page).toMatch(/<h2 id="はじめに">/);
	});

	it('loads one small module and the theme switch on a chapter page: with what they import, under 3 KB gzip', () => {
		const page = site.read('first/index.html');
		const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
		expect(scripts).toHaveLength(2);
		expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
		const [boot, trigger] = scripts.map((src) => site.read(src.replace(/^\/handbook\//, '')));
		// Its static imports load with it (shared chunks); dynamic import() waits for the reader.
		const imported = [...trigger!.matchAll(/^import\s*["']\.\/([^"']+)["']/gm)].map((match) =>
			site.read(`_astro/${match[1]!}`),
		);
		const firstLoad = [boot!, trigger!, ...imported].map((code) => gzipSync(code).length);
		expect(firstLoad.reduce((sum, size) => sum + size, 0)).toBeLessThan(3072);
		expect(trigger).not.toMatch(/pagefind\.js['"`]/);
	});

	it('writes a Pagefind bundle with one index per language holding only the chapters', () => {
		const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(entry.languages.ja?.page_count).toBe(4);
		expect(entry.languages.en?.page_count).toBe(3);
		expect(site.exists('pagefind/pagefind.js')).toBe(true);
	});

	it('marks only chapter bodies for the search index', () => {
		expect(site.read('first/index.html')).toContain('data-pagefind-body');
		for (const page of [
			'index.html',
			'en/index.html',
			'404.html',
			'owners/index.html',
			'en/review/index.html',
		]) {
			expect(site.read(page), page).not.toContain('data-pagefind-body');
		}
	});

	it("gives every page its base path and this build's id, for search and the offline cache", () => {
		const ids = new Set<string>();
		for (const file of htmlFiles(site.outDir)) {
			const html = /<html[^>]*>/.exec(site.read(file))?.[0] ?? '';
			expect(html, file).toContain('data-base="/handbook/"');
			ids.add(/data-build-id="([^"]+)"/.exec(html)?.[1] ?? '');
		}
		expect([...ids]).toEqual(['20261101T090000Z']);
	});
});

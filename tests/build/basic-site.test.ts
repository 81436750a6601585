import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The fixture built once for every test of this file (one build: two of the same fixture at
 * once would share Astro's content cache). */
let site: FixtureBuild;

beforeAll(() => {
	site = buildFixture('basic-site');
	expect(site.status, site.output).toBe(0);
});

afterAll(() => site?.remove());

describe('a handbook built under /handbook/', () => {
	it('writes a home page per locale, a page per chapter and a 404 page', () => {
		expect(htmlFiles(site.outDir).sort()).toEqual(
			[
				'404.html',
				'index.html',
				'first/index.html',
				'second/index.html',
				'社内-ルール/index.html',
				'emergency/index.html',
				'team/roles/index.html',
				'team/onboarding/index.html',
				'checklist/index.html',
				'en/index.html',
				'en/team/roles/index.html',
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
		const list = home.slice(
			home.indexOf('data-chapter-list'),
			home.indexOf('</ol>', home.indexOf('data-chapter-list')),
		);
		const titles = [...list.matchAll(/<li><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1]);
		expect(titles).toEqual(['緊急時', '最初の章', '二番目の章', '社内ルール']);
	});

	it('keeps every internal link and asset under the base path', () => {
		for (const file of htmlFiles(site.outDir)) {
			for (const url of urlsIn(site.read(file))) {
				if (url.startsWith('#') || url.startsWith('mailto:')) continue;
				// Links for people to follow (contacts, the edit link) may point elsewhere; assets may not.
				if (/^https:\/\/((chat|git)\.example|example\.slack)\.com\//.test(url)) continue;
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
		// `slack:#legal-desk` in owners.yaml, opened through handbook.yaml's chatLinks.
		expect(page).toContain('href="https://example.slack.com/app_redirect?channel=legal-desk"');
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

	it('lists the questions a chapter answers, each linking to its section, and gives search each with the section that answers it', () => {
		const page = site.read('first/index.html');
		const list = /<details class="toc questions" data-pagefind-ignore>([\s\S]*?)<\/details>/.exec(
			page,
		)?.[1];
		// Only the questions a section answers: the whole chapter's have nowhere else to lead.
		expect(list).toContain('この章で答えている質問（1）');
		expect(list).toContain('<li><a href="#細かい話">細かいところはどこに書いてある？</a></li>');
		expect(list).not.toContain('最初に読むのはどれ？');
		// Searched with the section that answers it, and with the chapter as a whole when no section does.
		expect(page).toMatch(
			/<h3 id="細かい話">細かい話<\/h3>\s*<p id="reader-questions-\d+" hidden data-pagefind-weight="5">細かいところはどこに書いてある？<\/p>/,
		);
		const summary = /<section hidden>([\s\S]*?)<\/section>/.exec(page)?.[1];
		expect(summary).toContain('最初に読むのはどれ？');
		expect(summary).not.toContain('細かいところ');
		expect(site.read('second/index.html')).not.toContain('class="toc questions"');
		// The page prints `writer’s` where the source, and the question, type `writer's`.
		const english = site.read('en/first/index.html');
		const id = /<h2 id="([^"]+)">A writer’s note<\/h2>/.exec(english)?.[1];
		expect(id).toBeDefined();
		// The question as its writer typed it, whatever way the apostrophe is escaped.
		const question = "Where are the writer(?:'|&#39;|&#x27;)s notes\\?";
		expect(english).toMatch(new RegExp(`<li><a href="#${id}">${question}</a></li>`));
		expect(english).toMatch(
			new RegExp(
				`<h2 id="${id}">[^<]+</h2>\\s*<p id="reader-questions-\\d+" hidden data-pagefind-weight="5">${question}</p>`,
			),
		);
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
		// Its static imports load with it (shared chunks, bare or with bindings); dynamic import()
		// waits for the reader.
		const imported = [
			...trigger!.matchAll(/(?:^|[;}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+)["']/g),
		].map((match) => site.read(`_astro/${match[1]!}`));
		expect(trigger).not.toMatch(/preload-helper/);
		const firstLoad = [boot!, trigger!, ...imported].map((code) => gzipSync(code).length);
		expect(firstLoad.reduce((sum, size) => sum + size, 0)).toBeLessThan(3072);
		expect(trigger).not.toMatch(/pagefind\.js['"`]/);
		// Search loads from its built URL, without Vite's module-preload helper (`lazy-module-url.ts`).
		expect(trigger).toMatch(/["'`]\/handbook\/_astro\/search-dialog\.[\w-]+\.js["'`]/);
		expect(trigger).not.toMatch(/modulepreload/);
	});

	it('writes a Pagefind bundle with one index per language holding only the chapters', () => {
		const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(entry.languages.ja?.page_count).toBe(7);
		expect(entry.languages.en?.page_count).toBe(4);
		expect(site.exists('pagefind/pagefind.js')).toBe(true);
	});

	it('writes a second bundle with each chapter section as a record, and which page each section is of', () => {
		const entry = JSON.parse(site.read('pagefind/sections/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		// More sections than chapters: every chapter has its opening, its summary and its headings.
		expect(entry.languages.ja?.page_count).toBeGreaterThan(2 * 7);
		expect(entry.languages.en?.page_count).toBeGreaterThan(2 * 4);
		const pageIds = readdirSync(join(site.outDir, 'pagefind/fragment')).map((file) =>
			file.replace(/\.pf_fragment$/, ''),
		);
		for (const locale of ['ja', 'en']) {
			const pages = JSON.parse(
				site.read(`pagefind/sections/section-pages.${locale}.json`),
			) as Record<string, string>;
			expect(Object.keys(pages)).toHaveLength(entry.languages[locale]!.page_count);
			for (const [section, page] of Object.entries(pages)) {
				expect(section.startsWith(`${locale}_`), section).toBe(true);
				expect(pageIds, section).toContain(page);
			}
		}
		// Search reads only the sections' scores: their data and Pagefind's interfaces are not shipped.
		expect(site.exists('pagefind/sections/pagefind.js')).toBe(true);
		expect(site.exists('pagefind/sections/fragment')).toBe(false);
		expect(site.exists('pagefind/sections/pagefind-ui.js')).toBe(false);
	});

	it("writes each language's words beside the index, for reading a mistyped word, without frontmatter keys", () => {
		const words = JSON.parse(site.read('pagefind/handbook-words.en.json')) as string[];
		// From a chapter's body ("Introduction") and from its reader questions ("notes").
		expect(words).toEqual(expect.arrayContaining(['introduction', 'notes']));
		expect(words).not.toContain('reviewed');
		expect(words).not.toContain('owner');
		expect(words).not.toContain('summary');
	});

	it("writes each language's katakana words and kanji readings beside the index, for words typed in hiragana", () => {
		expect(JSON.parse(site.read('pagefind/handbook-katakana.ja.json'))).toEqual(
			expect.arrayContaining(['ルール', 'ファイル']),
		);
		expect(JSON.parse(site.read('pagefind/handbook-readings.ja.json'))).toMatchObject({
			にほんご: '日本語',
		});
		expect(JSON.parse(site.read('pagefind/handbook-katakana.en.json'))).toEqual([]);
		expect(JSON.parse(site.read('pagefind/handbook-readings.en.json'))).toEqual({});
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

describe('the printable edition and what changed', () => {
	it('prints every chapter of a language in reading order on one page, with a cover and contents', () => {
		const print = site.read('print/index.html');
		const order = [...print.matchAll(/data-print-chapter="([^"]+)"/g)].map((match) => match[1]);
		expect(order).toEqual([
			'emergency',
			'first',
			'second',
			'社内-ルール',
			'team/roles',
			'team/onboarding',
			'checklist',
		]);
		expect(print).toMatch(
			/data-print-cover[\s\S]*テスト手引き[\s\S]*2026年11月1日 作成[\s\S]*版：20261101T090000Z/,
		);
		const contents = print.slice(
			print.indexOf('print-toc'),
			print.indexOf('</nav>', print.indexOf('print-toc')),
		);
		expect([...contents.matchAll(/<a href="#chapter-([^"]+)">/g)].map((match) => match[1])).toEqual(
			order,
		);
		expect(site.read('en/print/index.html').match(/data-print-chapter=/g)).toHaveLength(4);
	});

	it('shows owner and review date under each printed chapter, and no site chrome', () => {
		const print = site.read('print/index.html');
		expect(print).toMatch(
			/<h1>二番目の章<\/h1><p class="print-chapter__meta">担当：<a href="https:\/\/example\.slack\.com\/app_redirect\?channel=legal-desk">Legal Counsel<\/a>・最終レビュー：<time datetime="2026-04-15">/,
		);
		for (const chrome of [
			'site-header',
			'data-sidebar',
			'site-footer',
			'data-crisis-link',
			'data-pagefind-body',
		]) {
			expect(print, chrome).not.toContain(chrome);
		}
	});

	it('links the printable edition and what changed from the footer of every page', () => {
		for (const page of ['index.html', 'first/index.html', 'en/review/index.html']) {
			const prefix = page.startsWith('en/') ? '/handbook/en/' : '/handbook/';
			expect(site.read(page), page).toContain(`href="${prefix}print/" data-print-link`);
			expect(site.read(page), page).toContain(`href="${prefix}changes/"`);
		}
	});

	it('lists chapters by their latest change, newest first, and the home page shows the three latest changes', () => {
		const changes = site.read('changes/index.html');
		expect(
			[...changes.matchAll(/class="changes__chapter" data-chapter="([^"]+)"/g)].map(
				(match) => match[1],
			),
		).toEqual(['first', 'second']);
		expect(changes).toMatch(/2026年5月10日<\/time> — 細かい話を追加/);
		const home = site.read('index.html');
		const latest = home.slice(home.indexOf('data-latest-changes'));
		expect([...latest.matchAll(/data-change-date="([^"]+)"/g)].map((match) => match[1])).toEqual([
			'2026-05-10',
			'2026-04-15',
			'2026-03-01',
		]);
	});

	it('publishes what changed as an Atom feed per language, newest first, with absolute URLs under the site and base', () => {
		const feed = site.read('changes.xml');
		expect(feed).toMatch(
			/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/,
		);
		expect(feed).toContain('<id>https://intranet.example.com/handbook/changes/</id>');
		const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((match) => match[0]);
		expect(entries).toHaveLength(3);
		const updated = entries.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)![1]!);
		expect(updated).toEqual([...updated].sort().reverse());
		expect(entries[0]).toContain('<link href="https://intranet.example.com/handbook/first/"');
		expect(entries[0]).toMatch(
			/<title type="html"><!\[CDATA\[最初の章: 細かい話を追加\]\]><\/title>/,
		);
		const english = site.read('en/changes.xml');
		expect(english).toContain('<link href="https://intranet.example.com/handbook/en/first/"');
	});
});

describe('a handbook with sections', () => {
	/** The sections of a page's sidebar (not the phone menu's copy): id and whether it is open. */
	function sidebarSections(page: string): Array<[string, boolean]> {
		const html = site.read(page);
		const sidebar = html.slice(html.indexOf('data-sidebar '));
		return [
			...sidebar.matchAll(
				/<details class="sidebar__section"( open)?><summary class="toc__title">([^<]+)<\/summary>/g,
			),
		].map((match) => [match[2]!, Boolean(match[1])]);
	}

	it("folds the sidebar's sections, listed ones in handbook.yaml's order, the current chapter's open", () => {
		expect(sidebarSections('team/onboarding/index.html')).toEqual([
			['チーム', true],
			['Daily work', false],
		]);
		expect(sidebarSections('checklist/index.html')).toEqual([
			['チーム', false],
			['Daily work', true],
		]);
		const page = site.read('team/onboarding/index.html');
		expect(page).toContain('<summary class="toc__title">チーム</summary>');
		// Unlisted, from a `section` field: titled from its id.
		expect(page).toContain('<summary class="toc__title">Daily work</summary>');
		// The sections' own styles are for the home page's cards and the print edition only.
		const sectionsCss = /<link rel="stylesheet" href="\/handbook\/_astro\/sections\.[\w-]+\.css">/;
		expect(page).not.toMatch(sectionsCss);
		expect(site.read('index.html')).toMatch(sectionsCss);
		expect(site.read('print/index.html')).toMatch(sectionsCss);
	});

	it('reads a section in order, then the next section, in previous and next', () => {
		const page = site.read('team/onboarding/index.html');
		expect(page).toMatch(/rel="prev" href="\/handbook\/team\/roles\/"/);
		expect(page).toMatch(/rel="next" href="\/handbook\/checklist\/"/);
	});

	it('shows each section on the home page as a card of its chapters, after the chapters in none', () => {
		const home = site.read('index.html');
		expect(home.indexOf('data-chapter-list')).toBeLessThan(home.indexOf('data-section-grid'));
		expect(
			[...home.matchAll(/<ol id="(section-[^"]+)" data-section-chapters="([^"]+)">/g)].map(
				(match) => [match[1], match[2]],
			),
		).toEqual([
			['section-team', 'team'],
			['section-daily-work', 'daily-work'],
		]);
		expect(site.read('en/index.html')).toMatch(/<h3 id="section-team-title">Team<\/h3>/);
	});

	it('prints section by section with links between chapters that stay on the page, and no id twice', () => {
		for (const file of ['print/index.html', 'en/print/index.html']) {
			const print = site.read(file);
			const ids = [...print.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
			expect(
				ids.filter((id, index) => ids.indexOf(id) !== index),
				file,
			).toEqual([]);
			const decoded = new Set(ids.map((id) => id.normalize()));
			for (const [, href] of print.matchAll(/<a href="#([^"]+)"/g)) {
				expect(decoded.has(decodeURIComponent(href!)), `${file} #${href}`).toBe(true);
			}
		}
		const print = site.read('print/index.html');
		expect(print).toMatch(
			/<h1 class="print-section" id="section-team" data-print-section="team">チーム<\/h1><article class="print-chapter" id="chapter-team\/roles"/,
		);
		// `../../first/` and `../onboarding/#よくある質問`, written for /team/roles/.
		expect(print).toContain('<a href="#chapter-first">最初の章</a>');
		expect(print).toContain('<a href="#chapter-team/onboarding--よくある質問">同じ節の次の章</a>');
		expect(site.read('en/print/index.html')).toContain(
			'<a href="#chapter-first">the first chapter</a>',
		);
	});

	it('gives the review dashboard a section column and filters by owner, status and section', () => {
		const review = site.read('review/index.html');
		expect(review).toMatch(
			/<tr[^>]*data-chapter="ja\/team\/roles"[^>]*data-section="team" data-section-rank="1"/,
		);
		expect(review).toMatch(
			/<tr[^>]*data-chapter="ja\/first"[^>]*data-section data-section-rank="0"/,
		);
		expect(review).toMatch(
			/<select name="section"><option value="\*">すべて<\/option><option value>セクションなし<\/option><option value="team">チーム<\/option><option value="daily-work">Daily work<\/option><\/select>/,
		);
		expect(review).toMatch(/data-review-filters hidden/);
		expect(review).toMatch(/<strong data-count="overdue">\d+<\/strong>/);
		expect(review).toMatch(
			/<link rel="stylesheet" href="\/handbook\/_astro\/review-dashboard\.[\w-]+\.css">/,
		);
		expect(site.read('first/index.html')).not.toContain('review-dashboard');
	});
});

import { describe, expect, test } from 'vitest';
import { sectionRecords } from '../../src/integration/section-index.ts';
import { hasSectionIndex, SECTION_INDEX_MAX_PAGES } from '../../src/search/page-index.ts';

/** A chapter page laid out as the handbook lays out chapters, with `prose` as its text. */
function chapterPage(prose: string, lang = 'ja'): string {
	return `<!doctype html><html lang="${lang}"><head><title>炎上対応</title></head><body>
<nav><a href="/">目次</a></nav>
<main data-pagefind-body><h1 data-pagefind-meta="title">炎上対応</h1>
<details data-pagefind-ignore><summary>この章で答えている質問</summary><a href="#1-監視">監視</a></details>
<div class="prose">${prose}</div>
<section hidden><h2 id="pagefind-chapter-summary">炎上対応</h2><p data-pagefind-weight="5">炎上 デマ</p></section>
</main><footer>フッター</footer></body></html>`;
}

describe('sectionRecords', () => {
	const records = sectionRecords(
		chapterPage(`<p>炎上は準備が大切です。</p>
<h2 id="1-監視">1. 監視</h2><p id="reader-questions-1" hidden data-pagefind-weight="5">エゴサってどのくらい？</p>
<ul><li>一日二回検索します。</li></ul>
<h3 id="ツール">ツール</h3><p>最後は人の目で確かめます。</p>
<h2 id="2-うわさ">2. うわさ</h2><p>事実を確かめます。</p>`),
		'/crisis-handling/',
	);

	test('cuts the page at each heading with an id, the opening under the page URL', () => {
		expect(records.map((record) => record.url)).toEqual([
			'/crisis-handling/',
			'/crisis-handling/#1-監視',
			'/crisis-handling/#ツール',
			'/crisis-handling/#2-うわさ',
			'/crisis-handling/#pagefind-chapter-summary',
		]);
	});

	test('a section runs from its heading to the next heading, whatever its level', () => {
		const monitoring = records[1]!.html;
		expect(monitoring).toContain('<h2 id="1-監視">1. 監視</h2>');
		expect(monitoring).toContain('一日二回検索します。');
		expect(monitoring).not.toContain('最後は人の目で確かめます。');
		expect(records[2]!.html).toContain('最後は人の目で確かめます。');
		expect(records[2]!.html).not.toContain('事実を確かめます。');
	});

	test('keeps the weights and the parts left out of the index as the page has them', () => {
		expect(records[1]!.html).toContain(
			'<p id="reader-questions-1" hidden data-pagefind-weight="5">エゴサってどのくらい？</p>',
		);
		expect(records[0]!.html).toContain('<details data-pagefind-ignore>');
		expect(records[4]!.html).toContain('<p data-pagefind-weight="5">炎上 デマ</p>');
	});

	test('each record is an indexed page of its own in the page language', () => {
		for (const { html } of records) {
			expect(html).toMatch(
				/^<html lang="ja"><body><main data-pagefind-body>[\s\S]*<\/main><\/body><\/html>$/,
			);
		}
		expect(records[0]!.html).toContain('<h1 data-pagefind-meta="title">炎上対応</h1>');
		expect(records[0]!.html).toContain('炎上は準備が大切です。');
		expect(records.map((record) => record.html).join('')).not.toMatch(/目次|フッター/);
	});

	test('a page without an indexed body has no sections', () => {
		expect(
			sectionRecords('<html lang="en"><body><main><h2 id="a">A</h2></main></body></html>', '/x/'),
		).toEqual([]);
	});

	test('a page without headings is one record', () => {
		const [only, ...rest] = sectionRecords(
			'<html lang="en"><body><main data-pagefind-body><h1>Contacts</h1><p>Call us.</p></main></body></html>',
			'/en/contact-sheet/',
		);
		expect(rest).toEqual([]);
		expect(only).toEqual({
			url: '/en/contact-sheet/',
			lang: 'en',
			html: '<html lang="en"><body><main data-pagefind-body><h1>Contacts</h1><p>Call us.</p></main></body></html>',
		});
	});
});

describe('hasSectionIndex', () => {
	test('a handbook of a few hundred chapters a language has one; one of a thousand does not', () => {
		expect(hasSectionIndex(19)).toBe(true);
		expect(hasSectionIndex(SECTION_INDEX_MAX_PAGES)).toBe(true);
		expect(hasSectionIndex(1000)).toBe(false);
	});
});

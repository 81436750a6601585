import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../build/build-fixture.ts';
import { createBuildContext } from '../../src/handbook/context.ts';
import { lintHandbookChapters } from '../../src/lint/lint-files.ts';
import { parseChapter } from '../../src/lint/parser.ts';
import { formatLines } from '../../src/lint/report-lines.ts';
import { judgeRawHtml } from '../../src/markdown/raw-html.ts';
import { cspDirectives } from '../../src/integration/content-security-policy.ts';
import { headingAnchors } from '../../src/lint/handbook-context.ts';
import { chapterProcessor } from '../../src/markdown/processor.ts';
import type { Heading } from 'mdast';

const TODAY = '2026-11-01';

/** Every line lint reports for a fixture handbook, as the CLI and the build print them. */
async function lintFixture(name: string): Promise<string[]> {
	const { handbook } = createBuildContext({ dir: join(ROOT, 'tests/fixtures', name) });
	const { files } = await lintHandbookChapters(handbook, { today: TODAY });
	return formatLines(files).split('\n').filter(Boolean);
}

describe('tricky but valid chapters (tests/fixtures/markdown-chapters)', () => {
	it('lint clean, .md and .mdx mixed in one locale', async () => {
		expect(await lintFixture('markdown-chapters')).toEqual([]);
	});
});

describe('tricky invalid chapters (tests/fixtures/markdown-invalid)', () => {
	const expected = [
		'ja/01-script.md:10:1: error Unexpected HTML tag `<script>`',
		'ja/02-handler.md:8:4: error Unexpected attribute `onclick` on `<kbd>`',
		'ja/02-handler.md:8:34: error Unexpected HTML tag `<iframe>`',
		'ja/03-images.md:8:1: error Unexpected missing image `./missing.png`',
		'ja/03-images.md:8:22: error Unexpected image from another site `https://other.example.org/x.png`',
		'ja/04-dead-link.md:8:1: error Unexpected link to missing chapter `../nowhere/`',
		'ja/05-placeholder.mdx:8:1: error Unexpected MDX syntax: Expected a closing tag for `<placeholder>`',
		'ja/06-brace.mdx:8:4: error Unexpected JavaScript expression `{name}`',
		'ja/07-unclosed.mdx:8:1: error Unexpected MDX syntax: Expected a closing tag for `<details>`',
	];

	it('are each reported, all at once, with file:line:col and nothing else', async () => {
		const lines = await lintFixture('markdown-invalid');
		for (const line of expected) {
			expect(lines.some((each) => each.includes(`markdown-invalid/${line}`))).toBe(true);
		}
		// The allowed remote origin, the autolink and the crisis guide give no message.
		expect(lines).toHaveLength(expected.length);
	});
});

describe('a handbook that would publish broken or empty (tests/fixtures/broken-layout)', () => {
	it('names the empty locale, the missing crisis guide and every file the build would skip', async () => {
		const lines = await lintFixture('broken-layout');
		expect(lines).toEqual([
			expect.stringMatching(
				/broken-layout\/handbook\.yaml:2:\d+: error Unexpected locale `en` without chapters/,
			),
			expect.stringMatching(
				/broken-layout\/handbook\.yaml:3:14: error Unexpected missing crisis guide `emergency`/,
			),
			expect.stringMatching(
				/broken-layout\/ja\/notes\.txt:1:1: error Unexpected file `ja\/notes\.txt` that the handbook does not build/,
			),
			expect.stringMatching(
				/broken-layout\/ja\/old-page\.markdown:1:1: error Unexpected file `ja\/old-page\.markdown`/,
			),
		]);
	});
});

describe('parsing a .md chapter', () => {
	it('keeps `<placeholder>` as raw HTML and `{` as text, where MDX would fail or run code', () => {
		const tree = parseChapter('Write <placeholder> and {name}.\n', 'ja/x.md');
		const paragraph = tree.children[0] as { children: Array<{ type: string; value?: string }> };
		expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'html', 'text']);
		expect(paragraph.children[2]!.value).toBe(' and {name}.');
		expect(() => parseChapter('Write <placeholder> and {name}.\n', 'ja/x.mdx')).toThrow(
			/closing tag/,
		);
	});

	it('reads indented code, autolinks, footnotes and task lists as the build does', () => {
		const tree = parseChapter(
			'    npm run build\n\n<https://example.com/a> [^1]\n\n- [x] done\n\n[^1]: Note.\n',
			'ja/x.md',
		);
		expect(tree.children.map((node) => node.type)).toEqual([
			'code',
			'paragraph',
			'list',
			'footnoteDefinition',
		]);
	});
});

describe('heading ids', () => {
	it('are the same for lint as on the built page, quotes, ellipses and dashes included', async () => {
		const text = [
			'## It\'s "ours"',
			'## Wait... then act',
			'## Before -- after',
			'## 「炎上」とは？',
			'## It\'s "ours"',
		].join('\n\n');
		const renderer = await chapterProcessor(ROOT).createRenderer({
			syntaxHighlight: false,
		} as never);
		const built = await renderer.render(text, { frontmatter: {} } as never);
		const headings = parseChapter(text, 'ja/x.md').children.filter(
			(node): node is Heading => node.type === 'heading',
		);
		expect(built.code).toContain('It’s “ours”');
		expect(built.code).toContain('Wait… then act');
		expect(built.metadata.headings.map((heading) => heading.slug)).toEqual([
			...headingAnchors(headings),
		]);
	});
});

describe('raw HTML of .md chapters', () => {
	it('keeps allowed tags and leaves comments out of the page', () => {
		expect(judgeRawHtml('<kbd title="key">')).toEqual({ kind: 'keep' });
		expect(judgeRawHtml('</kbd>')).toEqual({ kind: 'keep' });
		expect(judgeRawHtml('<details open>\n<summary>More</summary>')).toEqual({ kind: 'keep' });
		expect(judgeRawHtml('<!-- a note for writers -->')).toEqual({ kind: 'comment' });
	});

	it('shows what is no HTML element as text', () => {
		expect(judgeRawHtml('<placeholder>')).toEqual({ kind: 'text' });
		expect(judgeRawHtml('</name>')).toEqual({ kind: 'text' });
	});

	it('drops scripts, frames, styles, handlers and URLs, saying where', () => {
		for (const html of [
			'<script>alert(1)</script>',
			'<iframe src="https://example.com/"></iframe>',
			'<style>body { display: none }</style>',
			'<a href="javascript:alert(1)">x</a>',
			'<img src=x onerror="alert(1)">',
			'<b onclick="x()">',
			'<span style="color: red">',
		]) {
			const verdict = judgeRawHtml(html);
			expect(verdict.kind, html).toBe('drop');
		}
		expect(judgeRawHtml('<!-- x --><script>alert(1)</script>').kind).toBe('drop');
		expect(judgeRawHtml('<kbd>K</kbd> <b onclick="x()">')).toMatchObject({
			kind: 'drop',
			problems: [{ offset: 13, reason: expect.stringMatching(/attribute `onclick` on `<b>`/) }],
		});
	});
});

describe('the Content-Security-Policy', () => {
	it('allows images from exactly the origins handbook.yaml lists', () => {
		expect(cspDirectives()).toContain("img-src 'self' data:");
		expect(cspDirectives(['https://assets.example.com'])).toContain(
			"img-src 'self' data: https://assets.example.com",
		);
	});
});

describe('tables', () => {
	const render = async (text: string) => {
		const renderer = await chapterProcessor(ROOT).createRenderer({
			syntaxHighlight: false,
		} as never);
		return (await renderer.render(text, { frontmatter: {} } as never)).code;
	};

	it('of three columns or more read as cards on a phone: each cell carries its column name', async () => {
		const html = await render(
			[
				'| Severity | What it looks like | Who **decides** |',
				'| --- | --- | --- |',
				'| 1 | A few complaints | Operator |',
			].join('\n'),
		);
		expect(html).toContain('<table class="cards">');
		expect(html).toContain('<th>Severity</th>');
		expect(html).toContain('<td data-label="Who decides">Operator</td>');
	});

	it('of two columns stay tables, their cells named all the same', async () => {
		const html = await render(
			['| Term | Meaning |', '| --- | --- |', '| UGC | Posts |'].join('\n'),
		);
		expect(html).toContain('<table>');
		expect(html).toContain('<td data-label="Meaning">Posts</td>');
	});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	MARKDOWN_FIXTURE,
	MARKDOWN_SITE,
	markdownSiteInputs,
	recordInputs,
} from '../e2e/e2e-site.ts';
import { testFolder } from '../helpers/temp-folders.ts';
import { buildFixture, type FixtureBuild } from './build-fixture.ts';

/** The chapter's own text, without the page around it. */
function prose(html: string): string {
	return /<div class="prose"[^>]*>([\s\S]*?)<\/div><section hidden>/.exec(html)?.[1] ?? '';
}

describe('a handbook of tricky but valid .md and .mdx chapters (tests/fixtures/markdown-chapters)', () => {
	let build: FixtureBuild;
	beforeAll(() => {
		// Built where the code-blocks browser test looks for it: it reuses this build while nothing
		// it was made from has changed, and removes it (tests/e2e/e2e-site.ts).
		const inputs = markdownSiteInputs();
		build = buildFixture(MARKDOWN_FIXTURE, { outDir: MARKDOWN_SITE });
		if (build.status === 0) recordInputs(MARKDOWN_SITE, inputs);
	});

	it('builds, the .md and .mdx chapters of one locale side by side', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.exists('code-blocks/index.html')).toBe(true);
		expect(build.exists('emergency/index.html')).toBe(true);
		expect(build.exists('en/emergency/index.html')).toBe(true);
		expect(build.exists('en/writing-mdx/index.html')).toBe(true);
	});

	it('renders a .md chapter as CommonMark + GFM: `<` and `{` as text, code, autolinks, tables, footnotes', () => {
		const html = prose(build.read('code-blocks/index.html'));
		expect(html).toContain('宛先は &lt;placeholder&gt; と書き、<code>{name}</code> も {name} も');
		expect(html).toContain('<kbd>Ctrl</kbd>+<kbd>C</kbd>');
		expect(html).toMatch(
			/<pre class="language-plaintext"[^>]*><code[^>]*>npm run lint\nnpm run build<\/code><\/pre>/,
		);
		expect(html).toContain('<a href="https://example.com/guide">https://example.com/guide</a>');
		expect(html).toContain('<td data-label="記号"><code>a | b</code></td>');
		expect(html).toContain('<del>古い</del>');
		expect(html).toMatch(/<input type="checkbox" checked disabled> 読んだ/);
		expect(html).toContain('id="user-content-fn-1"');
		// Footnotes are labelled in the chapter's language, the heading hidden as GitHub hides it.
		expect(html).toContain('<h2 id="footnote-label" class="visually-hidden">脚注</h2>');
		expect(html).toContain('aria-label="参照 1 に戻る"');
		expect(build.read('en/writing-mdx/index.html')).toContain(
			'<h2 id="footnote-label" class="visually-hidden">Footnotes</h2>',
		);
		expect(html).toMatch(/<details>\s*<summary>詳しく<\/summary>/);
		// Writers' comments stay in the source.
		expect(html).not.toContain('次の改訂');
	});

	it('bundles reference-style images like inline ones', () => {
		expect(prose(build.read('code-blocks/index.html'))).toMatch(
			/<img alt="流れ"[^>]* src="\/_astro\/flow\.[\w-]+\.svg"/,
		);
	});

	it('highlights code with classes, never inline styles', () => {
		const html = prose(build.read('code-blocks/index.html'));
		expect(html).toContain('<span class="token keyword">const</span>');
		expect(prose(build.read('en/writing-mdx/index.html'))).toMatch(/<pre class="language-sh"/);
		expect(html).not.toMatch(/\sstyle=/);
	});

	it('hides comments of both kinds', () => {
		expect(build.read('emergency/index.html')).not.toContain('MDX のコメント');
		expect(build.read('en/emergency/index.html')).not.toContain('Markdown comments');
	});

	it('shows remote images only from the origins handbook.yaml allows, which the policy allows', () => {
		const html = build.read('en/emergency/index.html');
		expect(html).toContain('src="https://assets.example.com/logo.png"');
		expect(html).toMatch(/img-src 'self' data: https:\/\/assets\.example\.com;/);
	});
});

describe('a handbook that would publish broken or empty (tests/fixtures/broken-layout)', () => {
	it('stops before anything is written, naming each path, and leaves the previous output untouched', () => {
		const outDir = testFolder('handbook-previous-');
		writeFileSync(join(outDir, 'index.html'), 'previous build');
		const build = buildFixture('broken-layout', { outDir });
		expect(build.status).not.toBe(0);
		for (const line of [
			/broken-layout\/handbook\.yaml:2:\d+: error Unexpected locale `en` without chapters/,
			/broken-layout\/handbook\.yaml:3:14: error Unexpected missing crisis guide `emergency`/,
			/broken-layout\/ja\/notes\.txt:1:1: error Unexpected file `ja\/notes\.txt`/,
			/broken-layout\/ja\/old-page\.markdown:1:1: error Unexpected file `ja\/old-page\.markdown`/,
		]) {
			expect(build.output).toMatch(line);
		}
		expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
	});
});

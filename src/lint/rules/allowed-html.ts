/**
 * ## What
 *
 * Keeps the raw HTML of `.md` chapters to harmless markup. CommonMark passes HTML through to the
 * page as written, so a chapter could otherwise run a script in every reader's browser, frame
 * another site or restyle the page. Allowed tags: `abbr`, `b`, `br`, `code`, `dd`, `del`,
 * `details`, `dfn`, `dl`, `dt`, `em`, `i`, `ins`, `kbd`, `mark`, `q`, `s`, `samp`, `small`,
 * `strong`, `sub`, `summary`, `sup`, `u`, `var`, `wbr`; attributes: `title`, `lang`, `dir`, and
 * `open` on `details`. Comments (`<!-- … -->`) are allowed and never shown.
 *
 * A tag that is no HTML element at all, such as `<placeholder>` or `<name>`, is what a writer
 * means as text: the page shows it as written. Links and images are written in Markdown, where
 * the other rules check them. The build drops whatever this rule reports, so a handbook that
 * switched the rule off would still publish no script. `.mdx` chapters have no raw HTML (their
 * tags are components, checked by `mdx-allowed-syntax`).
 *
 * ## When
 *
 * Always: the rule cannot be lowered from `error`.
 *
 * @example
 *   {"name": "ja/ok.md"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   <!-- 次の改訂で表を足す -->
 *
 *   保存は <kbd>Ctrl</kbd>+<kbd>S</kbd>、宛先は <placeholder> と {name} に書きます。
 *
 *   <details open>
 *   <summary>詳しく</summary>
 *
 *   本文。
 *
 *   </details>
 *
 * @example
 *   {"name": "ja/unsafe.md", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   <script>alert(1)</script>
 *
 *   画像 <img src="x.png" onerror="alert(1)"> と <kbd onclick="go()">K</kbd>。
 *
 *   <iframe src="https://example.com/"></iframe>
 *
 *   <div style="color: red">
 *   赤
 *   </div>
 *
 * @example
 *   {"name": "ja/unsafe.md", "label": "output"}
 *
 *   8:1-8:26: Unexpected HTML tag `<script>`, expected Markdown or one of the allowed tags `abbr`, `b`, `br`, `code`, `dd`, `del`, `details`, `dfn`, `dl`, `dt`, `em`, `i`, `ins`, `kbd`, `mark`, `q`, `s`, `samp`, `small`, `strong`, `sub`, `summary`, `sup`, `u`, `var`, `wbr`
 *   10:4-10:40: Unexpected HTML tag `<img>`, expected Markdown or one of the allowed tags `abbr`, `b`, `br`, `code`, `dd`, `del`, `details`, `dfn`, `dl`, `dt`, `em`, `i`, `ins`, `kbd`, `mark`, `q`, `s`, `samp`, `small`, `strong`, `sub`, `summary`, `sup`, `u`, `var`, `wbr`
 *   10:43-10:63: Unexpected attribute `onclick` on `<kbd>`, expected no script in chapters
 *   12:1-12:45: Unexpected HTML tag `<iframe>`, expected Markdown or one of the allowed tags `abbr`, `b`, `br`, `code`, `dd`, `del`, `details`, `dfn`, `dl`, `dt`, `em`, `i`, `ins`, `kbd`, `mark`, `q`, `s`, `samp`, `small`, `strong`, `sub`, `summary`, `sup`, `u`, `var`, `wbr`
 *   14:1-16:7: Unexpected HTML tag `<div>`, expected Markdown or one of the allowed tags `abbr`, `b`, `br`, `code`, `dd`, `del`, `details`, `dfn`, `dl`, `dt`, `em`, `i`, `ins`, `kbd`, `mark`, `q`, `s`, `samp`, `small`, `strong`, `sub`, `summary`, `sup`, `u`, `var`, `wbr`
 */

import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import { lintRule } from 'unified-lint-rule';
import { indexNodes } from '../node-index.ts';
import type { RuleOptionsInput } from '../rule-options.ts';

/** The place of `offset` characters into `node`'s text. */
function pointIn(node: Html, offset: number): Point | undefined {
	const start = node.position?.start;
	if (!start) return undefined;
	const before = node.value.slice(0, offset).split('\n');
	return {
		line: start.line + before.length - 1,
		column: before.length === 1 ? start.column + offset : before.at(-1)!.length + 1,
	};
}

const allowedHtml = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:allowed-html' },
	async (tree, file) => {
		const html = indexNodes(tree, file).html;
		if (html.length === 0) return;
		// Loaded on first use: most chapters have no raw HTML, and a lint run need not pay for the
		// HTML parser unless one does.
		const { judgeRawHtml } = await import('../../markdown/raw-html.ts');
		for (const node of html) {
			const verdict = judgeRawHtml(node.value);
			if (verdict.kind !== 'drop') continue;
			// A closing tag is dropped with its opening tag, which is the one reported.
			for (const problem of verdict.problems.filter((each) => !each.closing)) {
				// The whole node when the problem opens it, else from the tag that is wrong.
				const start = problem.offset === 0 ? undefined : pointIn(node, problem.offset);
				if (start && node.position) {
					file.message(problem.reason, { start, end: node.position.end });
				} else {
					file.message(problem.reason, node);
				}
			}
		}
	},
);

export default allowedHtml;

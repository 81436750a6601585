/**
 * ## What
 *
 * Rejects links and images whose URL runs or embeds something instead of leading to a page:
 * `javascript:`, `vbscript:` and `data:` URLs. A reader who clicks a `javascript:` link runs
 * whatever the pull request put there, with the handbook's origin; a `data:` URL can carry a
 * whole page or script of its own. The scheme is read the way a browser reads it, so spaces,
 * tabs, line breaks and capitals (`JavaScript :`, `java\tscript:`) do not hide it.
 *
 * ## When
 *
 * Always: a policy handbook links to its own chapters and to other sites, never to code.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 連絡先
 *   description: 相談の窓口
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   [計画](../planning/)、[公式サイト](https://example.com/)、[メール](mailto:pr@example.com)。
 *
 * @example
 *   {"name": "ja/unsafe.mdx", "label": "input"}
 *
 *   ---
 *   title: 連絡先
 *   description: 相談の窓口
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   [ここを押す](javascript:alert(document.cookie)) と [古い](VBScript:msgbox) と ![図](data:image/svg+xml;base64,PHN2Zz4=)。
 *
 *   [参照][x]
 *
 *   [x]: <JavaScript :alert(1)>
 *
 * @example
 *   {"name": "ja/unsafe.mdx", "label": "output"}
 *
 *   8:1-8:43: Unexpected `javascript:` URL, expected a link to a page (`https:`, `mailto:` or a relative path): it would run code in the reader's browser
 *   8:46-8:67: Unexpected `vbscript:` URL, expected a link to a page (`https:`, `mailto:` or a relative path): it would run code in the reader's browser
 *   8:70-8:110: Unexpected `data:` URL, expected a link to a page (`https:`, `mailto:` or a relative path): it would embed content no one reviews as text
 *   12:1-12:28: Unexpected `javascript:` URL, expected a link to a page (`https:`, `mailto:` or a relative path): it would run code in the reader's browser
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { indexNodes } from '../node-index.ts';
import type { RuleOptionsInput } from '../rule-options.ts';

/** The schemes refused, and why, in the words of the message. */
const UNSAFE_SCHEMES: Record<string, string> = {
	javascript: "it would run code in the reader's browser",
	vbscript: "it would run code in the reader's browser",
	data: 'it would embed content no one reviews as text',
};

/**
 * The scheme of `url` as a browser sees it: leading and trailing controls and spaces are dropped
 * and tabs and line breaks anywhere are ignored (WHATWG URL parsing), letters are compared in
 * lower case. A space before the colon is dropped too, for the few parsers that tolerate it.
 */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*)\s*:/i.exec(cleaned)?.[1]?.toLowerCase();
}

const noUnsafeUrl = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:no-unsafe-url' },
	(tree, file) => {
		const nodes = indexNodes(tree, file);
		// In the order they are written, as readers of the report expect.
		const all = [...nodes.links, ...nodes.images].sort(
			(a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0),
		);
		for (const node of all) {
			if (!('url' in node)) continue;
			const scheme = urlScheme(node.url);
			const why = scheme === undefined ? undefined : UNSAFE_SCHEMES[scheme];
			if (!why) continue;
			file.message(
				`Unexpected \`${scheme}:\` URL, expected a link to a page (\`https:\`, \`mailto:\` or a relative path): ${why}`,
				node,
			);
		}
	},
);

export default noUnsafeUrl;

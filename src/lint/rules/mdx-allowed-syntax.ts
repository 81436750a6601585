/**
 * ## What
 *
 * Keeps chapters to Markdown and the handbook's own components. MDX compiles a chapter into code
 * that runs during the build, so a pull request must not be able to slip code in: no `import` or
 * `export`, no JavaScript expressions in braces, no components or tags outside the allowed list,
 * no attribute values computed by an expression, and no `on…` event-handler attributes.
 *
 * Components: `<Callout>`, `<ContactSheet>`. HTML tags: `abbr`, `br`, `kbd`, `mark`, `small`, `sub`, `sup`,
 * `details`, `summary`.
 *
 * A comment is the one expression allowed: `{/* … *\/}` holds nothing but the comment, compiles to
 * nothing and never shows on the page.
 *
 * ## When
 *
 * Always. A literal brace is written `\{`.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   {/* 次の改訂で表を足す *\/}
 *
 *   <Callout type="warning" title="注意">
 *     保存は <kbd>Ctrl</kbd>+<kbd>S</kbd> です。{/* 行内のコメント *\/}
 *   </Callout>
 *
 * @example
 *   {"name": "ja/code.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   import Chart from '../../src/Chart.astro'
 *
 *   今年の目標は {1 + 1} 件です。{/* 注 *\/ 2}
 *
 *   <Chart data={fetch('https://example.com')} />
 *
 *   <Callout type={'warning'} onclick="alert(1)">!</Callout>
 *
 * @example
 *   {"name": "ja/code.mdx", "label": "output"}
 *
 *   8:1-8:42: Unexpected `import`/`export` statement, expected Markdown only: MDX code would run during the build
 *   10:8-10:15: Unexpected JavaScript expression `{1 + 1}`, expected plain text (write `\{` for a literal brace)
 *   10:20-10:31: Unexpected JavaScript expression `{/* 注 *\/ 2}`, expected plain text (write `\{` for a literal brace)
 *   12:1-12:46: Unexpected component `<Chart>`, expected one of `<Callout>`, `<ContactSheet>` or the HTML tags `abbr`, `br`, `kbd`, `mark`, `small`, `sub`, `sup`, `details`, `summary`
 *   14:10-14:26: Unexpected expression in attribute `type` of `<Callout>`, expected a quoted value such as `type="…"`
 *   14:27-14:45: Unexpected event-handler attribute `onclick` on `<Callout>`, expected no script in chapters
 */

import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { lintRule } from 'unified-lint-rule';
import { MDX_COMPONENT_NAMES, MDX_HTML_ELEMENTS } from '../../components/mdx/names.ts';
import { indexNodes } from '../node-index.ts';
import type { RuleOptionsInput } from '../rule-options.ts';

const ALLOWED = new Set<string>([...MDX_COMPONENT_NAMES, ...MDX_HTML_ELEMENTS]);
const ALLOWED_LIST = `${MDX_COMPONENT_NAMES.map((name) => `\`<${name}>\``).join(', ')} or the HTML tags ${MDX_HTML_ELEMENTS.map((name) => `\`${name}\``).join(', ')}`;

function checkElement(
	element: MdxJsxFlowElement | MdxJsxTextElement,
	file: import('vfile').VFile,
): void {
	const name = element.name ?? '';
	if (!ALLOWED.has(name)) {
		file.message(
			`Unexpected component \`<${name || '>'}>\`, expected one of ${ALLOWED_LIST}`,
			element,
		);
		return;
	}
	for (const attribute of element.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			file.message(
				`Unexpected spread attribute \`{${attribute.value}}\` on \`<${name}>\`, expected quoted values`,
				attribute,
			);
		} else if (attribute.value && typeof attribute.value === 'object') {
			file.message(
				`Unexpected expression in attribute \`${attribute.name}\` of \`<${name}>\`, expected a quoted value such as \`${attribute.name}="…"\``,
				attribute,
			);
		} else if (/^on/i.test(attribute.name)) {
			file.message(
				`Unexpected event-handler attribute \`${attribute.name}\` on \`<${name}>\`, expected no script in chapters`,
				attribute,
			);
		}
	}
}

/** Whether an expression's text is only comments (`/* … *\/`, `// …`) and white space. */
function isCommentOnly(value: string): boolean {
	return /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))*$/.test(value);
}

const mdxAllowedSyntax = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:mdx-allowed-syntax' },
	(tree, file) => {
		const nodes = indexNodes(tree, file);
		for (const node of nodes.esm) {
			file.message(
				'Unexpected `import`/`export` statement, expected Markdown only: MDX code would run during the build',
				node,
			);
		}
		for (const node of nodes.expressions) {
			if (isCommentOnly(node.value)) continue;
			file.message(
				`Unexpected JavaScript expression \`{${node.value}}\`, expected plain text (write \`\\{\` for a literal brace)`,
				node,
			);
		}
		for (const node of nodes.jsx) checkElement(node, file);
	},
);

export default mdxAllowedSyntax;

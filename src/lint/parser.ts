import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { LINT_FEATURES, chapterFormat, mayHoldMdx } from '../markdown/chapter-syntax.ts';

/**
 * The syntax `.mdx` chapters are written in, for remark: Markdown with YAML frontmatter and MDX,
 * and GitHub's tables, task lists, autolinks and footnotes, which the build's processor parses too
 * (`LINT_FEATURES`).
 */
export const chapterSyntax = [remarkFrontmatter, remarkGfm, remarkMdx] as const;

const parser = remark().use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).freeze();

/** MDX nodes whose places satteri does not give as remark-mdx does (attributes, `import` ends). */
const MDX_NODE_TYPES = new Set([
	'mdxjsEsm',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
]);

/**
 * A GFM task list item (`- [ ] …`): satteri starts its paragraph after the checkbox where
 * remark-gfm starts it at the checkbox, so such chapters go to remark for the same places.
 */
const HAS_TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m;

function holdsMdx(node: Node): boolean {
	if (MDX_NODE_TYPES.has(node.type)) return true;
	const { children } = node as Partial<Parent>;
	return children !== undefined && children.some(holdsMdx);
}

/**
 * Parses a chapter with satteri, the parser the build's MDX compiler uses, about fifteen times
 * faster than micromark. With GFM on and smart punctuation off its tree is node for node and place
 * for place the one remark-mdx with remark-gfm gives for Markdown (task lists aside, see below); it gives no places to JSX attributes and ends
 * an `import` on the next line, so a chapter that uses MDX syntax (rare: a `<Callout>`), or one
 * satteri cannot parse, returns `undefined` and is parsed by remark-mdx for its exact messages.
 */
export function parseMarkdownChapter(text: string): Root | undefined {
	if (HAS_TASK_ITEM.test(text)) return undefined;
	let tree: Root;
	try {
		tree = mdxToMdast(text, { features: LINT_FEATURES }) as unknown as Root;
	} catch {
		return undefined;
	}
	// Most chapters are plain Markdown: no need to walk them to know it.
	if (!mayHoldMdx(text)) return tree;
	return holdsMdx(tree) ? undefined : tree;
}

/**
 * Parses a chapter's text into mdast, as the lint rules see it and as the build compiles it: a
 * `.md` chapter by the build's own Markdown parser with the build's features (so `<` and `{` are
 * text and raw HTML is `html` nodes), anything else as MDX. Throws on an MDX syntax error.
 */
export function parseChapter(text: string, path?: string): Root {
	if (chapterFormat(path) === 'markdown') {
		return markdownToMdast(text, { features: LINT_FEATURES }) as unknown as Root;
	}
	return parseMarkdownChapter(text) ?? parser.parse(text);
}

/**
 * Makes a remark processor parse each file as {@link parseChapter} does, by its file name: the
 * lint preset uses it, so the CLI, the build, `.remarkrc.mjs` and editors parse alike.
 */
export const chapterParser: Plugin<[], string, Root> = function () {
	this.parser = (text: string, file: VFile) => parseChapter(text, file.path);
};

import type { Definition, Heading, Html, Image, ImageReference, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The nodes the rules look at, gathered in one walk of the tree per file. */
export interface NodeIndex {
	links: Array<Link | Definition>;
	/** Images, written inline (`![x](a.png)`) or by reference (`![x][a]`). */
	images: Array<Image | ImageReference>;
	headings: Heading[];
	esm: MdxjsEsm[];
	expressions: Array<MdxFlowExpression | MdxTextExpression>;
	jsx: Array<MdxJsxFlowElement | MdxJsxTextElement>;
	/** Raw HTML of a `.md` chapter (MDX has none: its tags are `jsx`). */
	html: Html[];
}

const CACHE_KEY = 'handbookNodeIndex';

/**
 * The nodes of `tree` the rules need, by kind. Walking a large tree once instead of once per rule
 * is a good part of the lint run's time on a big handbook.
 */
export function indexNodes(tree: Root, file: VFile): NodeIndex {
	const cached = file.data[CACHE_KEY] as NodeIndex | undefined;
	if (cached) return cached;
	const index: NodeIndex = {
		links: [],
		images: [],
		headings: [],
		esm: [],
		expressions: [],
		jsx: [],
		html: [],
	};
	visit(tree, (node) => {
		switch (node.type) {
			case 'link':
			case 'definition':
				index.links.push(node);
				break;
			case 'image':
			case 'imageReference':
				index.images.push(node);
				break;
			case 'heading':
				index.headings.push(node);
				break;
			case 'mdxjsEsm':
				index.esm.push(node);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				index.expressions.push(node);
				break;
			case 'html':
				index.html.push(node);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				index.jsx.push(node);
				break;
		}
	});
	file.data[CACHE_KEY] = index;
	return index;
}

import type { Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';

/** One structural block of a chapter, as a translation must repeat it. */
export type OutlineItem = {
	/** Where the block starts, for the message that points to it. */
	start: Point;
	end: Point;
} & (
	| { kind: 'heading'; depth: number }
	| { kind: 'table'; columns: number; rows: number }
	| { kind: 'list'; ordered: boolean; items: number }
	| { kind: 'code' }
	| { kind: 'component'; name: string }
);

const NOWHERE: Point = { line: 1, column: 1 };

/**
 * The chapter's structure in reading order: headings with their depth, tables with their column and
 * body-row counts, lists (nested ones after their parent) with their item counts, code blocks and
 * components. Text is left out: it is what a translation changes.
 */
export function outlineOf(tree: Root): OutlineItem[] {
	const items: OutlineItem[] = [];
	visit(tree, (node) => {
		const start = node.position?.start ?? NOWHERE;
		const end = node.position?.end ?? start;
		switch (node.type) {
			case 'heading':
				items.push({ kind: 'heading', depth: node.depth, start, end });
				break;
			case 'table':
				items.push({
					kind: 'table',
					columns: node.children[0]?.children.length ?? 0,
					rows: Math.max(0, node.children.length - 1),
					start,
					end,
				});
				break;
			case 'list':
				items.push({
					kind: 'list',
					ordered: node.ordered === true,
					items: node.children.length,
					start,
					end,
				});
				break;
			case 'code':
				items.push({ kind: 'code', start, end });
				break;
			case 'mdxJsxFlowElement':
				if (node.name && /^[A-Z]/.test(node.name)) {
					items.push({ kind: 'component', name: node.name, start, end });
				}
				break;
		}
	});
	return items;
}

/** Whether two blocks have the same shape, wherever they sit. */
export function sameShape(a: OutlineItem, b: OutlineItem): boolean {
	return describeItem(a) === describeItem(b);
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The block in words, for messages: "level-2 heading", "table of 3 columns and 4 rows". */
export function describeItem(item: OutlineItem): string {
	switch (item.kind) {
		case 'heading':
			return `level-${item.depth} heading`;
		case 'table':
			return `table of ${count(item.columns, 'column')} and ${count(item.rows, 'row')}`;
		case 'list':
			return `${item.ordered ? 'numbered' : 'bulleted'} list of ${count(item.items, 'item')}`;
		case 'code':
			return 'code block';
		case 'component':
			return `component \`<${item.name}>\``;
	}
}

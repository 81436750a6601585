/**
 * Tables a phone can read: on a narrow screen a table of three columns or more (`.cards`) is laid
 * out as one card per row, each cell under its column's name (`global.css`), where it used to
 * scroll sideways and hide its last columns, often the one that says who decides. Each body cell
 * carries its column's name for that layout, shown and read out before its text: with the cells no
 * longer laid out as a table, that name is what tells a reader, or a screen reader, what it is.
 */
import { defineHastPlugin, type HastNode } from 'satteri';

/** Tables with this many columns or more are read as cards on a phone. */
export const CARD_COLUMNS = 3;

type Element = Extract<HastNode, { type: 'element' }>;

/** The elements among `node`'s children with one of `tags`. */
function childElements(node: Element, ...tags: string[]): Element[] {
	return node.children.filter(
		(child): child is Element => child.type === 'element' && tags.includes(child.tagName),
	);
}

/** Column names from the table's head on each cell of its body, and the card class. */
export const tableLabelsPlugin = defineHastPlugin({
	name: 'handbook-table-labels',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			const table = node as Element;
			const [head] = childElements(table, 'thead');
			const [headRow] = head ? childElements(head, 'tr') : [];
			const names = headRow
				? childElements(headRow, 'th', 'td').map((cell) => ctx.textContent(cell).trim())
				: [];
			if (names.length >= CARD_COLUMNS) ctx.setProperty(node, 'className', ['cards']);
			for (const body of childElements(table, 'tbody')) {
				for (const row of childElements(body, 'tr')) {
					childElements(row, 'th', 'td').forEach((cell, column) => {
						const name = names[column];
						if (name) ctx.setProperty(cell, 'dataLabel', name);
					});
				}
			}
		},
	},
});

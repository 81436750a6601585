/**
 * Section headings between the review dashboard's rows while it is sorted by section: the sort
 * puts them in, the filters hide a heading whose rows they all hide.
 */

/** A heading row spanning the table, for the section called `title`. */
export function groupRow(title: string, columns: number): HTMLTableRowElement {
	const row = document.createElement('tr');
	row.dataset.group = '';
	row.className = 'review-group';
	const cell = document.createElement('th');
	cell.scope = 'rowgroup';
	cell.colSpan = columns;
	cell.textContent = title;
	row.append(cell);
	return row;
}

/** Hides each heading row none of whose rows (up to the next heading) is shown. */
export function hideEmptyGroups(body: HTMLTableSectionElement): void {
	let heading: HTMLTableRowElement | undefined;
	let shown = false;
	const close = () => {
		if (heading) heading.hidden = !shown;
	};
	for (const row of body.rows) {
		if ('group' in row.dataset) {
			close();
			heading = row;
			shown = false;
		} else if (!row.hidden) {
			shown = true;
		}
	}
	close();
}

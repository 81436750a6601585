/**
 * Sorts the review dashboard by status, due date, owner or section when a reader picks one; sorted
 * by section, each section's rows follow its title. Statuses are read after
 * `review-status.client.ts` has judged them against today.
 */
// Statuses first: sorting by status reads what the reader's today makes them.
import './review-status.client.ts';
import { STATUS_ORDER } from '../handbook/catalogue.ts';
import { groupRow, hideEmptyGroups } from './table-groups.ts';

const table = document.querySelector<HTMLTableElement>('[data-review-table]');
const body = table?.tBodies[0];
// The section filter already names every section in the page's language.
const sectionTitles = new Map(
	[...document.querySelectorAll<HTMLOptionElement>('select[name="section"] option')].map(
		(option) => [option.value, option.text],
	),
);

function key(row: HTMLTableRowElement, by: string): string {
	const { status = 'ok', due = '', owner = '', chapter = '', sectionRank = '' } = row.dataset;
	const rank = STATUS_ORDER[status as keyof typeof STATUS_ORDER] ?? 9;
	if (by === 'owner') return `${owner} ${due} ${chapter}`;
	if (by === 'section') return `${sectionRank.padStart(4, '0')} ${rank} ${due} ${chapter}`;
	if (by === 'due') return `${due} ${chapter}`;
	return `${rank} ${due} ${chapter}`;
}

function sortBy(by: string): void {
	if (!body) return;
	for (const heading of body.querySelectorAll('tr[data-group]')) heading.remove();
	const rows = [...body.rows].sort((a, b) => key(a, by).localeCompare(key(b, by)));
	const columns = table?.tHead?.rows[0]?.cells.length ?? 1;
	let section: string | undefined;
	body.append(
		...rows.flatMap((row) => {
			if (by !== 'section' || row.dataset.section === section) return [row];
			section = row.dataset.section ?? '';
			return [groupRow(sectionTitles.get(section) ?? section, columns), row];
		}),
	);
	hideEmptyGroups(body);
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
		button.setAttribute('aria-pressed', String(button.dataset.sort === by));
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
	button.addEventListener('click', () => sortBy(button.dataset.sort ?? 'status'));
}
sortBy('status');

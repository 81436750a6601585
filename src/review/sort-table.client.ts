/**
 * Sorts the review dashboard by status, due date, owner or section when a reader picks one. Statuses are
 * read after `review-status.client.ts` has judged them against today.
 */
// Statuses first: sorting by status reads what the reader's today makes them.
import './review-status.client.ts';
import { STATUS_ORDER } from '../handbook/catalogue.ts';

const table = document.querySelector<HTMLTableElement>('[data-review-table]');
const body = table?.tBodies[0];

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
	const rows = [...body.rows].sort((a, b) => key(a, by).localeCompare(key(b, by)));
	body.append(...rows);
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
		button.setAttribute('aria-pressed', String(button.dataset.sort === by));
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
	button.addEventListener('click', () => sortBy(button.dataset.sort ?? 'status'));
}
sortBy('status');

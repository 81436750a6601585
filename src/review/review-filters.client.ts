/**
 * Filters the review dashboard by owner, status and section, and counts the chapters of each
 * status among those shown. Without this script the page shows the whole table and the build's
 * counts. The filters live in the address (`?owner=pr-manager&status=overdue`), so a filtered view
 * can be bookmarked or sent to an owner.
 */
// Statuses first: filters and counts read what the reader's today makes them.
import './review-status.client.ts';
import { hideEmptyGroups } from './table-groups.ts';

const form = document.querySelector<HTMLElement>('[data-review-filters]');
const body = document.querySelector<HTMLTableElement>('[data-review-table]')?.tBodies[0];
const rows = [...(body?.querySelectorAll<HTMLTableRowElement>('tr[data-chapter]') ?? [])];
const shown = form?.querySelector<HTMLOutputElement>('[data-review-shown]');
const none = document.querySelector<HTMLElement>('[data-review-none]');

/** The value a select asks for; `undefined` for "all". */
function wanted(name: string): string | undefined {
	const select = form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
	if (!select) return undefined;
	const all = select.options[0]?.value;
	return select.value === all ? undefined : select.value;
}

function matches(row: HTMLTableRowElement): boolean {
	const { owner, status, section = '' } = row.dataset;
	const [byOwner, byStatus, bySection] = [wanted('owner'), wanted('status'), wanted('section')];
	if (byOwner !== undefined && owner !== byOwner) return false;
	if (byStatus === 'behind' ? !('behind' in row.dataset) : byStatus && status !== byStatus)
		return false;
	return bySection === undefined || section === bySection;
}

function apply(): void {
	const counts: Record<string, number> = { ok: 0, 'due-soon': 0, overdue: 0, behind: 0 };
	let visible = 0;
	for (const row of rows) {
		const show = matches(row);
		row.hidden = !show;
		if (!show) continue;
		visible++;
		const status = row.dataset.status ?? 'ok';
		counts[status] = (counts[status] ?? 0) + 1;
		if ('behind' in row.dataset) counts.behind = (counts.behind ?? 0) + 1;
	}
	for (const [status, count] of Object.entries(counts)) {
		const cell = document.querySelector(`[data-count="${status}"]`);
		if (cell) cell.textContent = String(count);
	}
	if (body) hideEmptyGroups(body);
	// An empty table under its head row reads as a page that failed: say that nothing matches.
	if (none) none.hidden = visible > 0;
	if (shown) {
		shown.textContent = (shown.dataset.template ?? '')
			.replace('{shown}', String(visible))
			.replace('{total}', String(rows.length));
	}
}

if (form) {
	const params = new URLSearchParams(location.search);
	for (const select of form.querySelectorAll('select')) {
		const value = params.get(select.name);
		if (value !== null && [...select.options].some((option) => option.value === value))
			select.value = value;
	}
	form.addEventListener('change', () => {
		const query = new URLSearchParams();
		for (const select of form.querySelectorAll('select')) {
			if (select.value !== select.options[0]?.value) query.set(select.name, select.value);
		}
		history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
		apply();
	});
	form.hidden = false;
	apply();
}

/**
 * Re-judges every review status on the page against the reader's own today: a static site may go
 * months without a rebuild, and an overdue chapter must say so the day it becomes overdue.
 * Elements with `data-review-status` carry `data-due` and `data-due-soon-days`; this sets their
 * `data-status`, and CSS shows the matching text the page already contains in its language.
 */
import { reviewStatus } from '../handbook/review.ts';

const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

for (const element of document.querySelectorAll<HTMLElement>('[data-review-status]')) {
	const { due, dueSoonDays } = element.dataset;
	if (due) element.dataset.status = reviewStatus(due, today, Number(dueSoonDays ?? 30));
}
document.documentElement.dataset.reviewChecked = today;

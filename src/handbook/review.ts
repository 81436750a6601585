/**
 * Review dates: when a chapter's review falls due and where it stands on a given day. The lint
 * rules, the pages, the review report and the reader's browser all judge with these functions, so
 * that they never disagree about a date. Pure: it runs in the browser too.
 */
import type { ReviewInterval } from '../schemas/review-interval.ts';

/** Where a chapter stands against its review date on a given day. */
export type ReviewStatus = 'ok' | 'due-soon' | 'overdue';

/** `review.every` when a handbook sets none; the config schema's default says the same. */
export const DEFAULT_REVIEW_INTERVAL: ReviewInterval = {
	amount: 12,
	unit: 'months',
	text: '12 months',
};

function parts(isoDate: string): [number, number, number] {
	const [year, month, day] = isoDate.split('-').map(Number);
	return [year!, month!, day!];
}

function format(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The date a review made on `reviewed` falls due. Months are calendar months, clamped to the end of
 * a shorter month: 2025-01-31 plus one month is 2025-02-28, and 2024-02-29 plus a year is 2025-02-28.
 */
export function addInterval(reviewed: string, interval: ReviewInterval): string {
	const [year, month, day] = parts(reviewed);
	if (interval.unit === 'days') {
		return format(new Date(Date.UTC(year, month - 1, day + interval.amount)));
	}
	const targetMonth = month - 1 + interval.amount;
	const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
	return format(new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay))));
}

/** The interval a chapter's review holds for: its own `reviewEvery`, else the handbook's. */
export function reviewIntervalOf(
	own: ReviewInterval | undefined,
	handbookEvery: ReviewInterval | undefined,
): ReviewInterval {
	return own ?? handbookEvery ?? DEFAULT_REVIEW_INTERVAL;
}

/** When a chapter reviewed on `reviewed` is due, with its own or the handbook's interval. */
export function dueDate(
	reviewed: string,
	own: ReviewInterval | undefined,
	handbookEvery: ReviewInterval | undefined,
): string {
	return addInterval(reviewed, reviewIntervalOf(own, handbookEvery));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	const [fy, fm, fd] = parts(from);
	const [ty, tm, td] = parts(to);
	return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** `overdue` once `today` is past `due`; `due-soon` within `dueSoonDays` before it; `ok` otherwise. */
export function reviewStatus(due: string, today: string, dueSoonDays: number): ReviewStatus {
	const daysLeft = daysBetween(today, due);
	if (daysLeft < 0) return 'overdue';
	if (daysLeft <= dueSoonDays) return 'due-soon';
	return 'ok';
}

/** A translation is behind when it was last reviewed before its source chapter was. */
export function isTranslationBehind(reviewed: string, sourceReviewed: string | undefined): boolean {
	return sourceReviewed !== undefined && sourceReviewed > reviewed;
}

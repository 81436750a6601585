import type { ReviewInterval } from '../schemas/review-interval.ts';

/** Where a chapter stands against its review date on a given day. */
export type ReviewStatus = 'ok' | 'due-soon' | 'overdue';

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

/**
 * Today's date as `YYYY-MM-DD`. `HANDBOOK_TODAY` fixes it, so that builds, lint runs and tests that
 * depend on the date give the same answer every day.
 */
export function today(): string {
	const fixed = process.env.HANDBOOK_TODAY;
	if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
	return format(new Date());
}

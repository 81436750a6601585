import { describe, expect, it } from 'vitest';
import { parseReviewInterval } from '../../src/schemas/review-interval.ts';
import { readBuildEnv, todayOf } from '../../src/handbook/env.ts';
import { addInterval, daysBetween, reviewStatus } from '../../src/handbook/review.ts';

const every = (text: string) => parseReviewInterval(text)!;

describe('review due dates', () => {
	it.each([
		['2025-01-31', '1 month', '2025-02-28'],
		['2024-01-31', '1 month', '2024-02-29'],
		['2024-02-29', '1 year', '2025-02-28'],
		['2024-02-29', '4 years', '2028-02-29'],
		['2025-08-31', '6 months', '2026-02-28'],
		['2025-11-15', '3 months', '2026-02-15'],
		['2025-12-20', '2 weeks', '2026-01-03'],
		['2024-02-28', '1 day', '2024-02-29'],
	])('a review on %s every %s is due on %s', (reviewed, interval, due) => {
		expect(addInterval(reviewed, every(interval))).toBe(due);
	});

	it('counts days across a leap day', () => {
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
	});

	it('is overdue the day after its due date, due soon within the window, ok before', () => {
		expect(reviewStatus('2026-06-01', '2026-06-02', 30)).toBe('overdue');
		expect(reviewStatus('2026-06-01', '2026-06-01', 30)).toBe('due-soon');
		expect(reviewStatus('2026-06-01', '2026-05-02', 30)).toBe('due-soon');
		expect(reviewStatus('2026-06-01', '2026-05-01', 30)).toBe('ok');
	});

	it('takes today from HANDBOOK_TODAY when set', () => {
		expect(todayOf(readBuildEnv({ HANDBOOK_TODAY: '2030-01-02' }))).toBe('2030-01-02');
	});
});

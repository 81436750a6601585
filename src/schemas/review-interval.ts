import { z } from 'astro/zod';

/** The units a review interval may be written in, singular or plural. */
const UNIT_PATTERN = /^\s*(\d+)\s*(day|week|month|year)s?\s*$/i;

/** A review interval such as `6 months`, normalised to a count of days or of months. */
export interface ReviewInterval {
	/** How many `unit`s pass between two reviews. */
	amount: number;
	/** Days and weeks are counted in days; months and years in calendar months. */
	unit: 'days' | 'months';
	/** The interval as the writer wrote it, for messages. */
	text: string;
}

/**
 * Parses an interval written for people (`90 days`, `2 weeks`, `6 months`, `1 year`).
 * Returns `undefined` when the text is not such an interval.
 */
export function parseReviewInterval(text: string): ReviewInterval | undefined {
	const match = UNIT_PATTERN.exec(text);
	if (!match) return undefined;
	const count = Number(match[1]);
	if (count < 1) return undefined;
	const unit = match[2]!.toLowerCase();
	const trimmed = text.trim();
	if (unit === 'day') return { amount: count, unit: 'days', text: trimmed };
	if (unit === 'week') return { amount: count * 7, unit: 'days', text: trimmed };
	if (unit === 'month') return { amount: count, unit: 'months', text: trimmed };
	return { amount: count * 12, unit: 'months', text: trimmed };
}

/** `reviewEvery` in frontmatter and `review.every` in the handbook config. */
export const ReviewIntervalSchema = z.string().transform((text, context) => {
	const interval = parseReviewInterval(text);
	if (!interval) {
		context.issues.push({
			code: 'custom',
			input: text,
			message: `Expected an interval such as "6 months", "1 year", "90 days" or "2 weeks", received "${text}"`,
		});
		return z.NEVER;
	}
	return interval;
});

import { z } from 'astro/zod';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD`.
 * `2025-02-30` is not: JavaScript's `Date` would quietly roll it over to March.
 */
export function isCalendarDate(text: string): boolean {
	const match = ISO_DATE_PATTERN.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** Formats a `Date` as the `YYYY-MM-DD` of its UTC day. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A calendar date kept as its `YYYY-MM-DD` text, so that no time zone can shift it by a day.
 * YAML parsers that read unquoted dates as `Date` objects are accepted too.
 */
export const IsoDateSchema = z.union([z.string(), z.date()]).transform((value, context) => {
	const text = value instanceof Date ? toIsoDate(value) : value.trim();
	if (!isCalendarDate(text)) {
		context.issues.push({
			code: 'custom',
			input: value,
			message: `Expected a calendar date written YYYY-MM-DD, received "${String(value)}"`,
		});
		return z.NEVER;
	}
	return text;
});

import { describe, expect, it } from 'vitest';
import { ChapterFrontmatterSchema } from '../../src/schemas/chapter.ts';
import { isCalendarDate } from '../../src/schemas/iso-date.ts';
import { parseReviewInterval } from '../../src/schemas/review-interval.ts';

const valid = {
	title: '目的と適用範囲',
	description: 'このガイドラインの目的',
	owner: 'social-media-lead',
	reviewed: '2026-06-01',
};

describe('chapter frontmatter', () => {
	it('accepts a chapter with the required fields and normalises its interval', () => {
		const chapter = ChapterFrontmatterSchema.parse({ ...valid, reviewEvery: '6 months' });
		expect(chapter.reviewed).toBe('2026-06-01');
		expect(chapter.reviewEvery).toEqual({ amount: 6, unit: 'months', text: '6 months' });
		expect(chapter.keywords).toEqual([]);
	});

	it('keeps a date that a YAML parser read as a Date as the same calendar day', () => {
		const chapter = ChapterFrontmatterSchema.parse({
			...valid,
			reviewed: new Date('2026-06-01T00:00:00Z'),
		});
		expect(chapter.reviewed).toBe('2026-06-01');
	});

	it.each(['owner', 'reviewed', 'title', 'description'])(
		'rejects a chapter without %s',
		(field) => {
			const result = ChapterFrontmatterSchema.safeParse({ ...valid, [field]: undefined });
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.path).toEqual([field]);
		},
	);

	it('rejects an impossible date', () => {
		const result = ChapterFrontmatterSchema.safeParse({ ...valid, reviewed: '2025-02-30' });
		expect(result.error?.issues[0]?.message).toMatch(
			/calendar date written YYYY-MM-DD, received "2025-02-30"/,
		);
	});
});

describe('calendar dates', () => {
	it.each([
		['2024-02-29', true],
		['2025-02-29', false],
		['2025-02-30', false],
		['2025-12-31', true],
		['2025-13-01', false],
		['2025-1-01', false],
		['01/02/2025', false],
	])('%s is a calendar date: %s', (text, expected) => {
		expect(isCalendarDate(text)).toBe(expected);
	});
});

describe('review intervals', () => {
	it.each([
		['6 months', { amount: 6, unit: 'months' }],
		['1 month', { amount: 1, unit: 'months' }],
		['1 year', { amount: 12, unit: 'months' }],
		['2 years', { amount: 24, unit: 'months' }],
		['90 days', { amount: 90, unit: 'days' }],
		['2 weeks', { amount: 14, unit: 'days' }],
	])('reads "%s"', (text, expected) => {
		expect(parseReviewInterval(text)).toMatchObject(expected);
	});

	it.each(['sometimes', '0 months', 'six months', '6'])('refuses "%s"', (text) => {
		expect(parseReviewInterval(text)).toBeUndefined();
	});
});

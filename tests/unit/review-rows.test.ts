import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/handbook/catalogue.ts';
import { chapterEntry, testHandbook } from './helpers/chapters.ts';

const handbook = testHandbook({ review: { every: '12 months', dueSoonDays: 30 } });
const entry = (id: string, data: Parameters<typeof chapterEntry>[1]) =>
	chapterEntry(id, { reviewed: '2026-01-01', ...data });

describe('review rows', () => {
	const index = createCatalogue(
		handbook,
		[
			entry('ja/ok', { reviewed: '2026-10-01' }),
			entry('ja/overdue', { reviewed: '2025-06-01' }),
			entry('ja/soon', { reviewed: '2025-11-20' }),
			entry('ja/source', { reviewed: '2026-09-01' }),
			entry('en/translated', { reviewed: '2026-08-01', translationOf: 'source' }),
			entry('en/ok', { reviewed: '2026-10-02' }),
		],
	);
	const rows = index.reviewRows('2026-11-01');

	it('lists every chapter of every locale, most urgent first, then by due date', () => {
		expect(rows.map((row) => `${row.status} ${row.chapter.id}`)).toEqual([
			'overdue ja/overdue',
			'due-soon ja/soon',
			'ok en/translated',
			'ok ja/source',
			'ok ja/ok',
			'ok en/ok',
		]);
	});

	it('marks a translation reviewed before its source as behind, and only that one', () => {
		const behind = rows.filter((row) => row.translationBehind);
		expect(behind.map((row) => row.chapter.id)).toEqual(['en/translated']);
		expect(behind[0]?.sourceReviewed).toBe('2026-09-01');
	});

	it('judges statuses against the day it is given', () => {
		const later = index.reviewRows('2027-09-02');
		expect(later.find((row) => row.chapter.id === 'ja/source')?.status).toBe('overdue');
	});
});

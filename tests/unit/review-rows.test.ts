import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/handbook/catalogue.ts';
import {
	formatGroupedTable,
	formatMarkdown,
	groupRecords,
	toRecords,
} from '../../src/review/report-formats.ts';
import { chapterEntry, testHandbook } from './helpers/chapters.ts';

const handbook = testHandbook({ review: { every: '12 months', dueSoonDays: 30 } });
const entry = (id: string, data: Parameters<typeof chapterEntry>[1]) =>
	chapterEntry(id, { reviewed: '2026-01-01', ...data });

describe('review rows', () => {
	const index = createCatalogue(handbook, [
		entry('ja/ok', { reviewed: '2026-10-01' }),
		entry('ja/overdue', { reviewed: '2025-06-01' }),
		entry('ja/soon', { reviewed: '2025-11-20' }),
		entry('ja/source', { reviewed: '2026-09-01' }),
		entry('en/translated', { reviewed: '2026-08-01', translationOf: 'source' }),
		entry('en/ok', { reviewed: '2026-10-02' }),
	]);
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

describe('the review report grouped', () => {
	const sectioned = testHandbook({
		sections: [{ id: 'crisis', title: { ja: '緊急時', en: 'Crisis' } }],
	});
	sectioned.owners.push({
		id: 'pr',
		name: { ja: '広報', en: 'PR' },
		team: 'PR',
		contact: 'pr@example.com',
	});
	const catalogue = createCatalogue(sectioned, [
		chapterEntry('ja/team/roles', { reviewed: '2025-01-01', owner: 'pr' }),
		chapterEntry('ja/crisis/first-hour', { reviewed: '2026-10-01' }),
		chapterEntry('ja/01-purpose', { reviewed: '2026-10-01', owner: 'pr' }),
		chapterEntry('ja/crisis/levels', { reviewed: '2025-02-01' }),
	]);
	const records = toRecords(catalogue.reviewRows('2026-11-01'), 'content', (id) =>
		catalogue.sectionTitle(id, 'en'),
	);

	it('names each file from the repository and each section by its title', () => {
		expect(records.find((record) => record.slug === 'crisis/levels')).toMatchObject({
			file: 'content/ja/crisis/levels.mdx',
			section: 'crisis',
			sectionTitle: 'Crisis',
		});
		expect(toRecords(catalogue.reviewRows('2026-11-01'), '')[0]!.file).toBe('ja/team/roles.mdx');
	});

	it('groups by section in the handbook order, most urgent first within each', () => {
		const groups = groupRecords(records, 'section', ['', 'crisis', 'team']);
		expect(groups.map((group) => group.label)).toEqual([
			'No section',
			'Crisis (crisis)',
			'Team (team)',
		]);
		expect(groups[1]!.records.map((record) => record.slug)).toEqual([
			'crisis/levels',
			'crisis/first-hour',
		]);
	});

	it('groups by owner in the registry order, and prints a heading and table per group', () => {
		const groups = groupRecords(records, 'owner', ['lead', 'pr']);
		expect(groups.map((group) => [group.label, group.records.length])).toEqual([
			['Lead (lead)', 2],
			['PR (pr)', 2],
		]);
		const table = formatGroupedTable(groups);
		expect(table).toMatch(/^== Lead \(lead\): 2 ==\nStatus/);
		expect(table).toContain('\n== PR (pr): 2 ==\n');
		const markdown = formatMarkdown(records, '2026-11-01', groups);
		expect(markdown).toContain('### PR (pr): 2\n\n| Status |');
		expect(markdown.match(/\| Status \|/g)).toHaveLength(2);
	});
});

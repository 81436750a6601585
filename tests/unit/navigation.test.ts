import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/handbook/catalogue.ts';
import { neighbours, sidebarWindow } from '../../src/utils/navigation.ts';
import { chapterEntry, testHandbook } from './helpers/chapters.ts';

const handbook = testHandbook({ review: { every: '12 months' } });
const entry = chapterEntry;

describe('handbook index', () => {
	const index = createCatalogue(
		handbook,
		[
			entry('ja/03-planning.mdx'),
			entry('ja/glossary.mdx'),
			entry('ja/01-purpose.mdx'),
			entry('ja/crisis.mdx', { order: 0 }),
			entry('en/01-purpose.mdx'),
			entry('en/handling-a-crisis.mdx', { translationOf: 'crisis', order: 0 }),
		],
	);

	it('orders chapters by order, then file number, then slug', () => {
		expect(index.chapters.ja.map((chapter) => chapter.slug)).toEqual([
			'crisis',
			'purpose',
			'planning',
			'glossary',
		]);
	});

	it('keeps each locale to its own chapters', () => {
		expect(index.chapters.en.map((chapter) => chapter.slug)).toEqual([
			'handling-a-crisis',
			'purpose',
		]);
	});

	it('pairs translations by slug, or by translationOf when the names differ', () => {
		expect(index.translations.get('purpose')?.en?.slug).toBe('purpose');
		expect(index.translations.get('crisis')?.en?.slug).toBe('handling-a-crisis');
		expect(index.translations.get('glossary')?.en).toBeUndefined();
	});

	it('records where each chapter came from relative to the handbook folder', () => {
		expect(index.chapters.ja[2]?.sourcePath).toBe('ja/03-planning.mdx');
	});

	it('computes each due date from the handbook default interval, clamped to month end', () => {
		expect(index.chapters.ja.find((chapter) => chapter.id === 'ja/planning')?.due).toBe('2027-01-31');
	});

	it('gives the previous and next chapter, none past either end', () => {
		const around = neighbours(index.chapters.ja, 'purpose');
		expect(around.prev?.slug).toBe('crisis');
		expect(around.next?.slug).toBe('planning');
		expect(neighbours(index.chapters.ja, 'crisis').prev).toBeUndefined();
		expect(neighbours(index.chapters.ja, 'glossary').next).toBeUndefined();
	});
});

describe('sidebar window', () => {
	const chapters = Array.from({ length: 100 }, (_, index) => ({ slug: `c${index}` }) as never);

	it('shows every chapter of a short handbook', () => {
		expect(sidebarWindow(chapters.slice(0, 10), 'c3', 40)).toMatchObject({
			hiddenBefore: 0,
			hiddenAfter: 0,
		});
	});

	it('centres a long handbook on the current chapter', () => {
		const shown = sidebarWindow(chapters, 'c50', 40);
		expect(shown.chapters).toHaveLength(40);
		expect(shown.hiddenBefore).toBe(30);
		expect(shown.hiddenAfter).toBe(30);
		expect(shown.chapters.map((chapter) => chapter.slug)).toContain('c50');
	});

	it('stops at either end', () => {
		expect(sidebarWindow(chapters, 'c2', 40)).toMatchObject({ hiddenBefore: 0, hiddenAfter: 60 });
		expect(sidebarWindow(chapters, 'c99', 40)).toMatchObject({ hiddenBefore: 60, hiddenAfter: 0 });
	});
});

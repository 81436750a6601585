import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/handbook/catalogue.ts';
import { neighbours, sidebarSections, sidebarWindow } from '../../src/utils/navigation.ts';
import { chapterEntry, testHandbook } from './helpers/chapters.ts';

const handbook = testHandbook({ review: { every: '12 months' } });
const entry = chapterEntry;

describe('handbook index', () => {
	const index = createCatalogue(handbook, [
		entry('ja/03-planning.mdx'),
		entry('ja/glossary.mdx'),
		entry('ja/01-purpose.mdx'),
		entry('ja/crisis.mdx', { order: 0 }),
		entry('en/01-purpose.mdx'),
		entry('en/handling-a-crisis.mdx', { translationOf: 'crisis', order: 0 }),
	]);

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
		expect(index.chapters.ja.find((chapter) => chapter.id === 'ja/planning')?.due).toBe(
			'2027-01-31',
		);
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

describe('sections', () => {
	const sectioned = testHandbook({
		sections: [
			{ id: 'crisis', title: { ja: '緊急時', en: 'Crisis' } },
			{ id: 'Getting Started', title: 'Getting started' },
		],
	});
	const catalogue = createCatalogue(sectioned, [
		entry('ja/team/roles.mdx', { title: 'Roles' }),
		entry('ja/crisis/b.mdx', { title: 'Bravo' }),
		entry('ja/crisis/a.mdx', { title: 'Zulu', order: 1 }),
		entry('ja/crisis/c.mdx', { title: 'Alpha' }),
		entry('ja/02-welcome.mdx', { section: 'getting-started', title: 'Welcome' }),
		entry('ja/01-purpose.mdx', { title: 'Purpose' }),
		entry('ja/crisis/10-late.mdx', { title: 'Late' }),
		entry('ja/crisis/9-early.mdx', { title: 'Early' }),
		entry('en/crisis/a.mdx', { title: 'First hour' }),
	]);

	it('lists chapters without a section first, then the listed sections in order, then the others', () => {
		expect(catalogue.sections.ja.map((section) => section.id)).toEqual([
			undefined,
			'crisis',
			'getting-started',
			'team',
		]);
		expect(catalogue.sections.ja.map((section) => section.listed)).toEqual([
			false,
			true,
			true,
			false,
		]);
	});

	it('titles a section per locale from handbook.yaml, and an unlisted one from its id', () => {
		expect(catalogue.sections.ja.map((section) => section.title)).toEqual([
			'',
			'緊急時',
			'Getting started',
			'Team',
		]);
		expect(catalogue.sections.en.map((section) => section.title)).toEqual(['Crisis']);
	});

	it('orders a section by order, then the file number, then the title', () => {
		expect(catalogue.sections.ja[1]!.chapters.map((chapter) => chapter.data.title)).toEqual([
			'Zulu',
			'Early',
			'Late',
			'Alpha',
			'Bravo',
		]);
	});

	it('reads the chapters in the order of the sections, so previous and next follow the sidebar', () => {
		expect(catalogue.chapters.ja.map((chapter) => chapter.slug)).toEqual([
			'purpose',
			'crisis/a',
			'crisis/early',
			'crisis/late',
			'crisis/c',
			'crisis/b',
			'welcome',
			'team/roles',
		]);
	});
});

describe('the sidebar of a sectioned handbook', () => {
	const chapters = (section: string, count: number) =>
		Array.from({ length: count }, (_, index) =>
			entry(`ja/${section}/${String(index + 1).padStart(3, '0')}-${section}-${index + 1}.mdx`),
		);
	const small = createCatalogue(handbook, [...chapters('a', 3), ...chapters('b', 3)]);
	const large = createCatalogue(handbook, [...chapters('a', 150), ...chapters('b', 150)]);

	it('opens only the section of the chapter being read', () => {
		const shown = sidebarSections(small.sections.ja, 'b/b-2');
		expect(shown.map((section) => [section.id, section.open])).toEqual([
			['a', false],
			['b', true],
		]);
		expect(shown.map((section) => section.chapters.length)).toEqual([3, 3]);
	});

	it('opens every section of a small handbook on the home page, none of a large one', () => {
		expect(sidebarSections(small.sections.ja, undefined).every((section) => section.open)).toBe(
			true,
		);
		expect(sidebarSections(large.sections.ja, undefined).some((section) => section.open)).toBe(
			false,
		);
	});

	it('keeps a large handbook to the chapters around the current one and a few of each other section', () => {
		const shown = sidebarSections(large.sections.ja, 'b/b-100', {
			window: 24,
			fullTree: 60,
			preview: 5,
		});
		const [a, b] = shown;
		expect(a).toMatchObject({ total: 150, hiddenBefore: 0, hiddenAfter: 145, open: false });
		expect(a!.chapters).toHaveLength(5);
		expect(b).toMatchObject({ total: 150, hiddenBefore: 87, hiddenAfter: 39, open: true });
		expect(b!.chapters.map((chapter) => chapter.slug)).toContain('b/b-100');
	});
});

/**
 * The chapter catalogue: every chapter of a handbook with what its path and frontmatter make of
 * it (locale, slug, reading order, section, translation key, owner, due date), built once and
 * asked by the pages, the feeds, the print edition, the review pages and the review report.
 * Pure: the chapters come from the content collection during a build, or from the handbook folder
 * (`discover.ts`) for tools that run without Astro.
 */
import type { Locale } from '../config/handbook-config.ts';
import type { Handbook } from '../config/load-handbook.ts';
import type { Owner } from '../config/owners.ts';
import type { ChapterFrontmatter } from '../schemas/chapter.ts';
import { dueDate, isTranslationBehind, reviewStatus } from './review.ts';
import type { ReviewStatus } from './review.ts';
import { localize } from '../utils/localize.ts';
import { parseChapterPath, sectionId } from './urls.ts';

/** What a chapter's path and frontmatter say about its place in the handbook. */
export interface ChapterPlace {
	/** Path of the source file relative to the handbook folder, e.g. `ja/03-planning.mdx`. */
	sourcePath: string;
	/** The locale folder the file sits in; lint reports a folder that is not a configured locale. */
	locale: string;
	/** The URL segment(s) below the locale: `planning`, `team/roles`. */
	slug: string;
	/** The position the file name gives (`03-…`), used when frontmatter has no `order`. */
	prefixOrder: number | undefined;
	/**
	 * The id of the group the chapter belongs to: frontmatter `section`, else its sub-folder, as
	 * {@link sectionId} writes it (`Crisis Handling` → `crisis-handling`).
	 */
	section: string | undefined;
	/** The same for every translation of one chapter: `translationOf`, or else the slug. */
	translationKey: string;
}

/** Text of a frontmatter field, or `undefined` when it is absent, empty or not text. */
function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Where a chapter file sits and what that makes of it. `frontmatter` may be raw (as written, for
 * lint) or validated: only `translationOf` and `section` are read, and only when they are text.
 */
export function placeChapter(
	sourcePath: string,
	frontmatter: { translationOf?: unknown; section?: unknown } | undefined,
): ChapterPlace {
	const normalised = sourcePath.replaceAll('\\', '/');
	const { locale, slug, prefixOrder, folder } = parseChapterPath(normalised);
	return {
		sourcePath: normalised,
		locale,
		slug,
		prefixOrder,
		section: (text(frontmatter?.section) && sectionId(text(frontmatter?.section)!)) || folder,
		translationKey: text(frontmatter?.translationOf) ?? slug,
	};
}

/** A chapter with valid frontmatter, as the site shows it. */
export interface ChapterEntry extends ChapterPlace {
	/** Content-collection id, `<locale>/<slug>`. */
	id: string;
	locale: Locale;
	data: ChapterFrontmatter;
	/** Its owner from the registry (`undefined` only for an id lint reports as unknown). */
	owner: Owner | undefined;
	/** The date its review falls due: `reviewed` plus `reviewEvery` or the handbook's interval. */
	due: string;
}

/**
 * How urgent each status is, most urgent first, for sorting. Here rather than beside the statuses
 * so that the dashboard's sort script alone carries it, not every page's first-load script.
 */
export const STATUS_ORDER: Record<ReviewStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2 };

/** One chapter's review state: a row of the dashboard, the owners page and the report. */
export interface ReviewRow {
	chapter: ChapterEntry;
	locale: Locale;
	owner: string;
	reviewed: string;
	due: string;
	/** Against the given day: `ok`, `due-soon` or `overdue`. */
	status: ReviewStatus;
	/** A translation last reviewed before its source chapter was. */
	translationBehind: boolean;
	/** The source chapter's review date, when this row is a translation that is behind. */
	sourceReviewed: string | undefined;
}

/** A section of one locale with its chapters in reading order. */
export interface SectionGroup {
	/** The section's id; `undefined` for the chapters that belong to no section. */
	id: string | undefined;
	/** Its heading in the locale: from `handbook.yaml`, else made from the id; `''` for no section. */
	title: string;
	/** Whether `handbook.yaml` lists it (unlisted ones come after the listed ones). */
	listed: boolean;
	chapters: ChapterEntry[];
}

/** Everything the site and the tools ask about a handbook's chapters. */
export interface Catalogue {
	handbook: Handbook;
	/** Chapters of each locale in reading order: section by section, as {@link sections} lists them. */
	chapters: Record<Locale, ChapterEntry[]>;
	/**
	 * The sections of each locale in order: chapters without a section first, then the sections
	 * `handbook.yaml` lists, in its order, then any other section chapters name, by id.
	 */
	sections: Record<Locale, SectionGroup[]>;
	/** Translation key → locale → chapter. */
	translations: Map<string, Partial<Record<Locale, ChapterEntry>>>;
	/** The owners registry by id. */
	owners: Map<string, Owner>;
	/** A section's heading in `locale` (`''` for no section), listed in `handbook.yaml` or not. */
	sectionTitle(id: string | undefined, locale: Locale): string;
	/** The chapter of the default locale that `chapter` translates (itself in the default locale). */
	sourceOf(chapter: ChapterEntry): ChapterEntry | undefined;
	/** Every chapter's review state on `today`, most urgent first, then by due date. */
	reviewRows(today: string): ReviewRow[];
}

/** A chapter with validated frontmatter, wherever it was read. */
export interface CatalogueInput {
	/** Path relative to the handbook folder. */
	sourcePath: string;
	data: ChapterFrontmatter;
}

function position(chapter: ChapterEntry): number {
	return chapter.data.order ?? chapter.prefixOrder ?? Number.POSITIVE_INFINITY;
}

/**
 * Reading order within a section: frontmatter `order`, then the file-name prefix, then by title in
 * the chapter's language (the slug breaks a tie), so the order never depends on the file system.
 */
export function sortChapters(chapters: readonly ChapterEntry[]): ChapterEntry[] {
	const collator = new Intl.Collator(chapters[0]?.locale ?? 'en', { numeric: true });
	return [...chapters].sort(
		(a, b) =>
			position(a) - position(b) ||
			collator.compare(a.data.title, b.data.title) ||
			(a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
	);
}

/** A heading for a section `handbook.yaml` does not title: `team/first-steps` → `Team / First steps`. */
export function sectionTitleFromId(id: string): string {
	const words = id
		.split('/')
		.map((segment) => segment.replace(/-+/g, ' '))
		.join(' / ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Groups one locale's chapters by section, in the order {@link Catalogue.sections} describes, each
 * section's chapters in reading order.
 */
export function groupBySection(
	chapters: readonly ChapterEntry[],
	config: Pick<Handbook['config'], 'sections' | 'defaultLocale'>,
	locale: Locale,
): SectionGroup[] {
	const byId = new Map<string | undefined, ChapterEntry[]>();
	for (const chapter of chapters) {
		const members = byId.get(chapter.section);
		if (members) members.push(chapter);
		else byId.set(chapter.section, [chapter]);
	}
	return sectionOrder(config, byId.keys()).map((id) => ({
		id,
		title: sectionTitle(config, id, locale),
		listed: id !== undefined && config.sections.some((section) => sectionId(section.id) === id),
		chapters: sortChapters(byId.get(id)!),
	}));
}

/**
 * The given section ids in reading order: no section first, then those `handbook.yaml` lists in
 * its order, then the others by id.
 */
export function sectionOrder(
	config: Pick<Handbook['config'], 'sections'>,
	ids: Iterable<string | undefined>,
): Array<string | undefined> {
	const present = new Set(ids);
	const listed = config.sections.map((section) => sectionId(section.id));
	const others = [...present]
		.filter((id): id is string => id !== undefined && !listed.includes(id))
		.sort();
	return [undefined, ...listed, ...others].filter((id) => present.has(id));
}

/** A section's heading in `locale`: from `handbook.yaml`, else made from its id; `''` for none. */
export function sectionTitle(
	config: Pick<Handbook['config'], 'sections' | 'defaultLocale'>,
	id: string | undefined,
	locale: Locale,
): string {
	if (id === undefined) return '';
	const title = config.sections.find((section) => sectionId(section.id) === id)?.title;
	return title ? localize(title, locale, config.defaultLocale) : sectionTitleFromId(id);
}

/** Builds the catalogue of `handbook` from its chapters; chapters outside its locales are left out. */
export function createCatalogue(handbook: Handbook, inputs: readonly CatalogueInput[]): Catalogue {
	const { locales, defaultLocale, review } = handbook.config;
	const owners = new Map(handbook.owners.map((owner) => [owner.id, owner]));
	const all: ChapterEntry[] = [];
	for (const input of inputs) {
		const place = placeChapter(input.sourcePath, input.data);
		if (!(locales as string[]).includes(place.locale)) continue;
		all.push({
			...place,
			id: `${place.locale}/${place.slug}`,
			locale: place.locale as Locale,
			data: input.data,
			owner: owners.get(input.data.owner),
			due: dueDate(input.data.reviewed, input.data.reviewEvery, review.every),
		});
	}
	const sections = Object.fromEntries(
		locales.map((locale) => [
			locale,
			groupBySection(
				all.filter((chapter) => chapter.locale === locale),
				handbook.config,
				locale,
			),
		]),
	) as Record<Locale, SectionGroup[]>;
	const chapters = Object.fromEntries(
		locales.map((locale) => [locale, sections[locale].flatMap((section) => section.chapters)]),
	) as Record<Locale, ChapterEntry[]>;
	const translations = new Map<string, Partial<Record<Locale, ChapterEntry>>>();
	for (const chapter of all) {
		const group = translations.get(chapter.translationKey) ?? {};
		group[chapter.locale] = chapter;
		translations.set(chapter.translationKey, group);
	}
	const sourceOf = (chapter: ChapterEntry) =>
		translations.get(chapter.translationKey)?.[defaultLocale];
	return {
		handbook,
		chapters,
		sections,
		translations,
		owners,
		sourceOf,
		sectionTitle: (id, locale) => sectionTitle(handbook.config, id, locale),
		reviewRows(today) {
			const rows = locales.flatMap((locale) =>
				chapters[locale].map((chapter): ReviewRow => {
					const source = locale === defaultLocale ? undefined : sourceOf(chapter);
					const translationBehind = isTranslationBehind(
						chapter.data.reviewed,
						source?.data.reviewed,
					);
					return {
						chapter,
						locale,
						owner: chapter.data.owner,
						reviewed: chapter.data.reviewed,
						due: chapter.due,
						status: reviewStatus(chapter.due, today, review.dueSoonDays),
						translationBehind,
						sourceReviewed: translationBehind ? source?.data.reviewed : undefined,
					};
				}),
			);
			return rows.sort(
				(a, b) =>
					STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
					(a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
					(a.chapter.id < b.chapter.id ? -1 : 1),
			);
		},
	};
}

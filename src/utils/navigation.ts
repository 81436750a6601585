import type { Locale } from '../config/handbook-config.ts';
import type { ChapterFrontmatter } from '../schemas/chapter.ts';

/** A chapter as the site's navigation sees it. */
export interface ChapterEntry {
	/** Content-collection id, `<locale>/<slug>`. */
	id: string;
	locale: Locale;
	slug: string;
	/** The same for every translation of one chapter: `translationOf`, or else the slug. */
	translationKey: string;
	/** The position the file name gives (`03-…`), used when frontmatter has no `order`. */
	prefixOrder: number | undefined;
	/** Path of the source file relative to the handbook folder, e.g. `ja/03-planning.mdx`. */
	sourcePath: string;
	data: ChapterFrontmatter;
}

/** The previous and next chapters in reading order. */
export interface Neighbours {
	prev: ChapterEntry | undefined;
	next: ChapterEntry | undefined;
}

function position(chapter: ChapterEntry): number {
	return chapter.data.order ?? chapter.prefixOrder ?? Number.POSITIVE_INFINITY;
}

/**
 * Reading order: frontmatter `order`, then the file-name prefix, then chapters without either,
 * alphabetically by slug so the order never depends on the file system.
 */
export function sortChapters(chapters: readonly ChapterEntry[]): ChapterEntry[] {
	return [...chapters].sort(
		(a, b) => position(a) - position(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
	);
}

/** The chapters before and after `slug` in an already sorted list. */
export function neighbours(sorted: readonly ChapterEntry[], slug: string): Neighbours {
	const index = sorted.findIndex((chapter) => chapter.slug === slug);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: sorted[index - 1], next: sorted[index + 1] };
}

/** Groups chapters by translation key: key → locale → chapter. */
export function indexTranslations(
	chapters: readonly ChapterEntry[],
): Map<string, Partial<Record<Locale, ChapterEntry>>> {
	const index = new Map<string, Partial<Record<Locale, ChapterEntry>>>();
	for (const chapter of chapters) {
		const translations = index.get(chapter.translationKey) ?? {};
		translations[chapter.locale] = chapter;
		index.set(chapter.translationKey, translations);
	}
	return index;
}

/** The part of the chapter list a sidebar shows. */
export interface SidebarWindow {
	chapters: ChapterEntry[];
	/** How many chapters come before the first one shown, and after the last. */
	hiddenBefore: number;
	hiddenAfter: number;
}

/**
 * At most `limit` chapters centred on the current one. Every page carries its sidebar, so a
 * handbook of a thousand chapters would otherwise repeat the whole list a thousand times (a
 * thousand times the bytes, and the offline cache with them); the home page lists them all.
 */
export function sidebarWindow(
	sorted: readonly ChapterEntry[],
	currentSlug: string | undefined,
	limit: number,
): SidebarWindow {
	if (sorted.length <= limit) return { chapters: [...sorted], hiddenBefore: 0, hiddenAfter: 0 };
	const current = Math.max(
		0,
		sorted.findIndex((chapter) => chapter.slug === currentSlug),
	);
	const start = Math.min(Math.max(0, current - Math.floor(limit / 2)), sorted.length - limit);
	return {
		chapters: sorted.slice(start, start + limit),
		hiddenBefore: start,
		hiddenAfter: sorted.length - start - limit,
	};
}

import type { ChapterEntry, SectionGroup } from '../handbook/catalogue.ts';

/** The previous and next chapters in reading order. */
export interface Neighbours {
	prev: ChapterEntry | undefined;
	next: ChapterEntry | undefined;
}

/** The chapters before and after `slug` in an already sorted list. */
export function neighbours(sorted: readonly ChapterEntry[], slug: string): Neighbours {
	const index = sorted.findIndex((chapter) => chapter.slug === slug);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: sorted[index - 1], next: sorted[index + 1] };
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

/** One section as a chapter list shows it: open or folded, with the chapters it has room for. */
export interface SidebarSection extends SidebarWindow {
	/** `undefined` for the chapters that belong to no section: listed without a heading. */
	id: string | undefined;
	title: string;
	/** How many chapters the section has, shown and hidden. */
	total: number;
	/** Unfolded: the section of the chapter being read, or every section of a small handbook's home. */
	open: boolean;
}

/** How much of each section a chapter list may show. */
export interface SidebarLimits {
	/** Chapters shown around the current one in its section (and in the chapters without a section). */
	window: number;
	/** A handbook with at most this many chapters lists every chapter of every section. */
	fullTree: number;
	/** Otherwise, how many of a folded section's first chapters it lists before "all N chapters". */
	preview: number;
}

/**
 * Room for a handbook of a few dozen chapters to list them all. Beyond, a folded section holds only
 * its link to all its chapters (the home page's card): five chapters of each of 12 sections made
 * every page of a 300-chapter handbook twice as large (28 KB instead of 13 KB, the offline cache
 * 19.5 MB instead of 10.9 MB), for titles a reader rarely picks without seeing the rest.
 */
export const SIDEBAR_LIMITS: SidebarLimits = { window: 24, fullTree: 60, preview: 0 };

/**
 * The sections a chapter list shows, each folded or open. The current chapter's section is open
 * with the chapters around it; in a handbook of more than `fullTree` chapters the other sections
 * list only their first few, so that every page's sidebar stays about the same size however large
 * the handbook (each page carries it twice: the sidebar and the phone menu).
 */
export function sidebarSections(
	sections: readonly SectionGroup[],
	currentSlug: string | undefined,
	limits: SidebarLimits = SIDEBAR_LIMITS,
): SidebarSection[] {
	const total = sections.reduce((sum, section) => sum + section.chapters.length, 0);
	const small = total <= limits.fullTree;
	return sections.map((section) => {
		const holdsCurrent = section.chapters.some((chapter) => chapter.slug === currentSlug);
		const shown =
			holdsCurrent || section.id === undefined
				? sidebarWindow(section.chapters, currentSlug, limits.window)
				: small
					? sidebarWindow(section.chapters, undefined, section.chapters.length)
					: {
							chapters: section.chapters.slice(0, limits.preview),
							hiddenBefore: 0,
							hiddenAfter: Math.max(0, section.chapters.length - limits.preview),
						};
		return {
			...shown,
			id: section.id,
			title: section.title,
			total: section.chapters.length,
			open: holdsCurrent || (currentSlug === undefined && small),
		};
	});
}

import type { ChapterEntry } from '../handbook/catalogue.ts';

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

import type { Locale } from '../config/handbook-config.ts';
import type { Change } from '../schemas/chapter.ts';
import type { Catalogue, ChapterEntry } from '../handbook/catalogue.ts';

/** A chapter's change, with the chapter it belongs to. */
export interface ChapterChange extends Change {
	chapter: ChapterEntry;
}

function newestFirst(a: ChapterChange, b: ChapterChange): number {
	return a.date < b.date ? 1 : a.date > b.date ? -1 : a.chapter.slug < b.chapter.slug ? -1 : 1;
}

/** Every change of every chapter of a locale, newest first. */
export function allChanges(index: Catalogue, locale: Locale): ChapterChange[] {
	return index.chapters[locale]
		.flatMap((chapter) => chapter.data.changes.map((change) => ({ ...change, chapter })))
		.sort(newestFirst);
}

/** The chapters that have changes, each with its most recent one and the rest, newest first. */
export function chaptersByLatestChange(
	index: Catalogue,
	locale: Locale,
): Array<{ latest: ChapterChange; earlier: ChapterChange[] }> {
	return index.chapters[locale]
		.filter((chapter) => chapter.data.changes.length > 0)
		.map((chapter) => {
			const [latest, ...earlier] = chapter.data.changes
				.map((change) => ({ ...change, chapter }))
				.sort(newestFirst);
			return { latest: latest!, earlier };
		})
		.sort((a, b) => newestFirst(a.latest, b.latest));
}

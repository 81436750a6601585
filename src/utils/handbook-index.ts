import { relative } from 'node:path';
import type { Handbook } from '../config/load-handbook.ts';
import type { Locale } from '../config/handbook-config.ts';
import type { Owner } from '../config/owners.ts';
import type { ChapterFrontmatter } from '../schemas/chapter.ts';
import { addInterval } from './review-dates.ts';
import { indexTranslations, sortChapters, type ChapterEntry } from './navigation.ts';
import { parseChapterPath } from './slugs.ts';

/** The minimum of a content-collection entry the index needs. */
export interface CollectionChapter {
	id: string;
	filePath?: string | undefined;
	data: ChapterFrontmatter;
}

/** Everything the pages ask about the handbook's chapters, computed once per build. */
export interface HandbookIndex {
	/** Chapters of each locale in reading order. */
	chapters: Record<Locale, ChapterEntry[]>;
	/** Translation key → locale → chapter. */
	translations: Map<string, Partial<Record<Locale, ChapterEntry>>>;
	owners: Map<string, Owner>;
	/** The date each chapter's review falls due, by chapter id. */
	dueDates: Map<string, string>;
}

/** Builds the index from collection entries; pure, so that it can be tested without Astro. */
export function buildHandbookIndex(
	handbook: Handbook,
	entries: readonly CollectionChapter[],
	root: string = process.cwd(),
): HandbookIndex {
	const all: ChapterEntry[] = entries.map((entry) => {
		const absolute = entry.filePath
			? `${root}/${entry.filePath}`
			: `${handbook.dir}/${entry.id}.mdx`;
		const sourcePath = relative(handbook.dir, absolute).replaceAll('\\', '/');
		const { slug, prefixOrder } = parseChapterPath(sourcePath);
		const locale = entry.id.split('/')[0] as Locale;
		return {
			id: entry.id,
			locale,
			slug,
			prefixOrder,
			sourcePath,
			translationKey: entry.data.translationOf ?? slug,
			data: entry.data,
		};
	});
	const chapters = Object.fromEntries(
		handbook.config.locales.map((locale) => [
			locale,
			sortChapters(all.filter((chapter) => chapter.locale === locale)),
		]),
	) as Record<Locale, ChapterEntry[]>;
	const dueDates = new Map(
		all.map((chapter) => [
			chapter.id,
			addInterval(chapter.data.reviewed, chapter.data.reviewEvery ?? handbook.config.review.every),
		]),
	);
	return {
		chapters,
		translations: indexTranslations(all),
		owners: new Map(handbook.owners.map((owner) => [owner.id, owner])),
		dueDates,
	};
}

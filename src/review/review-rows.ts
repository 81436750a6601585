import type { Locale } from '../config/handbook-config.ts';
import type { HandbookConfig } from '../config/handbook-config.ts';
import type { HandbookIndex } from '../utils/handbook-index.ts';
import type { ChapterEntry } from '../utils/navigation.ts';
import { reviewStatus, type ReviewStatus } from '../utils/review-dates.ts';

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

/** How urgent each status is, most urgent first, for sorting. */
export const STATUS_ORDER: Record<ReviewStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2 };

/**
 * The review state of every chapter in every locale on `today`, most urgent first, then by due
 * date. A chapter outside the default locale is "behind" when its source was reviewed later.
 */
export function buildReviewRows(
	index: HandbookIndex,
	config: HandbookConfig,
	today: string,
): ReviewRow[] {
	const rows = config.locales.flatMap((locale) =>
		index.chapters[locale].map((chapter): ReviewRow => {
			const due = index.dueDates.get(chapter.id) ?? chapter.data.reviewed;
			const source = index.translations.get(chapter.translationKey)?.[config.defaultLocale];
			const translationBehind =
				locale !== config.defaultLocale &&
				source !== undefined &&
				source.data.reviewed > chapter.data.reviewed;
			return {
				chapter,
				locale,
				owner: chapter.data.owner,
				reviewed: chapter.data.reviewed,
				due,
				status: reviewStatus(due, today, config.review.dueSoonDays),
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
}

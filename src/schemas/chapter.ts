import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date.ts';
import { ReviewIntervalSchema } from './review-interval.ts';

/** One entry of a chapter's change log. */
export const ChangeSchema = z
	.object({
		/** When the change was published, `YYYY-MM-DD`. */
		date: IsoDateSchema,
		/** One line that says what changed, for readers. */
		summary: z.string().min(1),
	})
	.strict();
export type Change = z.output<typeof ChangeSchema>;

/** A question readers ask that the chapter answers, as they would type it. */
export const ChapterQuestionSchema = z
	.object({
		/** The question in the reader's own words. */
		text: z.string().min(1),
		/**
		 * The text of the `##` or `###` heading whose section answers it; without it, the chapter
		 * as a whole does.
		 */
		heading: z.string().min(1).optional(),
	})
	.strict();
export type ChapterQuestion = z.output<typeof ChapterQuestionSchema>;

/**
 * The frontmatter of one chapter. The content collection validates every chapter with it, and the
 * lint rules check the same fields with messages that point at the line.
 */
export const ChapterFrontmatterSchema = z.object({
	/** The chapter's title: the page heading, the sidebar entry and the `<title>`. */
	title: z.string().min(1),
	/** One sentence: shown in the table of contents and as the page's meta description. */
	description: z.string().min(1),
	/** The id of the chapter's owner in `owners.yaml`. */
	owner: z.string().min(1),
	/** The date of the last review, `YYYY-MM-DD`. */
	reviewed: IsoDateSchema,
	/** How long a review holds for this chapter (`6 months`); the handbook's `review.every` otherwise. */
	reviewEvery: ReviewIntervalSchema.optional(),
	/** Position in the table of contents. Without it, a numeric file-name prefix (`03-…`) is used. */
	order: z.number().optional(),
	/**
	 * Ties translations together when their file names differ: the slug of the chapter in the
	 * default locale. Chapters with the same slug in each locale need nothing.
	 */
	translationOf: z.string().min(1).optional(),
	/**
	 * The group the chapter belongs to in the table of contents. Without it, the sub-folder the
	 * file sits in (`ja/crisis/01-first-hour.mdx` → `crisis`), if any.
	 */
	section: z.string().min(1).optional(),
	/** Words readers search for that the text may not use (`炎上` for a chapter that says `批判`). */
	keywords: z.array(z.string().min(1)).default([]),
	/**
	 * Questions readers ask that the chapter answers, written by its owner from readers' needs:
	 * listed at the top of the chapter, each linking to its section, and searched with that section.
	 */
	questions: z.array(ChapterQuestionSchema).default([]),
	/**
	 * What changed and when, newest first or in any order: the "what changed" page, its feed and
	 * the home page list the latest. Writers add an entry in the pull request that makes the change.
	 */
	changes: z.array(ChangeSchema).default([]),
});

/** A chapter's frontmatter as written. */
export type ChapterFrontmatterInput = z.input<typeof ChapterFrontmatterSchema>;
/** A chapter's frontmatter after validation, with intervals and dates normalised. */
export type ChapterFrontmatter = z.output<typeof ChapterFrontmatterSchema>;

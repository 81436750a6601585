/**
 * How a chapter page is laid out for the search index, where the build that writes the page and
 * the search that reads the index meet. Search code only: no page's first load carries it.
 */
import type { Locale } from '../config/handbook-config.ts';

/**
 * The id of the hidden section at the end of each chapter that holds its description and keywords
 * for the index: search never shows it as a section or an excerpt.
 */
export const SUMMARY_ANCHOR = 'pagefind-chapter-summary';

/**
 * How the ids of the hidden paragraphs of readers' questions under a heading begin: search finds
 * them on the page by their ids, and draws a section's excerpt from the text after them.
 */
export const QUESTIONS_ANCHOR_PREFIX = 'reader-questions-';

/**
 * The folder, inside Pagefind's bundle, of the second index: every section of every chapter as a
 * record of its own (`section-index.ts`). Search ranks a page by its best section there beside its
 * own score: among a few chapters, each saying most common words, a word's rarity tells little,
 * while among hundreds of sections it tells which one is about it.
 */
export const SECTION_BUNDLE = 'sections';

/**
 * The most chapters a language may have for the build to write its section index, and search to
 * read it. With more, the chapters are themselves hundreds of records, among which a word's rarity
 * tells already; and at 1000 chapters the sections' 7000 records took the build from 17.7 to 29.9 s
 * and the median question from 16.7 to 31.6 ms (`npm run bench`).
 */
export const SECTION_INDEX_MAX_PAGES = 200;

/** Whether a language of `pageCount` chapters has a section index. */
export function hasSectionIndex(pageCount: number): boolean {
	return pageCount <= SECTION_INDEX_MAX_PAGES;
}

/** The file of the section bundle that gives, for a language, each section's page's result id. */
export function sectionPagesFile(locale: string): string {
	return `section-pages.${locale}.json`;
}

/** The query parameter search results carry to the page they open, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The query parameter that opens a page with search asked this question: the other edition's
 * page, when a question in its language found nothing in this one.
 */
export const SEARCH_PARAM = 'search';

/**
 * How many words an excerpt holds, per language, as the index counts words: a Japanese word is
 * about two characters, so 22 of them, as many as an English excerpt, were some 40 characters and
 * often stopped before the answer. 36 fill about as many lines of a phone as 22 English words.
 */
export const EXCERPT_WORDS: Readonly<Record<Locale, number>> = { ja: 36, en: 22 };
/** The mark that says an excerpt starts or ends inside a section. */
export const EXCERPT_ELLIPSIS = '…';

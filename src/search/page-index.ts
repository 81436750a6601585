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

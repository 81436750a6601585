/**
 * How a chapter page is laid out for the search index, where the build that writes the page and
 * the search that reads the index meet. Search code only: no page's first load carries it.
 */

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

/** How many words an excerpt holds, and the mark that says it starts or ends inside a section. */
export const EXCERPT_WORDS = 22;
export const EXCERPT_ELLIPSIS = '…';

/** The query parameter search results carry to the page they open, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The id of the hidden section at the end of each chapter that holds its description and keywords
 * for the index: search never shows it as a section or an excerpt.
 */
export const SUMMARY_ANCHOR = 'pagefind-chapter-summary';

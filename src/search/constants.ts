/**
 * What the page's own first-load script shares with search: anything here is in every page's
 * first load, so search's other constants live beside the code that uses them (`page-index.ts`).
 */

/** The query parameter search results carry to the page they open, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The query parameter search results carry to the page they open, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

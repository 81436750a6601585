/**
 * The only script a page loads up front (well under a kilobyte): it opens search on a click on the
 * header button, `/`, or Ctrl/Cmd+K, and loads the search code only then. On a page reached from a
 * search result it also loads the highlighter (`page-highlight.ts`, with the search module) to
 * mark the words searched for.
 */
import { HIGHLIGHT_PARAM } from './constants.ts';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

if (button) {
	const open = () => {
		void import('./search-dialog.ts').then(({ openSearch }) => openSearch(button));
	};
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
		if (
			shortcut ||
			(event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey)
		) {
			event.preventDefault();
			open();
		}
	});
	if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
		const bundle = `${document.documentElement.dataset.base ?? '/'}pagefind/`;
		// From the search module the reader has just used (cached, also offline), not a chunk of its
		// own: one module to load lazily keeps the first load of every page small.
		void import('./search-dialog.ts')
			.then(({ highlightSearchedWords }) => highlightSearchedWords(bundle))
			.catch(() => {
				// Without the bundle (e.g. in `astro dev`) the page simply has no highlights.
			});
	}
}

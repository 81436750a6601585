/**
 * The only script a page loads up front (well under a kilobyte): it opens search on a click on the
 * header button, `/`, or Ctrl/Cmd+K, and loads the search code only then. A page reached from a
 * search result, or come back to after following one, loads it at once: to mark the words
 * searched for (`page-highlight.ts`), or to show the search the reader left (`resumeSearch`).
 */
import searchModule from './search-dialog.ts?lazy-url';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

/** The search module, a chunk of its own: cached after its first use, also offline. */
function loadSearch(): Promise<typeof import('./search-dialog.ts')> {
	return import(/* @vite-ignore */ searchModule);
}

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

if (button) {
	// What the reader types while the search code loads (the first time, from the network): the
	// start of their question, which the page would otherwise swallow.
	let typed: string | undefined;
	const open = () => {
		typed ??= '';
		void loadSearch()
			.then(({ openSearch }) => openSearch(button, typed))
			.finally(() => (typed = undefined));
	};
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if (
			typed !== undefined &&
			event.key.length === 1 &&
			!isTyping(event.target) &&
			!event.ctrlKey &&
			!event.metaKey
		) {
			typed += event.key;
			event.preventDefault();
			return;
		}
		const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
		if (
			shortcut ||
			(event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey)
		) {
			event.preventDefault();
			open();
		}
	});
	// Only search puts words in a chapter's address or state in its history entry: a page without
	// either never loads search before the reader asks.
	if (location.search || history.state) {
		void loadSearch()
			.then(({ resumeSearch }) => resumeSearch(button))
			.catch(() => {
				// Without the search bundle (e.g. in `astro dev`) the page simply has no highlights.
			});
	}
}

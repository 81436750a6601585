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
	// While the search code loads the first time (from the network), a box of the page's own takes
	// what the reader types, through an input method or a paste too, and on a phone it opens the
	// keyboard within the tap: the dialog then asks it as the start of the question.
	let early: HTMLInputElement | undefined;
	let composing = false;
	let loaded = false;
	const open = () => {
		if (!loaded && !early) {
			early = document.createElement('input');
			early.className = 'visually-hidden';
			early.ariaLabel = button.querySelector('span')?.textContent ?? '';
			early.addEventListener('compositionstart', () => (composing = true));
			early.addEventListener('compositionend', () => (composing = false));
			button.after(early);
			early.focus();
		}
		const box = early;
		const done = () => {
			box?.remove();
			early = undefined;
		};
		void loadSearch().then(({ openSearch }) => {
			loaded = true;
			const handOver = () => {
				openSearch(button, box?.value ?? '');
				done();
			};
			// A word still being composed goes with the rest, once the input method gives it.
			if (box && composing)
				box.addEventListener('compositionend', () => setTimeout(handOver), { once: true });
			else handOver();
		}, done);
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
	// Only search puts words in a chapter's address or state in its history entry: a page without
	// either never loads search before the reader asks.
	if (location.search || history.state) {
		void loadSearch()
			.then(({ resumeSearch }) => {
				loaded = true;
				return resumeSearch(button);
			})
			.catch(() => {
				// Without the search bundle (e.g. in `astro dev`) the page simply has no highlights.
			});
	}
}

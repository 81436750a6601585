/**
 * "Back to top" floats at the screen's corner once the reader is most of a screen down. On a
 * phone it would cover the ends of the lines being read, so there it shows only while the reader
 * scrolls back up, the moment they look for it, and at the end of the page, where it stands in
 * for the footer's own link. Without this script it is the footer's link, in place.
 */
const button = document.querySelector<HTMLElement>('[data-back-to-top]');
const phone = matchMedia('(max-width: 40rem)');
let last = scrollY;

function place(scrolled: boolean): void {
	const moved = scrollY - last;
	// A finger's jitter is no change of direction.
	if (scrolled && Math.abs(moved) < 8) return;
	const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
	const shown = scrollY > innerHeight * 0.6 && (!phone.matches || moved < 0 || atEnd);
	button!.dataset.float = shown ? 'show' : 'hide';
	last = scrollY;
}

if (button) {
	addEventListener('scroll', () => place(true), { passive: true });
	place(false);
}

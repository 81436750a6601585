/**
 * Marks, in "On this page", the section being read: the last heading that has reached the top of
 * the reading area, where a jump to a section puts its heading (the page's scroll-padding-top,
 * below the sticky header). Only colours change (aria-current), so nothing on the page moves.
 *
 * The language switch takes the reader to the same section of the other edition: a translation
 * whose headings come in the same order and levels (what the lint rule `translation-structure`
 * asks for) opens at the heading in the same place. One whose outline differs opens at its top.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
const headings = [...new Set(links.map((link) => link.getAttribute('href')!.slice(1)))]
	.map((id) => document.getElementById(id))
	.filter((heading) => heading !== null);
let queued = 0;

/** Where the reader was when they switched language, kept for the page they switched to. */
interface PlaceInOtherEdition {
	/** The path of the other edition's page. */
	path: string;
	/** The levels of the headings of the page left, in order: `2232`. */
	outline: string;
	/** The heading being read, counted in that outline. */
	index: number;
}

const PLACE_KEY = 'handbook-language-switch-place';
const outline = headings.map((heading) => heading.tagName.slice(1)).join('');

/** The index of the section being read, or -1 above the first heading. */
function sectionBeingRead(): number {
	const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 16;
	let current = -1;
	for (const [index, heading] of headings.entries()) {
		if (heading.getBoundingClientRect().top > top) break;
		current = index;
	}
	return current;
}

function mark(): void {
	queued = 0;
	let current = headings[sectionBeingRead()]?.id;
	// A section near the end, jumped to, cannot reach the top: the page ends first. On screen at
	// the end of the page, it is the one being read.
	const jumped = document.getElementById(decodeURIComponent(location.hash.slice(1)));
	if (
		jumped &&
		headings.includes(jumped) &&
		innerHeight + scrollY >= document.documentElement.scrollHeight - 2 &&
		jumped.getBoundingClientRect().top < innerHeight
	)
		current = jumped.id;
	for (const link of links)
		link.ariaCurrent = link.getAttribute('href') === `#${current}` ? 'location' : null;
}

/** Keeps the section being read for the other edition, as the reader follows the switch. */
function rememberPlace(event: MouseEvent): void {
	const link = event.target instanceof Element && event.target.closest('.language-switch a');
	if (!(link instanceof HTMLAnchorElement)) return;
	const index = sectionBeingRead();
	try {
		if (index < 0) sessionStorage.removeItem(PLACE_KEY);
		else {
			const place: PlaceInOtherEdition = { path: new URL(link.href).pathname, outline, index };
			sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
		}
	} catch {
		// Storage refused (a private window's quota): the other edition opens at its top.
	}
}

/** Opens this edition at the section the reader was reading in the other, where they match. */
function resumePlace(): void {
	let place: PlaceInOtherEdition | undefined;
	try {
		const kept = sessionStorage.getItem(PLACE_KEY);
		if (kept === null) return;
		sessionStorage.removeItem(PLACE_KEY);
		place = JSON.parse(kept) as PlaceInOtherEdition;
	} catch {
		return;
	}
	// Only the page switched to, opened as the switch links it: a link to a section wins.
	if (place.path !== location.pathname || location.hash || place.outline !== outline) return;
	const heading = headings[place.index];
	if (heading) location.replace(`#${encodeURIComponent(heading.id)}`);
}

addEventListener('click', rememberPlace);
resumePlace();
if (headings.length > 0) {
	addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)), { passive: true });
	// A jump to a section already on screen scrolls nothing.
	addEventListener('hashchange', mark);
	mark();
}

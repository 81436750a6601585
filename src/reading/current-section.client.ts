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

const PLACE_KEY = 'handbook-place';
// The levels of the page's headings, in order: H2H2H3H2.
const outline = headings.map((heading) => heading.tagName).join('');

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
	const link = (event.target as Element).closest?.<HTMLAnchorElement>('.language-switch a');
	if (!link) return;
	try {
		sessionStorage.setItem(PLACE_KEY, `${link.pathname} ${outline} ${sectionBeingRead()}`);
	} catch {
		// Storage refused (storage blocked for the site): the other edition opens at its top.
	}
}

/** Opens this edition at the section the reader was reading in the other, where they match. */
function resumePlace(): void {
	let kept: string | null = null;
	try {
		kept = sessionStorage.getItem(PLACE_KEY);
		sessionStorage.removeItem(PLACE_KEY);
	} catch {
		return;
	}
	const [path, keptOutline, index] = kept?.split(' ') ?? [];
	const heading = headings[Number(index)];
	// Only the page switched to, opened as the switch links it: a link to a section wins.
	if (heading && path === location.pathname && !location.hash && keptOutline === outline)
		location.replace(`#${encodeURIComponent(heading.id)}`);
}

addEventListener('click', rememberPlace);
resumePlace();
if (headings.length > 0) {
	addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)), { passive: true });
	// A jump to a section already on screen scrolls nothing.
	addEventListener('hashchange', mark);
	mark();
}

/**
 * Marks, in "On this page", the section being read: the last heading that has reached the top of
 * the reading area, where a jump to a section puts its heading (the page's scroll-padding-top,
 * below the sticky header). Only colours change (aria-current), so nothing on the page moves.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
const headings = [...new Set(links.map((link) => link.getAttribute('href')!.slice(1)))]
	.map((id) => document.getElementById(id))
	.filter((heading) => heading !== null);
let queued = 0;

function mark(): void {
	queued = 0;
	let current: string | undefined;
	const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 16;
	for (const heading of headings) {
		if (heading.getBoundingClientRect().top > top) break;
		current = heading.id;
	}
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

if (headings.length > 0) {
	addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)), { passive: true });
	// A jump to a section already on screen scrolls nothing.
	addEventListener('hashchange', mark);
	mark();
}

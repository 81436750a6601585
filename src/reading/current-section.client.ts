/**
 * Marks, in "On this page", the section being read: the last heading above the top third of the
 * window. Only colours change (aria-current), so nothing on the page moves.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
const headings = [...new Set(links.map((link) => link.getAttribute('href')!.slice(1)))]
	.map((id) => document.getElementById(id))
	.filter((heading) => heading !== null);
let queued = 0;

function mark(): void {
	queued = 0;
	let current: string | undefined;
	for (const heading of headings) {
		if (heading.getBoundingClientRect().top > innerHeight / 3) break;
		current = heading.id;
	}
	for (const link of links)
		link.ariaCurrent = link.getAttribute('href') === `#${current}` ? 'location' : null;
}

if (headings.length > 0) {
	addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)), { passive: true });
	mark();
}

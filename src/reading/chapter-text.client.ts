/**
 * Controls added to chapter text. Copy buttons: one on every code block (the chapters' templates
 * and sample replies are ```text blocks) and one beside every section heading, which copies a link
 * to that section written readably (`/炎上-対応/#最初の1時間にやること`, not `%E7%82%8E…`) for
 * chat and mail. Each button goes in a wrapper whose space the stylesheet already reserves, so
 * nothing moves.
 */
// The button texts, in the page's language (data-copy, data-copy-link and data-copied on <body>).
const { copy, copyLink, copied } = document.body.dataset as Record<string, string>;
const copyStatus = document.querySelector('[data-copy-status]');

async function write(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		// No Clipboard API outside HTTPS (an intranet may serve plain HTTP): copy from a selection.
		const area = document.createElement('textarea');
		area.value = text;
		document.body.append(area);
		area.select();
		document.execCommand('copy');
		area.remove();
	}
	// Cleared first, so that a second copy is announced again.
	if (copyStatus) copyStatus.textContent = '';
	setTimeout(() => copyStatus && (copyStatus.textContent = copied), 50);
}

function addButton(target: HTMLElement, kind: string, label: string, text: () => string): void {
	const wrapper = document.createElement('div');
	const button = document.createElement('button');
	wrapper.className = `copy-wrap copy-wrap--${kind}`;
	button.className = `copy-button copy-button--${kind}`;
	button.textContent = kind === 'code' ? label : '#';
	button.ariaLabel = label;
	button.addEventListener('click', () => {
		void write(text()).then(() => {
			button.dataset.copied = '';
			setTimeout(() => delete button.dataset.copied, 2000);
		});
	});
	target.before(wrapper);
	wrapper.append(target, button);
}

for (const block of document.querySelectorAll<HTMLElement>('.prose pre')) {
	addButton(block, 'code', copy, () => block.innerText.replace(/\n$/, ''));
}
for (const heading of document.querySelectorAll<HTMLElement>(
	'.prose :is(h2, h3)[id]:not(.visually-hidden)',
)) {
	addButton(
		heading,
		'link',
		copyLink.replace('{heading}', heading.textContent ?? ''),
		() => `${decodeURI(location.origin + location.pathname)}#${heading.id}`,
	);
}

// A table wider than the screen reads as cards on a phone, as tables of three columns or more
// always do (`table-labels.ts`): two columns of long Japanese phrases, which break only between
// phrases, do not fit either. On a larger screen, such a table breaks its Japanese as ordinary
// Japanese text does, anywhere but before a closing mark (line-break: strict), rather than hide
// its last columns. Wider still, it scrolls inside itself: let the keyboard reach it too. Measured
// again when the window changes (a phone turned), and once the page's fonts have loaded: the
// Japanese font lays a phrase out wider or narrower than the fallback the first measure saw.
const tables = document.querySelectorAll<HTMLElement>('.prose table');
const overflows = (table: HTMLElement) => table.scrollWidth > table.clientWidth;
function fitTables() {
	for (const table of tables) {
		if (overflows(table)) table.classList.add('cards');
		if (overflows(table)) table.style.wordBreak = 'normal';
		if (overflows(table)) table.tabIndex = 0;
		else table.removeAttribute('tabindex');
	}
}
if (tables.length > 0) {
	fitTables();
	addEventListener('resize', fitTables);
	void document.fonts.ready.then(fitTables);
}

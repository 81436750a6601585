/**
 * The phone menu. It is a modal <dialog>, so the browser already keeps focus inside it and closes
 * it on Esc; this opens it, closes it on the back gesture (an entry pushed on open, popped on
 * close) and on a tap outside it, and gives focus back to the menu button.
 */
const menu = document.querySelector<HTMLDialogElement>('[data-menu]');
const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-open]');

if (menu && menuButton) {
	menuButton.addEventListener('click', () => {
		menu.showModal();
		history.pushState({ menu: true }, '');
	});
	// The section of this page a link in the menu jumped to: reading, and the keyboard, go on there.
	let section: HTMLElement | null = null;
	menu.addEventListener('close', () => {
		// Closed by Esc, the close button or a tap outside: drop the entry pushed on open.
		if (history.state?.menu) history.back();
		if (!section) menuButton.focus();
		section = null;
	});
	window.addEventListener('popstate', () => menu.close());
	menu.addEventListener('click', (event) => {
		const target = event.target as Element;
		const link = target.closest('a');
		// A link leaves the page or jumps to a section: keep its history entry, not the menu's.
		if (link) history.replaceState(null, '');
		if (target === menu || link || target.closest('[data-menu-close]')) menu.close();
		if (link?.hash && link.pathname === location.pathname) {
			section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			// After the dialog gave focus back to the menu button; the jump itself scrolls.
			section?.setAttribute('tabindex', '-1');
			section?.focus({ preventScroll: true });
		}
	});
}

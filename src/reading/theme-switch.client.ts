/**
 * The theme menus (header on wide screens, phone menu): show the remembered choice and apply a new
 * one at once. The boot script in `<head>` has already applied it before the first paint. `system`
 * is stored too (and applied as a `data-theme` no rule matches), which keeps this code small.
 */
import { THEME_KEY } from './theme.ts';

const root = document.documentElement;
const menus = document.querySelectorAll<HTMLSelectElement>('[data-theme-switch]');

function apply(theme: string): void {
	root.dataset.theme = theme;
	for (const menu of menus) menu.value = theme;
}

apply(root.dataset.theme || 'system');
for (const menu of menus) {
	menu.addEventListener('change', () => {
		apply(menu.value);
		try {
			localStorage.setItem(THEME_KEY, menu.value);
		} catch {
			// Storage may be off (private mode): the choice then lasts until the page is left.
		}
	});
}

/**
 * The theme menus (header on wide screens, phone menu): show the remembered choice and apply a new
 * one at once. The boot script in `<head>` has already applied it before the first paint.
 */
import { THEME_KEY, type Theme } from './theme.ts';

const root = document.documentElement;
const menus = document.querySelectorAll<HTMLSelectElement>('[data-theme-switch]');

function show(theme: string): void {
	for (const menu of menus) menu.value = theme;
}

show(root.dataset.theme ?? 'system');
for (const menu of menus) {
	menu.addEventListener('change', () => {
		const theme = menu.value as Theme;
		if (theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = theme;
		try {
			if (theme === 'system') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, theme);
		} catch {
			// Storage may be off (private mode): the choice then lasts until the page is left.
		}
		show(theme);
	});
}

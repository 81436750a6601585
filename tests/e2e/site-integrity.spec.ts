import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchCspViolations } from './csp-violations.ts';
import { HandbookPage } from './pages/handbook-page.ts';
import { SearchDialog } from './pages/search-dialog.ts';

/** Every kind of page, in both languages; `search` opens search with results on the page. */
const PAGES: Array<{
	name: string;
	path: string;
	search?: string;
	/** The search finds nothing: the dialog offers its way out instead. */
	nothingFound?: boolean;
	status?: number;
}> = [
	{ name: 'home (ja)', path: '' },
	{ name: 'home (en)', path: 'en/' },
	{ name: 'chapter (ja)', path: 'measurement/' },
	{ name: 'chapter (en)', path: 'en/persona-and-accounts/' },
	{ name: 'chapter with a checklist (ja)', path: 'planning/' },
	{ name: 'crisis guide (ja)', path: 'crisis-quick-guide/' },
	{ name: 'crisis guide (en)', path: 'en/crisis-quick-guide/' },
	{ name: 'search with results (ja)', path: 'planning/', search: '炎上' },
	{ name: 'search with results (en)', path: 'en/planning/', search: 'buying followers' },
	{ name: 'search with nothing found (en)', path: 'en/', search: 'qqxzv', nothingFound: true },
	{ name: 'owners (ja)', path: 'owners/' },
	{ name: 'owners (en)', path: 'en/owners/' },
	{ name: 'review dashboard (ja)', path: 'review/' },
	{ name: 'review dashboard (en)', path: 'en/review/' },
	{ name: '404', path: 'no-such-page/', status: 404 },
];

/**
 * Axe's rules that judge colour (those of its `cat.color` category it runs by default). The light
 * and dark themes differ in colour alone (the stylesheet's `light-dark()` pairs): every other rule
 * gives the same verdict in both.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every axe violation on the page as it is now (of `rules`, or of all), one line each: rule and where. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const results = await (rules ? axe.withRules(rules) : axe).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
}

/**
 * Every axe violation of the page as it is now in the light theme, and every colour violation in
 * the dark one (the page keeps its state: the colours follow the media query, no reload needed).
 */
async function lightAndDarkViolations(page: Page): Promise<string[]> {
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await axeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axeViolations(page, COLOUR_RULES);
	return [...light, ...dark.map((violation) => `(dark) ${violation}`)];
}

async function visit(page: Page, target: (typeof PAGES)[number]): Promise<void> {
	const response = await page.goto(target.path);
	expect(response?.status()).toBe(target.status ?? 200);
	if (target.search) {
		const search = new SearchDialog(page);
		await search.button.click();
		if (target.nothingFound) {
			await search.ask(target.search);
			await expect(search.dialog.locator('.search__help-link--crisis')).toBeVisible();
		} else {
			await search.search(target.search);
		}
	}
}

test.describe('every page type', () => {
	// One visit per page for both checks: each page load with its network settling costs seconds.
	for (const target of PAGES) {
		test(`${target.name} requests nothing from another host, breaks no CSP rule and has no accessibility violations, light or dark`, async ({
			page,
			baseURL,
		}) => {
			const origin = new URL(baseURL!).origin;
			const outside: string[] = [];
			await page.route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
					return route.continue();
				outside.push(url);
				return route.abort();
			});
			const violations = await watchCspViolations(page);
			await visit(page, target);
			await page.waitForLoadState('networkidle');
			expect(outside).toEqual([]);
			expect(violations).toEqual([]);
			expect(
				await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'),
			).toMatch(/default-src 'self'.*script-src 'self' 'wasm-unsafe-eval'/);

			expect(await lightAndDarkViolations(page)).toEqual([]);
		});
	}
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a chapter and its open menu have no accessibility violations, light or dark', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-handling/');
		await handbook.onThisPage.locator('summary').click();
		expect(await lightAndDarkViolations(page)).toEqual([]);
		await handbook.menuButton.click();
		await expect(handbook.menu).toBeVisible();
		expect(await lightAndDarkViolations(page)).toEqual([]);
	});

	test('the review dashboard, as cards, has no accessibility violations', async ({ page }) => {
		await new HandbookPage(page).open('review/');
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('with the keyboard alone', () => {
	async function tabTo(page: Page, selector: string, limit = 15): Promise<boolean> {
		for (let press = 0; press < limit; press++) {
			await page.keyboard.press('Tab');
			if (await page.locator(selector).evaluate((element) => element === document.activeElement))
				return true;
		}
		return false;
	}

	test('a reader reaches the crisis guide, search and the language switch, each with a visible focus', async ({
		page,
	}) => {
		await new HandbookPage(page).open('purpose/');
		for (const selector of ['[data-crisis-link]', '[data-search-open]', '[data-language-switch]']) {
			await page.locator('body').focus();
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			expect(await tabTo(page, selector), selector).toBe(true);
			const outline = await page
				.locator(selector)
				.evaluate((element) => getComputedStyle(element).outlineStyle);
			expect(outline, selector).not.toBe('none');
		}
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/handbook\/en\/purpose\/$/);
	});

	test('the skip link is the first stop and jumps to the content', async ({ page }) => {
		await new HandbookPage(page).open('purpose/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#content$/);
	});
});

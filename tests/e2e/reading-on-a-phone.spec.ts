import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandbookPage } from './pages/handbook-page.ts';
import { SearchDialog } from './pages/search-dialog.ts';

const CONTENT = join(import.meta.dirname, '../../content');
/** Chapters with a Markdown table, by slug (the file name without its number); both languages have them. */
const CHAPTERS_WITH_TABLES = readdirSync(join(CONTENT, 'ja'))
	.filter((file) => /^\|/m.test(readFileSync(join(CONTENT, 'ja', file), 'utf8')))
	.map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
const WIDTHS = [320, 390, 768, 1280] as const;
const LANGUAGES = [
	{ locale: 'ja', prefix: '' },
	{ locale: 'en', prefix: 'en/' },
] as const;
/** Below this width the header folds the chapters into the menu. */
const NARROW = 800;

/** The viewport of a test at `width`: a phone's height below {@link NARROW}. */
const viewportAt = (width: number) => ({ width, height: width < NARROW ? 844 : 900 });

for (const { locale, prefix } of LANGUAGES) {
	// Each page is loaded once and laid out at every width: a resized page is laid out as one
	// opened at that width (media queries, and the tables measured again on resize), and a page
	// load costs far more than a layout.
	test(`(${locale}) at ${WIDTHS.join(', ')} px no page scrolls sideways, no table word is split or wider than its cell, and no table column is off screen`, async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		expect(CHAPTERS_WITH_TABLES.length).toBeGreaterThan(5);
		for (const slug of CHAPTERS_WITH_TABLES) {
			await handbook.open(`${prefix}${slug}/`);
			// Measured in the page's own fonts: a fallback font's wider glyphs, before the Japanese
			// font has loaded, can push a long compound past its card.
			await page.evaluate(() => document.fonts.ready);
			expect(await page.locator('.prose table').count(), slug).toBeGreaterThan(0);
			for (const width of WIDTHS) {
				await page.setViewportSize(viewportAt(width));
				// The resize event, which measures the tables again, comes with the next frame.
				await handbook.nextFrame();
				expect(await handbook.horizontalOverflow(), `${slug} at ${width} px`).toBe(0);
				expect(await handbook.brokenTableWords(), `${slug} at ${width} px`).toEqual([]);
				// Every column is on screen: on a phone wide tables read as a card per row, on a larger
				// screen their Japanese breaks as ordinary Japanese text does.
				expect(await handbook.tableCellsOffScreen(), `${slug} at ${width} px`).toEqual([]);
			}
		}
		for (const path of ['', 'owners/', 'review/', 'changes/']) {
			await handbook.open(`${prefix}${path}`);
			for (const width of WIDTHS) {
				await page.setViewportSize(viewportAt(width));
				expect(await handbook.horizontalOverflow(), `/${path} at ${width} px`).toBe(0);
			}
		}
	});
}

for (const width of WIDTHS) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: viewportAt(width) });

		for (const { locale, prefix } of LANGUAGES) {
			test(`(${locale}) from the middle of a long chapter the crisis guide, search and the chapters are in reach`, async ({
				page,
			}) => {
				const handbook = new HandbookPage(page);
				await handbook.open(`${prefix}crisis-handling/`);
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
				await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
				expect(await handbook.inView(handbook.crisisLink)).toBe(true);
				expect(await handbook.inView(handbook.searchButton)).toBe(true);
				if (width < NARROW) {
					expect(await handbook.inView(handbook.menuButton)).toBe(true);
					await handbook.menuButton.click();
					await expect(handbook.menu.locator('a[aria-current="page"]')).toBeVisible();
				} else {
					await expect(handbook.menuButton).toBeHidden();
					expect(await handbook.inView(handbook.currentSidebarLink)).toBe(true);
				}
				// The header is one row: it never takes more than a sliver of a phone's screen.
				const header = await page.locator('.site-header').boundingBox();
				expect(header!.height).toBeLessThanOrEqual(64);
				// The handbook's name is read whole (its short form where the title does not fit).
				const title = await handbook.shownTitle();
				expect(title.text.length).toBeGreaterThan(2);
				expect(title.cut, `"${title.text}" at ${width} px`).toBe(false);
			});
		}

		test('the search box shows its example whole, never cut off', async ({ page }) => {
			const handbook = new HandbookPage(page);
			const search = new SearchDialog(page);
			for (const { prefix } of LANGUAGES) {
				await handbook.open(`${prefix}purpose/`);
				await search.button.click();
				const {
					example,
					width: shown,
					room,
				} = await search.input.evaluate((input) => {
					const style = getComputedStyle(input);
					const text = document.createElement('canvas').getContext('2d')!;
					text.font = style.font;
					return {
						example: (input as HTMLInputElement).placeholder,
						width: text.measureText((input as HTMLInputElement).placeholder).width,
						room:
							input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
					};
				});
				expect(example.length, `${prefix} at ${width} px`).toBeGreaterThan(4);
				expect(shown, `"${example}" at ${width} px`).toBeLessThanOrEqual(room);
			}
		});

		test('"On this page" is there, marks the section being read, and nothing moves as it does', async ({
			page,
		}) => {
			const handbook = new HandbookPage(page);
			await page.addInitScript(() => {
				(window as unknown as { shifts: number }).shifts = 0;
				new PerformanceObserver((list) => {
					// Shifts right after the reader's own tap (opening the list) are expected ones.
					for (const entry of list.getEntries() as unknown as Array<{
						value: number;
						hadRecentInput: boolean;
					}>)
						if (!entry.hadRecentInput)
							(window as unknown as { shifts: number }).shifts += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await handbook.open('en/planning/');
			const links = handbook.onThisPage.locator('a');
			if (width < 1153) {
				await expect(links.first()).toBeHidden();
				await handbook.onThisPage.locator('summary').click();
			}
			await expect(links.first()).toBeVisible();
			const target = (await links.nth(2).getAttribute('href'))!;
			await links.nth(2).click();
			await expect(handbook.currentSection).toHaveAttribute('href', target);
			await page.mouse.wheel(0, 1500);
			await expect(handbook.currentSection).not.toHaveAttribute('href', target);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
			expect(shifts).toBeLessThan(0.01);
		});
	});
}

// One search, laid out at every width: the dialog's layout is CSS alone (no script measures the
// window), so a resized page shows it as one opened at that width would.
test(`search shows its results in the space the screen has, at ${WIDTHS.join(', ')} px`, async ({
	page,
}) => {
	const handbook = new HandbookPage(page);
	const search = new SearchDialog(page);
	await page.setViewportSize(viewportAt(WIDTHS[0]));
	await handbook.open('planning/');
	await search.button.click();
	await search.search('炎上');
	for (const width of WIDTHS) {
		await page.setViewportSize(viewportAt(width));
		const dialog = (await search.dialog.boundingBox())!;
		const results = (await search.dialog.locator('.search__results').boundingBox())!;
		if (width < 640) {
			expect(dialog.y, `${width} px`).toBe(0);
			expect(dialog.height, `${width} px`).toBe(844);
			// The list takes all the height left, however few results there are; only the way to
			// ask the owner stays pinned under it.
			const help = (await search.dialog.locator('.search__help').boundingBox())!;
			expect(results.y + results.height, `${width} px`).toBeCloseTo(help.y, 0);
			expect(help.y + help.height, `${width} px`).toBeGreaterThan(844 - 8);
			expect(help.height, `${width} px`).toBeLessThan(120);
		} else {
			expect(dialog.y + dialog.height, `${width} px`).toBeLessThanOrEqual(900);
			expect(results.height, `${width} px`).toBeGreaterThan(0);
		}
	}
});

test.describe('the menu on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('opens by touch with the chapters and this chapter’s sections, and a tap outside closes it', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/planning/');
		await handbook.menuButton.tap();
		await expect(handbook.menu).toBeVisible();
		await expect(handbook.menu.locator('a[aria-current="page"]')).toHaveText('Planning with POST');
		await expect(handbook.menu.locator('[data-toc="menu"] a').first()).toBeVisible();
		await expect(handbook.menu.locator('.language-switch a')).toHaveText('日本語');
		await page.touchscreen.tap(380, 400);
		await expect(handbook.menu).toBeHidden();
		await handbook.menuButton.tap();
		await handbook.menu.locator('a', { hasText: 'Measurement' }).tap();
		await expect(page).toHaveURL(/\/handbook\/en\/measurement\/$/);
		await expect(handbook.menu).toBeHidden();
	});

	test('keeps focus inside while open; Esc closes it and focus returns to the menu button', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		await handbook.menuButton.focus();
		await page.keyboard.press('Enter');
		await expect(handbook.menu).toBeVisible();
		const focusable = await handbook.menu.locator('a, button, select').count();
		const outside: string[] = [];
		let backInside = false;
		for (let press = 0; press < focusable + 3; press++) {
			await page.keyboard.press('Tab');
			// Past the last control focus may visit the browser's own toolbar (the body is then the
			// active element), never the page behind the menu.
			const where = await handbook.menu.evaluate((menu) => {
				const active = document.activeElement;
				if (!active || active === document.body) return 'browser';
				return menu.contains(active) ? 'menu' : active.outerHTML.slice(0, 80);
			});
			if (where === 'menu' && press >= focusable) backInside = true;
			else if (where !== 'menu' && where !== 'browser') outside.push(where);
		}
		expect(outside).toEqual([]);
		expect(backInside).toBe(true);
		await page.keyboard.press('Escape');
		await expect(handbook.menu).toBeHidden();
		await expect(handbook.menuButton).toBeFocused();
		// Closing took back the history entry the menu added.
		await expect.poll(() => page.evaluate(() => history.state)).toBeNull();
	});

	test('the back gesture closes the menu and stays on the page', async ({ page }) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/purpose/');
		await handbook.menuButton.tap();
		await expect(handbook.menu).toBeVisible();
		await page.goBack();
		await expect(handbook.menu).toBeHidden();
		await expect(page).toHaveURL(/\/handbook\/en\/purpose\/$/);
		await expect(handbook.menuButton).toBeFocused();
	});

	test('a section picked in the menu scrolls to it and closes the menu', async ({ page }) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-handling/');
		await handbook.menuButton.tap();
		const section = handbook.menu.locator('[data-toc="menu"] a').nth(3);
		const href = (await section.getAttribute('href'))!;
		await section.tap();
		await expect(handbook.menu).toBeHidden();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		expect(await handbook.inView(page.locator(`[id="${href.slice(1)}"]`))).toBe(true);
	});

	test('a section picked in the menu with the keyboard is where Tab goes on from', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-handling/');
		await handbook.menuButton.focus();
		await page.keyboard.press('Enter');
		const section = handbook.menu.locator('[data-toc="menu"] a').nth(3);
		const id = (await section.getAttribute('href'))!.slice(1);
		await section.focus();
		await page.keyboard.press('Enter');
		await expect(handbook.menu).toBeHidden();
		await expect(page.locator(`[id="${id}"]`)).toBeFocused();
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(next, 'the next Tab stop is in the chapter, after the section').toBe(true);
	});
});

test.describe('the crisis guide on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const path of ['crisis-quick-guide/', 'en/crisis-quick-guide/']) {
		test(`/${path} shows the first step without scrolling`, async ({ page }) => {
			const handbook = new HandbookPage(page);
			await handbook.open(path);
			const firstStep = page.locator('.prose ol > li').first();
			expect(await handbook.inView(firstStep)).toBe(true);
		});
	}
});

test.describe('review dates', () => {
	test('readers see no "due soon" hint, the dashboard still marks the chapter due soon', async ({
		page,
	}) => {
		await page.clock.setFixedTime(new Date('2027-04-01T12:00:00'));
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-quick-guide/');
		const notice = page.locator('[data-review-notice]');
		await expect(notice).toHaveAttribute('data-status', 'due-soon');
		await expect(notice).toBeHidden();
		await expect(page.locator('main')).not.toContainText('is due for review');
		await handbook.open('en/review/');
		await expect(
			page.locator('tr[data-chapter="en/crisis-quick-guide"] .status:visible'),
		).toHaveText('Due soon');
	});
});

/** Serves a chapter with a code block added, as chapters with templates and sample replies have. */
async function withCodeBlock(page: Page, path: string, text: string): Promise<void> {
	await page.route(`**/handbook/${path}`, async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(
			/<div class="prose"[^>]*>/,
			(prose) => `${prose}<pre data-language="text"><code>${text}</code></pre>`,
		);
		await route.fulfill({ response, body });
	});
}

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a heading’s copy button copies a readable link to its section', async ({
		page,
		baseURL,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('crisis-quick-guide/');
		const heading = page.locator('.prose h2').first();
		const id = (await heading.getAttribute('id'))!;
		expect(id).toMatch(/[^\x00-\x7f]/);
		await page.locator('.copy-wrap--link').first().locator('button').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}crisis-quick-guide/#${id}`);
		expect(copied).not.toContain('%');
		await expect(page.locator('[data-copy-status]')).toHaveText('コピーしました');
	});

	test('every code block has a copy button that copies exactly its text', async ({ page }) => {
		const reply = 'ご指摘ありがとうございます。\n現在、事実を確認しています。';
		await withCodeBlock(page, 'en/crisis-quick-guide/', reply);
		await new HandbookPage(page).open('en/crisis-quick-guide/');
		const button = page.locator('.copy-wrap--code button');
		await expect(button).toHaveText('Copy');
		await button.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
		await expect(button).toHaveAttribute('data-copied', '');
	});
});

test.describe('theme', () => {
	test('the reader’s choice is applied at once and on the next page before any script runs', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/purpose/');
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.locator('.site-header [data-theme-switch]').selectOption('dark');
		expect(await background()).toBe('rgb(22, 24, 28)');
		// With the site's scripts blocked, only the inline head script can apply the theme.
		await page.route('**/_astro/*.js', (route) => route.abort());
		await handbook.open('en/measurement/');
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(await background()).toBe('rgb(22, 24, 28)');
		await page.unroute('**/_astro/*.js');
		await handbook.open('en/measurement/');
		await expect(page.locator('.site-header [data-theme-switch]')).toHaveValue('dark');
		await page.locator('.site-header [data-theme-switch]').selectOption('system');
		await handbook.open('en/purpose/');
		expect(await background()).toBe('rgb(255, 255, 255)');
	});

	test('the crisis link stays red in the dark', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		expect(
			await handbook.crisisLink.evaluate((link) => getComputedStyle(link).backgroundColor),
		).toBe('rgb(179, 38, 30)');
	});
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('back to top stays off the text while reading down, appears scrolling back up and at the end, a thumb-sized arrow, and returns to the top', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-handling/');
		const backToTop = page.locator('[data-back-to-top]');
		await expect(backToTop).toBeHidden();
		// Each scroll's event is handled before the next scroll: two scrolls within one frame
		// would reach the page as one, from the first position to the last.
		const scrollTo = async (y: number) => {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await handbook.nextFrame();
		};
		const middle = await page.evaluate(() => document.documentElement.scrollHeight / 2);
		await scrollTo(middle);
		await expect(backToTop).toBeHidden();
		await scrollTo(middle - 200);
		await expect(backToTop).toBeVisible();
		await scrollTo(middle);
		await expect(backToTop).toBeHidden();
		await scrollTo(middle * 2);
		await expect(backToTop).toBeVisible();
		// Floating over the text, it covers no more than a touch target needs.
		const box = await backToTop.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(48);
		expect(box!.height).toBeLessThanOrEqual(48);
		await expect(backToTop).toHaveAccessibleName(/Back to top/);
		await backToTop.click();
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('e-mail addresses never break at a hyphen: at most before their @', async ({ page }) => {
		const handbook = new HandbookPage(page);
		for (const path of ['en/owners/', 'en/contact-sheet/']) {
			await handbook.open(path);
			const mail = page.locator('a[href^="mailto:"]');
			expect(await mail.count(), path).toBeGreaterThan(0);
			// The text of each address, line by line as laid out.
			const lines = await mail.evaluateAll((links) =>
				links.map((link) => {
					const range = document.createRange();
					const text = link.textContent ?? '';
					const rows = new Map<number, string>();
					const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						for (let index = 0; index < (node.textContent ?? '').length; index++) {
							range.setStart(node, index);
							range.setEnd(node, index + 1);
							const top = Math.round(range.getBoundingClientRect().top);
							rows.set(top, (rows.get(top) ?? '') + node.textContent![index]);
						}
					}
					return { text, rows: [...rows.values()].map((row) => row.trim()).filter(Boolean) };
				}),
			);
			for (const { text, rows } of lines) {
				expect(rows.length, text).toBeLessThanOrEqual(2);
				if (rows.length === 2) expect(rows[1], text).toMatch(/^@/);
			}
		}
	});

	test('the review table shows every chapter’s status without scrolling sideways', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('review/');
		const statuses = page.locator('.review-table tbody tr .status:visible');
		expect(await statuses.count()).toBe(await page.locator('.review-table tbody tr').count());
		const rightEdges = await statuses.evaluateAll((pills) =>
			pills.map((pill) => pill.getBoundingClientRect().right),
		);
		expect(Math.max(...rightEdges)).toBeLessThanOrEqual(390);
		expect(await handbook.horizontalOverflow()).toBe(0);
	});
});

test.describe('Japanese typography', () => {
	test('ja pages put Japanese fonts first, break between phrases and use full-width punctuation', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		const style = await page.evaluate(() => {
			const computed = getComputedStyle(document.querySelector('main p')!);
			return { font: computed.fontFamily, wordBreak: computed.wordBreak };
		});
		expect(style.font).toMatch(/^"?Hiragino Sans/);
		expect(style.wordBreak).toBe('auto-phrase');
		const labels = await page.locator('.chapter-meta dt').allTextContents();
		expect(labels.every((label) => label.endsWith('：'))).toBe(true);
		await expect(page.locator('.chapter-meta__team')).toHaveText(/^（.+）$/);

		await handbook.open('en/purpose/');
		expect(
			await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily),
		).toMatch(/^system-ui/);
	});
});

test.describe('printing', () => {
	test('the printable edition has a way back and a print button on screen, neither on paper', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/print/');
		await expect(page.locator('[data-print-back]')).toHaveAttribute('href', '/handbook/en/');
		await expect(page.locator('[data-print-button]')).toBeVisible();
		await page.evaluate(() => {
			(window as unknown as { printed: boolean }).printed = false;
			window.print = () => ((window as unknown as { printed: boolean }).printed = true);
		});
		await page.locator('[data-print-button]').click();
		expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(
			true,
		);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-button]')).toBeHidden();
		await expect(page.locator('[data-print-back]')).toBeHidden();
	});

	test('on a 320 px phone the printable edition’s title keeps each katakana word on one line', async ({
		page,
	}) => {
		await page.setViewportSize(viewportAt(320));
		const handbook = new HandbookPage(page);
		await handbook.open('print/');
		const linesPerWord = await page.locator('[data-print-cover] h1').evaluate((heading) => {
			const text = heading.firstChild!;
			return [...text.textContent!.matchAll(/[\p{Script=Katakana}ー]+/gu)].map((word) => {
				const range = document.createRange();
				range.setStart(text, word.index);
				range.setEnd(text, word.index + word[0].length);
				const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
				return `${word[0]} ${lines.size}`;
			});
		});
		expect(linesPerWord.length).toBeGreaterThan(0);
		expect(linesPerWord.filter((word) => !word.endsWith(' 1'))).toEqual([]);
	});

	test('a reader who chose the dark theme still prints on white', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('handbook-theme', 'dark'));
		const handbook = new HandbookPage(page);
		await handbook.open('en/measurement/');
		const colours = () =>
			page.evaluate(() =>
				['body', '.chapter-meta', '.prose th'].map(
					(selector) => getComputedStyle(document.querySelector(selector)!).backgroundColor,
				),
			);
		expect(await colours()).toEqual(['rgb(22, 24, 28)', 'rgb(31, 34, 40)', 'rgb(31, 34, 40)']);
		await page.emulateMedia({ media: 'print' });
		expect(await colours()).toEqual([
			'rgb(255, 255, 255)',
			'rgb(244, 245, 247)',
			'rgb(244, 245, 247)',
		]);
	});

	test('printed pages carry page numbers and the handbook’s title as a running heading', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/measurement/');
		const margins = await page.evaluate(() =>
			[...document.styleSheets]
				.flatMap((sheet) => [...sheet.cssRules])
				.filter((rule) => rule instanceof CSSPageRule)
				.map((rule) => rule.cssText)
				.join('\n'),
		);
		expect(margins).toMatch(/@bottom-center\s*\{[^}]*counter\(page\)/);
		// The running heading is a file of the site's own (no inline CSS for a policy to allow):
		// the handbook's title, the same on every printed sheet of a language.
		expect(margins).toContain('"Social Media Guidelines"');
	});
});

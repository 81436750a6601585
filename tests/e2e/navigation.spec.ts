import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import type { LocalizedText } from '../../src/config/handbook-config.ts';
import { localize } from '../../src/utils/localize.ts';
import { HandbookPage } from './pages/handbook-page.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const handbookOnDisk = loadHandbook(CONTENT);
const frontmatterOf = (path: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, path), 'utf8'))![1]!) as Record<
		string,
		string
	>;
const inLocale = (text: LocalizedText, locale: 'ja' | 'en') => localize(text, locale, 'ja');

/**
 * Clicks an element of the sticky header where it is on screen, as a reader does: Playwright's
 * own click first scrolls the page to where the header would be if it did not stick.
 */
async function clickOnScreen(page: Page, target: Locator): Promise<void> {
	const box = (await target.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Scrolls the nth section of "On this page" to the top, as reading down to it does. */
const readSection = (page: Page, index: number) =>
	page.evaluate(async (nth) => {
		// Scrolled once the fonts have laid the page out, as a reader's scrolling is.
		await document.fonts.ready;
		const link = [...document.querySelectorAll('[data-toc] a')][nth]!;
		document
			.getElementById(link.getAttribute('href')!.slice(1))!
			.scrollIntoView({ behavior: 'instant' });
	}, index);

/**
 * Whether the page opened at the nth section of "On this page": its address names the section
 * and its heading is at the top of the screen.
 */
const openedAtSection = (page: Page, index: number) =>
	page.evaluate((nth) => {
		const href = [...document.querySelectorAll('[data-toc] a')][nth]!.getAttribute('href')!;
		const top = document.getElementById(href.slice(1))!.getBoundingClientRect().top;
		return decodeURIComponent(location.hash) === href && top >= 0 && top < innerHeight / 3;
	}, index);

test.describe('reading the handbook', () => {
	test('the home page lists every chapter in the sidebar order, crisis guide first', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('');
		const listed = await handbook.homeChapterLinks.allTextContents();
		expect(listed.length).toBeGreaterThanOrEqual(2);
		expect(listed).toEqual(await handbook.sidebarLinks.allTextContents());
		expect(listed[0]).toBe('炎上・緊急時クイックガイド');
	});

	test('a chapter shows its owner and review dates under the title', async ({ page }) => {
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		await expect(handbook.heading).toHaveText('目的と適用範囲');
		const owner = handbookOnDisk.owners.find(
			(each) => each.id === frontmatterOf('ja/01-purpose.mdx').owner,
		);
		await expect(handbook.owner).toContainText(inLocale(owner!.name, 'ja'));
		await expect(handbook.reviewed).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		await expect(handbook.reviewDue).toBeVisible();
	});

	test('the sidebar and previous/next links move through the chapters in order', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('');
		const titles = await handbook.sidebarLinks.allTextContents();
		await handbook.sidebarLinks.first().click();
		await expect(handbook.heading).toHaveText(titles[0]!);
		await expect(handbook.currentSidebarLink).toHaveText(titles[0]!);
		await expect(handbook.previousLink).toHaveCount(0);

		await handbook.nextLink.click();
		await expect(handbook.heading).toHaveText(titles[1]!);
		await expect(handbook.currentSidebarLink).toHaveText(titles[1]!);

		await handbook.previousLink.click();
		await expect(handbook.heading).toHaveText(titles[0]!);
	});

	test('the language switch opens the same chapter in the other language and back', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		await handbook.languageSwitch.click();
		await expect(page).toHaveURL(/\/handbook\/en\/purpose\/$/);
		expect(await handbook.lang()).toBe('en');
		await expect(handbook.heading).toHaveText('Purpose and scope');

		await handbook.languageSwitch.click();
		await expect(page).toHaveURL(/\/handbook\/purpose\/$/);
		expect(await handbook.lang()).toBe('ja');
	});

	test('the language switch keeps the section being read, in both directions', async ({ page }) => {
		const handbook = new HandbookPage(page);
		const switchLanguage = () => clickOnScreen(page, handbook.languageSwitch);

		await handbook.open('crisis-handling/');
		// Found by its heading, so a subsection added earlier in the chapter moves it harmlessly.
		const howToAnswer = await page
			.locator('[data-toc] a')
			.evaluateAll((links) => links.findIndex((link) => /答え方/.test(link.textContent ?? '')));
		expect(howToAnswer).toBeGreaterThan(0);
		await readSection(page, howToAnswer);
		await switchLanguage();
		await expect(page).toHaveURL(/\/handbook\/en\/crisis-handling\/#/);
		expect(await openedAtSection(page, howToAnswer)).toBe(true);
		await expect(page.locator('[data-toc="page"] a[aria-current="location"]')).toHaveText(
			/how to answer/i,
		);

		await readSection(page, 2);
		await switchLanguage();
		await expect(page).toHaveURL(/\/handbook\/crisis-handling\/#/);
		expect(await openedAtSection(page, 2)).toBe(true);
	});

	test('a checklist is ticked by tapping its line, stays ticked on the next visit, and clears', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/planning/');
		const checklist = page.locator('main .contains-task-list').first();
		const boxes = checklist.getByRole('checkbox');
		const clear = page.getByRole('button', { name: 'Clear ticks' }).first();
		expect(await boxes.count()).toBeGreaterThan(2);
		await expect(clear).toBeHidden();
		await checklist.locator('label').nth(1).click();
		await boxes.nth(2).focus();
		await page.keyboard.press('Space');
		await expect(clear).toBeVisible();

		await page.reload();
		await expect(boxes.nth(0)).not.toBeChecked();
		await expect(boxes.nth(1)).toBeChecked();
		await expect(boxes.nth(2)).toBeChecked();
		await clear.click();
		for (const box of await boxes.all()) await expect(box).not.toBeChecked();
		await expect(clear).toBeHidden();
		await expect(boxes.first()).toBeFocused();
		await page.reload();
		await expect(boxes.nth(1)).not.toBeChecked();
	});

	for (const [locale, home, guide, title] of [
		['ja', '', '/handbook/crisis-quick-guide/', '炎上・緊急時クイックガイド'],
		['en', 'en/', '/handbook/en/crisis-quick-guide/', 'Crisis quick guide'],
	] as const) {
		test(`every page (${locale}) has the crisis guide one click away`, async ({ page }) => {
			// It opens every page of the language, one after another.
			test.slow();
			const handbook = new HandbookPage(page);
			await handbook.open(home);
			const paths = await handbook.sidebarLinks.evaluateAll((links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
			);
			for (const path of [`/handbook/${home}`, ...paths, '/handbook/no-such-page/']) {
				await page.goto(path);
				await expect(handbook.crisisLink, path).toBeVisible();
				await expect(handbook.crisisLink, path).toHaveAttribute(
					'href',
					path === '/handbook/no-such-page/' ? '/handbook/crisis-quick-guide/' : guide,
				);
			}
			await page.goto(`/handbook/${home}`);
			await handbook.crisisLink.click();
			await expect(handbook.heading).toHaveText(title);
		});
	}

	test('an unknown address shows the 404 page in both languages', async ({ page }) => {
		const response = await page.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('ページが見つかりません');
		await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
	});
});

test.describe('on a 360 px wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the language switch in the menu keeps the section being read', async ({ page }) => {
		const handbook = new HandbookPage(page);
		await handbook.open('en/crisis-handling/');
		await readSection(page, 3);
		await clickOnScreen(page, handbook.menuButton);
		// In the menu, a dialog above the page: clicking in it scrolls no more than the menu.
		await handbook.menu.locator('.language-switch a').click();
		await expect(page).toHaveURL(/\/handbook\/crisis-handling\/#/);
		expect(await openedAtSection(page, 3)).toBe(true);
	});

	test('the home pages, chapters, crisis guide and 404 page do not scroll sideways', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		for (const path of [
			'',
			'purpose/',
			'crisis-quick-guide/',
			'en/',
			'en/purpose/',
			'no-such-page/',
		]) {
			await page.goto(path);
			expect(await handbook.horizontalOverflow(), `/${path}`).toBe(0);
			await expect(handbook.crisisLink, `/${path}`).toBeVisible();
		}
	});

	test('the chapter list is in the menu, out of the way until the reader opens it', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		await handbook.open('purpose/');
		await expect(handbook.sidebarLinks.first()).toBeHidden();
		const menuLinks = handbook.menu.locator('.sidebar__list a');
		await expect(menuLinks.first()).toBeHidden();
		await handbook.menuButton.click();
		await expect(menuLinks.first()).toBeVisible();
		expect(await menuLinks.allTextContents()).toEqual(
			await handbook.sidebarLinks.allTextContents(),
		);
	});
});

test('on a desktop the chapter list is always shown', async ({ page }) => {
	const handbook = new HandbookPage(page);
	await handbook.open('purpose/');
	await expect(handbook.sidebarLinks.first()).toBeVisible();
	await expect(page.locator('[data-sidebar] summary')).toBeHidden();
});

test('a section near the end, jumped to, is the one "On this page" marks', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await new HandbookPage(page).open('crisis-quick-guide/#してはいけないこと');
	const current = page.locator('[data-toc="page"] a[aria-current="location"]');
	await expect(current).toHaveText('してはいけないこと');
	// Read on from there by scrolling, and the mark follows the reading again.
	await page.mouse.wheel(0, -600);
	await expect(current).toHaveCount(1);
	await expect(current).not.toHaveText('してはいけないこと');
});

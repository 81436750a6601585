import { expect, type Locator, type Page } from '@playwright/test';

/** A page of the handbook as a reader sees it: header, sidebar, chapter and navigation. */
export class HandbookPage {
	readonly crisisLink: Locator;
	readonly languageSwitch: Locator;
	readonly heading: Locator;
	readonly sidebarLinks: Locator;
	readonly currentSidebarLink: Locator;
	readonly homeChapterLinks: Locator;
	readonly previousLink: Locator;
	readonly nextLink: Locator;
	readonly owner: Locator;
	readonly reviewed: Locator;
	readonly reviewDue: Locator;
	readonly searchButton: Locator;
	readonly menuButton: Locator;
	readonly menu: Locator;
	readonly onThisPage: Locator;
	readonly currentSection: Locator;

	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
		this.crisisLink = page.locator('[data-crisis-link]');
		this.languageSwitch = page.locator('[data-language-switch]');
		this.heading = page.locator('main h1');
		this.sidebarLinks = page.locator('[data-sidebar] nav a');
		this.currentSidebarLink = page.locator('[data-sidebar] a[aria-current="page"]');
		this.homeChapterLinks = page.locator('[data-chapter-list] li > a');
		this.previousLink = page.locator('a[rel="prev"]');
		this.nextLink = page.locator('a[rel="next"]');
		this.owner = page.locator('[data-owner]');
		this.reviewed = page.locator('[data-reviewed]');
		this.reviewDue = page.locator('[data-review-due]');
		this.searchButton = page.locator('[data-search-open]');
		this.menuButton = page.locator('[data-menu-open]');
		this.menu = page.locator('dialog[data-menu]');
		this.onThisPage = page.locator('[data-toc="page"]');
		this.currentSection = this.onThisPage.locator('a[aria-current="location"]');
	}

	/** Whether the element is on screen now: inside the viewport and not hidden. */
	inView(locator: Locator): Promise<boolean> {
		return locator.evaluate((element) => {
			const box = element.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
		});
	}

	/**
	 * The body cells of the page's tables that stand off the screen, to be scrolled to sideways,
	 * each as "column name: text".
	 */
	tableCellsOffScreen(): Promise<string[]> {
		return this.page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.prose td')]
				.filter((cell) => {
					const box = cell.getBoundingClientRect();
					const table = cell.closest('table')!.getBoundingClientRect();
					return box.right > Math.min(table.right, window.innerWidth) + 1;
				})
				.map((cell) => `${cell.dataset.label ?? ''}: ${cell.textContent?.trim() ?? ''}`),
		);
	}

	/** Every word of every table cell that the browser split across lines or that overflows its cell. */
	brokenTableWords(): Promise<string[]> {
		return this.page.evaluate(() => {
			const broken: string[] = [];
			for (const cell of document.querySelectorAll<HTMLElement>('.prose :is(td, th)')) {
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (const match of text.matchAll(/[A-Za-z0-9@._'’]{2,}/g)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
						const lines = new Set(rects.map((rect) => Math.round(rect.top)));
						const width = range.getBoundingClientRect().width;
						if (lines.size > 1 || width > cell.clientWidth) broken.push(match[0]);
					}
				}
			}
			return broken;
		});
	}

	/** Opens a page by its path below the base, e.g. `''` or `en/purpose/`. */
	async open(path: string): Promise<void> {
		const response = await this.page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
	}

	/** The page's text direction and language as the browser sees them. */
	lang(): Promise<string | null> {
		return this.page.locator('html').getAttribute('lang');
	}

	/** Waits until the service worker has cached the site and controls the page. */
	async waitForOfflineReady(): Promise<void> {
		await this.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
				);
			}
		});
	}

	/** How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways). */
	/**
	 * The header's title as shown, and whether the browser cut it short (an ellipsis, a clamped
	 * line, or a word broken inside).
	 */
	shownTitle(): Promise<{ text: string; cut: boolean }> {
		return this.page.locator('.site-title').evaluate((title) => {
			const shown =
				[...title.querySelectorAll<HTMLElement>(':scope > span')].find(
					(span) => getComputedStyle(span).display !== 'none',
				) ?? title;
			const range = document.createRange();
			range.selectNodeContents(shown);
			const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
			const lines = Math.round(range.getBoundingClientRect().height / lineHeight);
			const words = shown.textContent!.trim().split(/\s+/).length;
			return {
				text: shown.textContent!.trim(),
				cut:
					title.scrollWidth > title.clientWidth ||
					// A clamped line overflows by a whole line; glyphs taller than the line box by less.
					title.scrollHeight > title.clientHeight + lineHeight / 2 ||
					lines > words,
			};
		});
	}

	/**
	 * Waits until the page has drawn its next frame: the resize and scroll events of a change made
	 * just before have then been handled (two changes in one frame reach the page as one).
	 */
	async nextFrame(): Promise<void> {
		await this.page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
	}

	horizontalOverflow(): Promise<number> {
		return this.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
	}
}

import type { Locator, Page } from '@playwright/test';

/** The review notice under a chapter title, and the owners and review pages' tables. */
export class ReviewPages {
	readonly page: Page;
	readonly notice: Locator;
	readonly rows: Locator;
	readonly editLink: Locator;

	constructor(page: Page) {
		this.page = page;
		this.notice = page.locator('[data-review-notice]');
		this.rows = page.locator('[data-review-table] tbody tr, .review-table tbody tr');
		this.editLink = page.locator('[data-edit-link]');
	}

	/** Freezes the browser's clock at noon on `date` before the page loads. */
	async freezeDate(date: string): Promise<void> {
		await this.page.clock.setFixedTime(new Date(`${date}T12:00:00`));
	}

	/** The row of the chapter with this id (`ja/crisis-handling`). */
	row(chapterId: string): Locator {
		return this.page.locator(`tr[data-chapter="${chapterId}"]`);
	}

	/** The status label visible in a row. */
	visibleStatus(chapterId: string): Locator {
		return this.row(chapterId).locator('.status:visible').first();
	}
}

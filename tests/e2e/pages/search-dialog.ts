import type { Locator, Page } from '@playwright/test';

/** The search button in the header and the dialog it opens. */
export class SearchDialog {
	readonly page: Page;
	readonly button: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly results: Locator;
	readonly activeResult: Locator;
	readonly status: Locator;

	constructor(page: Page) {
		this.page = page;
		this.button = page.locator('[data-search-open]');
		this.dialog = page.locator('dialog.search');
		this.input = this.dialog.locator('input[type="search"]');
		this.results = this.dialog.locator('[role="option"]');
		this.activeResult = this.dialog.locator('[role="option"][aria-selected="true"]');
		this.status = this.dialog.locator('[role="status"]');
	}

	/** Types a query the way a person does, and waits for results to show. */
	async search(query: string): Promise<void> {
		await this.input.fill(query);
		await this.results.first().waitFor();
	}

	/**
	 * Closes search with Esc and waits until the history entry pushed on open is gone: closing goes
	 * Back, and a navigation started before that Back lands would be undone by it.
	 */
	async close(): Promise<void> {
		await this.page.keyboard.press('Escape');
		await this.dialog.waitFor({ state: 'hidden' });
		await this.page.waitForFunction(() => !history.state?.searchOpen);
	}

	/** Types a query and waits until search has answered it, whether or not it found anything. */
	async ask(query: string): Promise<void> {
		await this.input.fill(query);
		await this.page.waitForFunction(
			(asked) => document.querySelector<HTMLElement>('dialog.search')?.dataset.answered === asked,
			query,
		);
	}
}

import type { Locator, Page } from '@playwright/test';

/** The contact sheet a chapter renders with `<ContactSheet roles="…">`. */
export class ContactSheet {
	readonly page: Page;
	readonly entries: Locator;
	readonly note: Locator;

	constructor(page: Page) {
		this.page = page;
		this.entries = page.locator('[data-contact-sheet] li[data-contact]');
		this.note = page.locator('[data-contact-sheet] .contact-sheet__note');
	}

	/** The owner ids in the order the sheet lists them. */
	order(): Promise<Array<string | null>> {
		return this.entries.evaluateAll((items) =>
			items.map((item) => item.getAttribute('data-contact')),
		);
	}

	/** One owner's entry. */
	entry(id: string): Locator {
		return this.page.locator(`[data-contact-sheet] li[data-contact="${id}"]`);
	}
}

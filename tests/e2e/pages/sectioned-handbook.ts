import type { Locator, Page } from '@playwright/test';

/** The parts of a sectioned handbook a reader finds their way by: folded sections and filters. */
export class SectionedHandbook {
	readonly page: Page;
	/** The sections of the wide-screen sidebar. */
	readonly sidebarSections: Locator;
	/** The sections of the phone menu. */
	readonly menuSections: Locator;
	readonly menuButton: Locator;
	readonly sectionCards: Locator;
	readonly filters: Locator;
	readonly visibleRows: Locator;
	/** The section titles between rows while the dashboard is sorted by section. */
	readonly visibleGroups: Locator;
	readonly shown: Locator;

	constructor(page: Page) {
		this.page = page;
		this.sidebarSections = page.locator('[data-sidebar] details.sidebar__section');
		this.menuSections = page.locator('dialog[data-menu] details.sidebar__section');
		this.menuButton = page.locator('[data-menu-open]');
		this.sectionCards = page.locator('[data-section-grid] .section-card');
		this.filters = page.locator('[data-review-filters]');
		this.visibleRows = page.locator('[data-review-table] tbody tr[data-chapter]:visible');
		this.visibleGroups = page.locator('[data-review-table] tbody tr[data-group]:visible');
		this.shown = page.locator('[data-review-shown]');
	}

	/** A filter's select: `owner`, `status` or `section`. */
	filter(name: 'owner' | 'status' | 'section'): Locator {
		return this.filters.locator(`select[name="${name}"]`);
	}

	/** The count a status shows above the table. */
	count(status: 'ok' | 'due-soon' | 'overdue' | 'behind'): Locator {
		return this.page.locator(`[data-count="${status}"]`);
	}

	/** How much wider than the screen the page is (0 when nothing sticks out sideways). */
	overflow(): Promise<number> {
		return this.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
	}
}

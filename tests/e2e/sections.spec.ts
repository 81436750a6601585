import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateHandbook } from '../../scripts/lib/generate-handbook.ts';
import { startPreview } from '../../scripts/lib/preview-server.ts';
import { runNode } from '../build/build-fixture.ts';
import { SectionedHandbook } from './pages/sectioned-handbook.ts';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Beside the main test server's port, so that runs with another E2E_PORT do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4391) + 3;
/** The handbook and its build: made by the worker that runs these tests (not by every process
 * that loads this file), removed after them. */
let work: string | undefined;
let server: { url: string; stop: () => void } | undefined;

test.describe.configure({ mode: 'serial' });

// 96 chapters a language, more than the sidebar lists unfolded, in 12 sections of 8 (the last
// one not listed in handbook.yaml).
test.beforeAll(async () => {
	test.setTimeout(300_000);
	work = mkdtempSync(join(tmpdir(), 'handbook-sections-e2e-'));
	const env = {
		...process.env,
		HANDBOOK_DIR: join(work, 'handbook'),
		HANDBOOK_OUT_DIR: join(work, 'dist'),
		HANDBOOK_BASE: '/',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	generateHandbook(env.HANDBOOK_DIR, { chapters: 192, sections: 12, bytesPerChapter: 1200 });
	const result = runNode([ASTRO, 'build'], { env });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
	server = await startPreview(PORT, env);
});

test.afterAll(() => {
	server?.stop();
	if (work) rmSync(work, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, server!.url).href;

test.describe('a large handbook in sections', () => {
	test('the sidebar opens the current section only, and a folded one opens by keyboard', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const handbook = new SectionedHandbook(page);
		await page.goto(url('section-03/chapter-0020/'));
		await expect(handbook.sidebarSections).toHaveCount(12);
		await expect(page.locator('[data-sidebar] details.sidebar__section[open]')).toHaveCount(1);
		const current = handbook.sidebarSections.nth(2);
		await expect(current).toHaveAttribute('open', '');
		await expect(current.locator('a[aria-current="page"]')).toBeVisible();
		// The twelfth section is not listed in handbook.yaml: titled from its id, last.
		await expect(handbook.sidebarSections.last().locator('summary')).toContainText('Section 12');

		const fourth = handbook.sidebarSections.nth(3);
		await fourth.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(fourth).toHaveAttribute('open', '');
		await expect(fourth.locator('a').first()).toBeVisible();
		// Its link to all of its chapters opens that section's card on the home page.
		await fourth.locator('a.sidebar__more').click();
		await expect(page).toHaveURL(/#section-section-04$/);
		await expect(page.locator('#section-section-04 a').first()).toBeVisible();
	});

	for (const width of [320, 390]) {
		test(`on a ${width} px phone the menu folds sections, and the home page is a screen of cards`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 780 });
			const handbook = new SectionedHandbook(page);
			await page.goto(url('en/section-07/chapter-0050/'));
			await handbook.menuButton.click();
			await expect(handbook.menuSections).toHaveCount(12);
			const open = page.locator('dialog[data-menu] details.sidebar__section[open]');
			await expect(open).toHaveCount(1);
			await expect(open.locator('a[aria-current="page"]')).toBeVisible();
			await handbook.menuSections.first().locator('summary').click();
			await expect(handbook.menuSections.first().locator('a').first()).toBeVisible();
			expect(await handbook.overflow()).toBe(0);

			await page.goto(url('en/'));
			await expect(handbook.sectionCards).toHaveCount(12);
			// A screen or two of cards, not a list of every chapter.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height).toBeLessThan(2500);
			const card = handbook.sectionCards.nth(1);
			await card.locator('summary').click();
			await expect(card.locator('li')).toHaveCount(8);
			expect(await handbook.overflow()).toBe(0);
		});
	}

	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 780 }],
	] as const) {
		test(`the review dashboard counts statuses and filters by keyboard (${name})`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			// Reviews of 2026 held 12 months: some are overdue by then.
			await page.clock.setFixedTime(new Date('2027-03-01T12:00:00'));
			const handbook = new SectionedHandbook(page);
			await page.goto(url('en/review/'));
			await expect(handbook.filters).toBeVisible();
			await expect(handbook.visibleRows).toHaveCount(192);
			const overdue = Number(await handbook.count('overdue').textContent());
			expect(overdue).toBeGreaterThan(0);
			expect(overdue).toBeLessThan(192);

			await handbook.filter('status').focus();
			await handbook.filter('status').selectOption('overdue');
			await expect(handbook.visibleRows).toHaveCount(overdue);
			await expect(handbook.count('ok')).toHaveText('0');
			await expect(handbook.shown).toHaveText(`${overdue} of 192 chapters shown`);

			await handbook.filter('section').focus();
			await page.keyboard.press('ArrowDown');
			await expect(handbook.filter('section')).toHaveValue('section-01');
			const inSection = await handbook.visibleRows.count();
			expect(inSection).toBeLessThan(overdue);
			for (const section of await handbook.visibleRows.evaluateAll((rows) =>
				rows.map((row) => (row as HTMLElement).dataset.section),
			)) {
				expect(section).toBe('section-01');
			}
			await expect(page).toHaveURL(/\?status=overdue&section=section-01$/);
			expect(await handbook.overflow()).toBe(0);

			// The address keeps the filter: a reload, or a link sent to an owner, shows the same rows.
			await page.reload();
			await expect(handbook.filter('status')).toHaveValue('overdue');
			await expect(handbook.visibleRows).toHaveCount(inSection);

			// Sorted by section, each section's title heads its rows; a filter hides empty ones.
			await page.locator('[data-sort="section"]').click();
			await expect(handbook.visibleGroups).toHaveText(['Approving posts (1)']);
			await handbook.filter('section').selectOption('*');
			await expect(handbook.visibleGroups.first()).toHaveText('Approving posts (1)');
			await expect(handbook.visibleGroups.last()).toHaveText('Section 12');
			await expect(handbook.visibleRows).toHaveCount(overdue);
		});
	}
});

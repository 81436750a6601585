import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandbookPage } from './pages/handbook-page.ts';
import { ReviewPages } from './pages/review-pages.ts';

const CONTENT = join(import.meta.dirname, '../../content');
/** The `owner` of every shipped chapter file, in both languages. */
const chapterOwners = ['ja', 'en'].flatMap((locale) =>
	readdirSync(join(CONTENT, locale))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => /^owner: (.+)$/m.exec(readFileSync(join(CONTENT, locale, name), 'utf8'))?.[1]),
);

// The shipped crisis chapters were reviewed on 2026-10-20 every 6 months: due 2027-04-20.
// "Purpose and scope" was reviewed on 2026-10-01 every 12 months: due 2027-10-01.

test.describe('review dates as readers see them', () => {
	test('an overdue chapter shows a banner naming the due date and the owner, judged in the browser', async ({
		page,
	}) => {
		const review = new ReviewPages(page);
		await review.freezeDate('2027-05-01');
		await new HandbookPage(page).open('crisis-handling/');
		await expect(review.notice).toBeVisible();
		await expect(review.notice).toContainText('2027年4月20日');
		await expect(review.notice.locator('a:visible')).toHaveText('広報マネージャー');
		await expect(review.notice.locator('a:visible')).toHaveAttribute(
			'href',
			'mailto:pr@example.co.jp',
		);
	});

	test('a current chapter shows no banner', async ({ page }) => {
		const review = new ReviewPages(page);
		await review.freezeDate('2027-05-01');
		await new HandbookPage(page).open('purpose/');
		await expect(review.notice).toBeHidden();
	});

	test('a chapter within 30 days of its due date shows readers no hint: "due soon" is for writers', async ({
		page,
	}) => {
		const review = new ReviewPages(page);
		await review.freezeDate('2027-04-01');
		await new HandbookPage(page).open('en/crisis-handling/');
		await expect(review.notice).toHaveAttribute('data-status', 'due-soon');
		await expect(review.notice).toBeHidden();
		await expect(review.notice.locator('[data-when="due-soon"]')).toHaveCount(0);
	});

	test('every chapter links to where a change can be proposed', async ({ page }) => {
		const review = new ReviewPages(page);
		await new HandbookPage(page).open('en/measurement/');
		await expect(review.editLink).toHaveAttribute(
			'href',
			/\/edit\/main\/content\/en\/08-measurement\.mdx$/,
		);
	});

	test('the dashboard judges every chapter against today and sorts by status, due date or owner', async ({
		page,
	}) => {
		const review = new ReviewPages(page);
		await review.freezeDate('2027-05-01');
		await new HandbookPage(page).open('review/');
		expect(await review.rows.count()).toBe(chapterOwners.length);
		await expect(review.visibleStatus('ja/crisis-handling')).toHaveText('期限切れ');
		await expect(review.visibleStatus('en/measurement')).toHaveText('期限切れ');
		await expect(review.visibleStatus('ja/purpose')).toHaveText('最新');
		await expect(review.rows.first()).toHaveAttribute('data-status', 'overdue');

		await page.getByRole('button', { name: '担当者' }).click();
		const owners = await review.rows.evaluateAll((rows) =>
			rows.map((row) => (row as HTMLElement).dataset.owner),
		);
		expect(owners).toEqual([...owners].sort());
		await page.getByRole('button', { name: '期限' }).click();
		const dues = await review.rows.evaluateAll((rows) =>
			rows.map((row) => (row as HTMLElement).dataset.due),
		);
		expect(dues).toEqual([...dues].sort());
	});

	test('filters that leave no chapter say so, and the message goes with the filter', async ({
		page,
	}) => {
		const review = new ReviewPages(page);
		// Before any review is due: nothing is overdue yet.
		await review.freezeDate('2026-10-25');
		await new HandbookPage(page).open('review/?status=overdue');
		const none = page.locator('[data-review-none]');
		await expect(none).toHaveText('この条件に当てはまる章はありません。');
		await expect(page.locator('[data-review-table] tbody tr[data-chapter]:visible')).toHaveCount(0);
		await page.locator('[data-review-filters] select[name="status"]').selectOption('');
		await expect(none).toBeHidden();
	});

	test('the owners page lists each owner with their chapters and statuses', async ({ page }) => {
		const review = new ReviewPages(page);
		await review.freezeDate('2027-04-01');
		await new HandbookPage(page).open('en/owners/');
		const pr = page.locator('[data-owner-section="pr-manager"]');
		await expect(pr.locator('h2')).toHaveText('PR Manager');
		await expect(pr.locator('tbody tr')).toHaveCount(
			chapterOwners.filter((owner) => owner === 'pr-manager').length,
		);
		await expect(review.visibleStatus('en/crisis-quick-guide')).toHaveText('Due soon');
		await expect(page.locator('[data-owner-section="training-lead"] tbody tr')).toHaveCount(2);
	});
});

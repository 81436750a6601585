import { expect, test } from '@playwright/test';
import { HandbookPage } from './pages/handbook-page.ts';

test('the printable edition prints to A4 with every chapter on its own pages', async ({ page }) => {
	const handbook = new HandbookPage(page);
	await handbook.open('print/');
	const chapters = await page.locator('[data-print-chapter]').count();
	expect(chapters).toBeGreaterThanOrEqual(11);
	await expect(page.locator('.site-header')).toHaveCount(0);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
	// A cover, the contents, and every chapter starting on a new sheet.
	expect(pages).toBeGreaterThan(chapters + 1);
});

test('the footer of every page leads to the printable edition', async ({ page }) => {
	const handbook = new HandbookPage(page);
	await handbook.open('en/measurement/');
	await page.locator('[data-print-link]').click();
	await expect(page).toHaveURL(/\/handbook\/en\/print\/$/);
	await expect(page.locator('[data-print-cover] h1')).toHaveText('Social Media Guidelines');
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { ContactSheet } from './pages/contact-sheet.ts';
import { HandbookPage } from './pages/handbook-page.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const owners = loadHandbook(CONTENT).owners;
/** The roles of every sheet in the Japanese chapter, in page order: the escalation order first. */
const roles = [
	...readFileSync(join(CONTENT, 'ja/11-contact-sheet.mdx'), 'utf8').matchAll(
		/<ContactSheet roles="([^"]+)"/g,
	),
].flatMap((match) => match[1]!.split(/\s+/));

test.describe('the contact sheet', () => {
	for (const [locale, prefix] of [
		['ja', ''],
		['en', 'en/'],
	] as const) {
		test(`lists the roles in escalation order with tel:, chat and mailto: links (${locale})`, async ({
			page,
		}) => {
			await new HandbookPage(page).open(`${prefix}contact-sheet/`);
			const sheet = new ContactSheet(page);
			expect(await sheet.order()).toEqual(roles);
			for (const id of roles) {
				const owner = owners.find((each) => each.id === id)!;
				const entry = sheet.entry(id);
				const name = typeof owner.name === 'string' ? owner.name : owner.name[locale];
				await expect(entry).toContainText(name!);
				if (owner.phone) {
					await expect(
						entry.locator(`a[href="tel:${owner.phone.replace(/[^+0-9]/g, '')}"]`).first(),
					).toHaveText(owner.phone);
				}
				await expect(entry.locator(`a[href="mailto:${owner.contact}"]`)).toHaveText(owner.contact);
				if (owner.chat) await expect(entry.locator(`a[href="${owner.chat}"]`)).toBeVisible();
				if (owner.backup?.phone) {
					await expect(entry.locator(`a[href^="tel:"]`).last()).toHaveText(owner.backup.phone);
				}
			}
		});
	}

	test("its styles load on the pages that show a sheet, not on every chapter's first load", async ({
		page,
	}) => {
		const sheetStyles = page.locator('link[rel="stylesheet"][href*="contact-sheet"]');
		await new HandbookPage(page).open('en/contact-sheet/');
		await expect(sheetStyles.first()).toBeAttached();
		// Laid out by its own styles: the role's line has no margin of a plain paragraph.
		await expect(page.locator('.contact-sheet__role').first()).toHaveCSS('margin-top', '0px');
		await new HandbookPage(page).open('en/purpose/');
		await expect(sheetStyles).toHaveCount(0);
	});

	test('marks sample values as samples while the registry says they are examples', async ({
		page,
	}) => {
		await new HandbookPage(page).open('en/contact-sheet/');
		const sheet = new ContactSheet(page);
		await expect(sheet.note.first()).toContainText('content/owners.yaml');
		for (const id of roles) {
			const example = owners.find((each) => each.id === id)!.example === true;
			await expect(sheet.entry(id).locator('.contact-sheet__sample').first()).toHaveCount(
				example ? 1 : 0,
			);
		}
	});

	test('is one tap away from the crisis guide and the crisis chapter, in both languages', async ({
		page,
	}) => {
		for (const path of [
			'crisis-quick-guide/',
			'crisis-handling/',
			'en/crisis-quick-guide/',
			'en/crisis-handling/',
		]) {
			const handbook = new HandbookPage(page);
			await handbook.open(path);
			await page.locator('main a[href$="/contact-sheet/"]').first().click();
			await expect(page).toHaveURL(/\/contact-sheet\/$/);
			await expect(new ContactSheet(page).entries.first()).toBeVisible();
		}
	});

	test('fits a 320 px wide phone without scrolling sideways', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 700 });
		const handbook = new HandbookPage(page);
		await handbook.open('contact-sheet/');
		expect(await handbook.horizontalOverflow()).toBe(0);
	});
});

import type { Page } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation of the pages `page` opens from now on, whether
 * the policy broken is the page's `<meta>` or the server's header. Returns the live list.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
				`${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
			);
		});
	});
	// Violations in workers (the offline service worker) reach only the console.
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

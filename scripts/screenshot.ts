/**
 * Takes desktop and phone screenshots of pages of a served handbook, to look at what readers see.
 * Usage: node scripts/screenshot.ts <base-url> <out-dir> <path>...
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';

const [baseUrl, outDir, ...paths] = process.argv.slice(2);
if (!baseUrl || !outDir || paths.length === 0) {
	console.error('Usage: node scripts/screenshot.ts <base-url> <out-dir> <path>...');
	process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	for (const [name, viewport, scheme] of [
		['desktop', { width: 1366, height: 900 }, 'light'],
		['phone', { width: 360, height: 780 }, 'light'],
		['dark', { width: 1100, height: 800 }, 'dark'],
	] as const) {
		const page = await browser.newPage({ viewport, colorScheme: scheme });
		for (const path of paths) {
			await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
			const file = `${outDir}/${name}-${path.replace(/[^\w]+/g, '_') || 'home'}.png`;
			await page.screenshot({ path: file, fullPage: name === 'phone' });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
}

import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { E2E_SITE_ENV } from './e2e-site.ts';

const PORT = Number(process.env.E2E_PORT ?? 4391);

/**
 * End-to-end tests run the shipped handbook as an intranet would serve it: built under
 * `/handbook/` and served by `astro preview`, in Debian's Chromium.
 */
export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../../test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}/handbook/`,
		launchOptions: chromiumLaunchOptions,
		trace: 'off',
		// Each test's fresh browser context would install the service worker, which downloads the
		// whole site into its cache: work for the machine that only the offline tests look at.
		// They allow it (offline.spec.ts, nginx.spec.ts); the others see the site as a first
		// visit does, every request reaching `page.route` (a worker's answers would bypass it).
		serviceWorkers: 'block',
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
		},
	],
	webServer: {
		// The site is built once for `npm test`: by the build test of the same site when it ran first
		// with the same sources (tests/e2e/e2e-site.ts), else here.
		command: `node tests/e2e/build-e2e-site.ts && node node_modules/astro/bin/astro.mjs preview --ignore-lock --port ${PORT}`,
		cwd: '../..',
		url: `http://localhost:${PORT}/handbook/`,
		timeout: 300_000,
		reuseExistingServer: false,
		env: E2E_SITE_ENV,
	},
});

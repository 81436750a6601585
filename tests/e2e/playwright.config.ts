import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

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
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
		},
	],
	webServer: {
		command: `npx astro build && npx astro preview --ignore-lock --port ${PORT}`,
		cwd: '../..',
		url: `http://localhost:${PORT}/handbook/`,
		timeout: 300_000,
		reuseExistingServer: false,
		env: {
			HANDBOOK_BASE: '/handbook/',
			HANDBOOK_OUT_DIR: '.handbook/e2e-dist',
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	},
});

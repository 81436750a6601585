import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, started so that it makes no connection of its own: this machine has no
 * network but the local server, and the tests prove the site needs none.
 */
export const chromiumLaunchOptions: LaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run',
	],
};

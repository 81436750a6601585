import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run real `astro build`s: give them room, and one at a time per file is enough.
		testTimeout: 120_000,
		hookTimeout: 180_000,
	},
});

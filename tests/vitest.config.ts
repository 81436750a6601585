import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run real `astro build`s: give them room, and one at a time per file is enough.
		// A build takes seconds, but minutes on a machine shared by many; a hung one is stopped by
		// the spawn timeout in tests/build/build-fixture.ts (4 minutes) before this.
		testTimeout: 250_000,
		// One file at a time: two `astro build`s at once share the project's `.astro/` folder (the
		// content modules Astro renders chapters from), and one of them then fails to render at random.
		fileParallelism: false,
		hookTimeout: 250_000,
	},
});

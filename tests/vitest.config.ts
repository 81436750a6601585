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
		// Two files at a time, whatever the machine (Vitest would take one on two cores): a build
		// test mostly waits for its `astro build` process, and each build has a project folder of its
		// own (tests/build/build-fixture.ts), so two builds no longer share Astro's content modules.
		maxWorkers: 2,
		hookTimeout: 250_000,
	},
});

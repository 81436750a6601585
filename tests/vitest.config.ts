import { availableParallelism } from 'node:os';
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
		// A build test's worker only waits for its build process: two files at a time keep both
		// cores busy on a 2-core machine, where vitest would otherwise run one file at a time.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		hookTimeout: 250_000,
	},
});

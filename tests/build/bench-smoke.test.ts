import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from './build-fixture.ts';

describe('npm run bench', () => {
	it('builds a small generated handbook end to end and writes its results (smoke test, no timing asserted)', () => {
		const out = mkdtempSync(join(tmpdir(), 'handbook-bench-smoke-'));
		try {
			const result = runNode(
				[
					join(ROOT, 'scripts/bench.ts'),
					...['--chapters', '20', '--runs', '1', '--repeats', '1', '--out', out],
				],
				// Its search timing serves the site: on a port of this run's own (see E2E_PORT).
				{ env: { ...process.env, BENCH_PORT: String(Number(process.env.E2E_PORT ?? 4391) + 6) } },
			);
			// Not its status: bench exits 1 when a budget is missed, which a busy machine may cause.
			expect(existsSync(join(out, 'results.json')), result.stderr.slice(-3000)).toBe(true);
			expect(result.stderr).not.toMatch(/build failed|lint failed/);
			const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
				chapters: number;
				build: { pages: number; searchIndexFiles: number; precacheFiles: number };
				site: { firstLoadJsGzipKB: number; searchMedianMs: number };
			};
			expect(results.chapters).toBe(20);
			// 20 chapters; per language a home, owners, review, changes, print and offline page; 404.
			expect(results.build.pages).toBe(33);
			expect(results.build.searchIndexFiles).toBeGreaterThan(0);
			expect(results.build.precacheFiles).toBeGreaterThan(results.build.pages);
			expect(results.site.firstLoadJsGzipKB).toBeGreaterThan(0);
			expect(results.site.searchMedianMs).toBeGreaterThan(0);
			expect(readFileSync(join(out, 'benchmarks.md'), 'utf8')).toMatch(
				/\| Build wall time \(median\) \| [\d.]+ s \|/,
			);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});

#!/usr/bin/env node
/**
 * Measures `npm run lint` on a generated handbook: wall time of the whole command, as a writer
 * waits for it. Usage: node scripts/bench-lint.ts [--chapters 1000] [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/generate-handbook.ts';

const { values } = parseArgs({
	options: {
		chapters: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '5' },
	},
});
const chapters = Number(values.chapters);
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'handbook-bench-lint-'));
try {
	generateHandbook(dir, { chapters });
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = process.hrtime.bigint();
		const result = spawnSync(process.execPath, [join(import.meta.dirname, 'lint.ts'), dir], {
			encoding: 'utf8',
			env: { ...process.env, HANDBOOK_TODAY: '2026-11-01' },
		});
		times.push(Number(process.hrtime.bigint() - start) / 1e9);
		if (result.status !== 0) {
			process.stderr.write(result.stderr);
			throw new Error(`lint exited with ${result.status}`);
		}
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)]!;
	process.stdout.write(
		`lint ${chapters} chapters: median ${median.toFixed(2)} s wall over ${runs} runs (${times.map((t) => t.toFixed(2)).join(', ')})\n`,
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}

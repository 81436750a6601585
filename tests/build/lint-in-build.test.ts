import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testFolder } from '../helpers/temp-folders.ts';
import { buildFixture as buildInto } from './build-fixture.ts';

/** Builds `tests/fixtures/<name>` into a temporary folder removed when the test finishes. */
function buildFixture(name: string, options: { env?: Record<string, string> } = {}) {
	return buildInto(name, { ...options, outDir: testFolder(`handbook-${name}-`) });
}

describe('astro build runs the lint rules first', () => {
	it('fails on broken chapters, naming every file and line, without a stack trace, and writes nothing', () => {
		const build = buildFixture('broken-chapters');
		expect(build.status).not.toBe(0);
		for (const line of [
			'tests/fixtures/broken-chapters/ja/02-unknown-owner.mdx:4:8: error Unexpected unknown owner',
			'tests/fixtures/broken-chapters/ja/03-impossible-date.mdx:5:11: error Unexpected impossible date',
			'tests/fixtures/broken-chapters/en/02-code.mdx:8:1: error Unexpected `import`/`export` statement',
		]) {
			expect(build.output).toContain(line);
		}
		expect(build.output).toMatch(/3 problem\(s\) in chapters must be fixed/);
		expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
		expect(build.exists('index.html')).toBe(false);
	});

	it('builds with warnings, printing them', () => {
		const build = buildFixture('warnings-only');
		expect(build.status, build.output).toBe(0);
		expect(build.output).toMatch(
			/01-overdue\.mdx:5:11: warning Unexpected overdue review, due on 2026-01-15/,
		);
		expect(build.exists('index.html')).toBe(true);
	});

	it('stops on a warning the handbook config raises to an error', () => {
		const build = buildFixture('warnings-only', { env: { HANDBOOK_DIR: strictCopy() } });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/01-overdue\.mdx:5:11: error Unexpected overdue review/);
	});

	it('reports a broken handbook.yaml with file, line and field, without a stack trace', () => {
		const build = buildFixture('broken-config');
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(
			/tests\/fixtures\/broken-config\/handbook\.yaml:2:7: base: Expected a path that starts and ends with "\/"/,
		);
		expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
	});
});

/**
 * A copy of the warnings-only handbook whose config makes overdue reviews errors, removed when
 * the test finishes.
 */
function strictCopy(): string {
	const source = join(import.meta.dirname, '../fixtures/warnings-only');
	const dir = testFolder('handbook-strict-warnings-');
	mkdirSync(join(dir, 'ja'), { recursive: true });
	writeFileSync(
		join(dir, 'handbook.yaml'),
		`${readFileSync(join(source, 'handbook.yaml'), 'utf8')}lint:\n  no-overdue-review: error\n`,
	);
	writeFileSync(join(dir, 'owners.yaml'), readFileSync(join(source, 'owners.yaml')));
	writeFileSync(join(dir, 'ja/01-overdue.mdx'), readFileSync(join(source, 'ja/01-overdue.mdx')));
	if (!existsSync(join(dir, 'ja/01-overdue.mdx'))) throw new Error('copy failed');
	return dir;
}

/**
 * Temporary folders for Vitest tests that are removed again: a test run leaves nothing in the
 * system's temporary folder (runs once left over 1,400 `handbook-*` folders there).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

function makeFolder(prefix: string): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A new empty folder named `<prefix>XXXXXX` in the temporary folder, removed when the test that
 * calls this finishes, passed or failed. Call it inside a test.
 */
export function testFolder(prefix: string): string {
	const { dir, remove } = makeFolder(prefix);
	onTestFinished(remove);
	return dir;
}

/**
 * A new empty folder named `<prefix>XXXXXX` in the temporary folder, removed after the last test
 * of the file or `describe` block that calls this while its tests are collected (at the top of
 * the file or in the `describe` callback, not inside a test or hook).
 */
export function suiteFolder(prefix: string): string {
	const { dir, remove } = makeFolder(prefix);
	afterAll(remove);
	return dir;
}

import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { suiteFolder } from '../helpers/temp-folders.ts';
import { buildFixture, ROOT } from './build-fixture.ts';

/** The bad-input corpus: a valid handbook (`base/`) and, per case, the files that break it. */
export const CORPUS = join(ROOT, 'tests/fixtures/bad-input');

/** A temporary folder for the handbooks (and their builds) of one test file, removed after its tests. */
export function scratchFolder(): string {
	return suiteFolder('handbook-bad-input-');
}

/**
 * A handbook in `scratch` made of the corpus's base plus the files of the named cases (and any
 * extra files).
 */
export function handbookWith(
	scratch: string,
	cases: string[],
	extra: Record<string, string | Buffer> = {},
): string {
	const dir = mkdtempSync(join(scratch, 'handbook-'));
	cpSync(join(CORPUS, 'base'), dir, { recursive: true });
	for (const name of cases) cpSync(join(CORPUS, 'cases', name), dir, { recursive: true });
	for (const [path, content] of Object.entries(extra)) writeFileSync(join(dir, path), content);
	return dir;
}

/**
 * Builds a handbook made by {@link handbookWith} into `outDir`, or a fresh folder beside the
 * handbook in its scratch folder, removed with it.
 */
export function buildHandbook(handbook: string, outDir?: string) {
	return buildFixture('bad-input', {
		env: { HANDBOOK_DIR: handbook },
		outDir: outDir ?? mkdtempSync(join(dirname(handbook), 'dist-')),
	});
}

import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, where `astro.config.mjs` lives. */
export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * How long any process a test starts may run. A build of a fixture takes seconds (the 5 MB
 * chapter 20 s, and five times that on a machine shared by many); one that hangs must fail the
 * test with a message instead of holding the whole run (one once hung 14 minutes).
 */
export const SPAWN_TIMEOUT_MS = 240_000;

/**
 * Runs `node <args>` from the repository root and waits for it, at most {@link SPAWN_TIMEOUT_MS}
 * (then kills it): a run that timed out reports so in its `stderr` and has no status.
 */
export function runNode(
	args: string[],
	options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {},
): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, args, {
		cwd: ROOT,
		timeout: SPAWN_TIMEOUT_MS,
		killSignal: 'SIGKILL',
		maxBuffer: 1 << 26,
		...options,
		encoding: 'utf8',
	});
	const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
	return {
		status: result.status,
		stdout: result.stdout ?? '',
		stderr: `${result.stderr ?? ''}${timedOut ? `\nKilled after ${(options.timeout ?? SPAWN_TIMEOUT_MS) / 1000} s: node ${args.join(' ')}` : ''}`,
	};
}

/** What a fixture build left behind. */
export interface FixtureBuild {
	status: number | null;
	/** stdout and stderr together, as a writer would read them in the terminal. */
	output: string;
	outDir: string;
	/** Reads a file of the built site. */
	read(path: string): string;
	exists(path: string): boolean;
}

/**
 * Builds `tests/fixtures/<name>` with the real `astro build`, in a separate process as a writer
 * would run it, into a fresh temporary folder (or `outDir`).
 */
export function buildFixture(
	name: string,
	options: { env?: Record<string, string>; outDir?: string } = {},
): FixtureBuild {
	const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), `handbook-${name}-`));
	const result = runNode([ASTRO, 'build'], {
		env: {
			...process.env,
			HANDBOOK_DIR: join(ROOT, 'tests/fixtures', name),
			HANDBOOK_OUT_DIR: outDir,
			HANDBOOK_TODAY: '2026-11-01',
			HANDBOOK_BUILD_TIME: '2026-11-01T09:00:00Z',
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			...options.env,
		},
	});
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		outDir,
		read: (path) => readFileSync(join(outDir, path), 'utf8'),
		exists: (path) => existsSync(join(outDir, path)),
	};
}

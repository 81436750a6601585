import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

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
 * What Vitest puts in the environment for the code it tests. Astro reads the environment into the
 * site's `import.meta.env`, so a build started from a test would be a development build (`DEV`:
 * no service worker, writers' hints shown) instead of what a writer gets: left out.
 */
const TEST_RUNNER_ENV = /^(NODE_ENV|MODE|DEV|PROD|SSR|TEST|BASE_URL|VITEST.*)$/;

/**
 * Runs `node <args>` from the repository root (or `cwd`) and waits for it, at most
 * {@link SPAWN_TIMEOUT_MS} (then kills it), with the environment a writer's shell would give it:
 * `process.env` or `env`, without {@link TEST_RUNNER_ENV}. A run that timed out reports so in its
 * `stderr` and has no status.
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
		env: Object.fromEntries(
			Object.entries(options.env ?? process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name)),
		),
		encoding: 'utf8',
	});
	const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
	return {
		status: result.status,
		stdout: result.stdout ?? '',
		stderr: `${result.stderr ?? ''}${timedOut ? `\nKilled after ${(options.timeout ?? SPAWN_TIMEOUT_MS) / 1000} s: node ${args.join(' ')}` : ''}`,
	};
}

/**
 * Runs `astro build` with `env`, as {@link runNode} does, from a project folder of its own: Astro
 * writes the content modules it renders chapters from to `.astro/` in the project folder, and two
 * builds sharing the repository's failed to render at random. With a folder each, builds can run
 * side by side. The folder lies inside the repository (`.handbook/build-roots/`), so that the
 * pages Astro prerenders from its cache folder below it still find the project's `node_modules`;
 * the configuration, sources and public files are the repository's own. Paths in `env` must be
 * absolute.
 */
export function astroBuild(
	env: NodeJS.ProcessEnv,
	label = 'build',
): { status: number | null; stdout: string; stderr: string } {
	const parent = join(ROOT, '.handbook/build-roots');
	mkdirSync(parent, { recursive: true });
	const project = mkdtempSync(join(parent, `${label}-`));
	try {
		// The working folder is the project root (the glob loader's paths are relative to it), and
		// Astro reads `--config` relative to that.
		const config = relative(project, join(ROOT, 'astro.config.mjs'));
		return runNode([ASTRO, 'build', '--config', config], { env, cwd: project });
	} finally {
		// Kept when a build left its staging folder behind, so that the tests looking for one see it.
		const staging = join(project, 'node_modules/.astro/handbook-staging');
		if (!existsSync(staging) || readdirSync(staging).length === 0)
			rmSync(project, { recursive: true, force: true });
	}
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
	/** Removes {@link outDir}: a test calls it once it has read what it needs. */
	remove(): void;
}

/**
 * Builds `tests/fixtures/<name>` with the real `astro build`, in a separate process as a writer
 * would run it (in a project folder of its own: {@link astroBuild}), into a fresh temporary folder
 * (or `outDir`). The caller removes the output when done ({@link FixtureBuild.remove}).
 */
export function buildFixture(
	name: string,
	options: { env?: Record<string, string>; outDir?: string } = {},
): FixtureBuild {
	const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), `handbook-${name}-`));
	const result = astroBuild(
		{
			...process.env,
			HANDBOOK_DIR: join(ROOT, 'tests/fixtures', name),
			HANDBOOK_OUT_DIR: outDir,
			HANDBOOK_TODAY: '2026-11-01',
			HANDBOOK_BUILD_TIME: '2026-11-01T09:00:00Z',
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			...options.env,
		},
		name,
	);
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		outDir,
		read: (path) => readFileSync(join(outDir, path), 'utf8'),
		exists: (path) => existsSync(join(outDir, path)),
		remove: () => rmSync(outDir, { recursive: true, force: true }),
	};
}

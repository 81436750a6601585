/**
 * The build context: the environment read once, the handbook it points at, the build's id and
 * "today". `astro.config.mjs`, the CLIs and `.remarkrc.mjs` each create one at start; everything
 * after receives it, so values flow one way and no step reads the environment again.
 */
import { resolve } from 'node:path';
import { loadHandbook, type Handbook } from '../config/load-handbook.ts';
import { readBuildEnv, todayOf, type BuildEnv } from './env.ts';

/** What identifies one build: tied together by the search index, the offline cache and the pages. */
export interface BuildInfo {
	/** A short id that changes with every build, e.g. `20261123T140512Z`. */
	id: string;
	/** When the build ran, as an ISO timestamp: the date readers see as "handbook as of". */
	time: string;
}

/**
 * The build's id and time. `HANDBOOK_BUILD_TIME` (an ISO timestamp) fixes both, so that tests and
 * reproducible builds give the same output.
 */
export function createBuildInfo(fixed: string | undefined, now: Date = new Date()): BuildInfo {
	const time = fixed ? new Date(fixed) : now;
	const iso = time.toISOString();
	return { id: iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'), time: iso };
}

/** Everything one run knows before it reads a chapter. */
export interface BuildContext {
	env: BuildEnv;
	handbook: Handbook;
	build: BuildInfo;
	/** The day date-dependent checks judge against, `YYYY-MM-DD`. */
	today: string;
}

/** The handbook folder: `HANDBOOK_DIR` when set (fixtures, benchmarks), else `content/`. */
export function resolveHandbookDir(
	env: Pick<BuildEnv, 'dir'>,
	root: string = process.cwd(),
): string {
	return resolve(root, env.dir ?? 'content');
}

/**
 * Reads the environment and the handbook it names (or `dir`). Throws `HandbookInputErrors` naming
 * the variable, or the file, line and field, of anything wrong.
 */
export function createBuildContext(
	options: { env?: BuildEnv; dir?: string | undefined } = {},
): BuildContext {
	const env = options.env ?? readBuildEnv();
	const handbook = loadHandbook(options.dir ?? resolveHandbookDir(env), { base: env.base });
	return { env, handbook, build: createBuildInfo(env.buildTime), today: todayOf(env) };
}

/**
 * The site the browser tests run against: the handbook this repository ships, built under
 * `/handbook/` as an intranet serves it. `tests/build/valid-output.test.ts` builds exactly this site
 * for its own checks, so it builds it here and records what it was built from; the browser tests'
 * web server (`build-e2e-site.ts`) then reuses it while nothing it was built from has changed, and
 * builds it itself otherwise. `npm test` thus builds the shipped handbook once, not twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toIsoDate } from '../../src/schemas/iso-date.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Where the site is built, and served from by `astro preview` and the nginx test. */
export const E2E_SITE = join(ROOT, '.handbook/e2e-dist');

/**
 * What the site is built with. No fixed `HANDBOOK_TODAY`: the shipped chapters are dated by the
 * real calendar, so the day is part of what a build depends on (see {@link siteInputs}).
 */
export const E2E_SITE_ENV = {
	HANDBOOK_DIR: join(ROOT, 'content'),
	HANDBOOK_BASE: '/handbook/',
	HANDBOOK_OUT_DIR: E2E_SITE,
	HANDBOOK_TODAY: '',
	ASTRO_TELEMETRY_DISABLED: '1',
} as const;

/** Beside the site, which a build replaces as a whole. */
const STAMP = `${E2E_SITE}.inputs`;

/** Everything a build of the site reads from the repository, and how it is run. */
const INPUTS = [
	'src',
	'content',
	'public',
	'astro.config.mjs',
	'package-lock.json',
	'tsconfig.json',
	'tests/build/build-fixture.ts',
	'tests/e2e/e2e-site.ts',
];

/** The repository-relative paths of the files at `path`: itself, or every file below it. */
function filesUnder(path: string): string[] {
	const full = join(ROOT, path);
	if (!existsSync(full)) return [];
	if (!statSync(full).isDirectory()) return [path];
	return readdirSync(full, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/**
 * A digest of what a build of the site depends on: the repository's sources, the shipped
 * handbook, the locked dependencies, the environment above and today's date.
 */
export function siteInputs(today: Date = new Date()): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(E2E_SITE_ENV)).update(toIsoDate(today));
	for (const file of INPUTS.flatMap(filesUnder).sort()) {
		hash.update(`\0${file}\0`).update(readFileSync(join(ROOT, file)));
	}
	return hash.digest('hex');
}

/** Records that the site in {@link E2E_SITE} was built from `inputs`. */
export function recordSiteInputs(inputs: string): void {
	writeFileSync(STAMP, `${inputs}\n`);
}

/** Whether the site in {@link E2E_SITE} was built from what the repository holds now, today. */
export function siteIsCurrent(): boolean {
	return (
		existsSync(join(E2E_SITE, 'index.html')) &&
		existsSync(STAMP) &&
		readFileSync(STAMP, 'utf8').trim() === siteInputs()
	);
}

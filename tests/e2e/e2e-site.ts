/**
 * The site the browser tests run against: the handbook this repository ships, built under
 * `/handbook/` as an intranet serves it. `tests/build/valid-output.test.ts` builds exactly this site
 * for its own checks, so it builds it here and records what it was built from; the browser tests'
 * web server (`build-e2e-site.ts`) then reuses it while nothing it was built from has changed, and
 * builds it itself otherwise. `npm test` thus builds the shipped handbook once, not twice. The
 * code-blocks browser test reuses the markdown-chapters fixture's build the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Everything a build reads from the repository besides its handbook, and how it is run. */
const SOURCES = [
	'src',
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
 * A digest of what a build depends on: the repository's sources, the handbook in `handbookDir`
 * (inside the repository), the locked dependencies, the environment `env` and `day` (for a
 * handbook dated by the real calendar).
 */
export function buildInputs(handbookDir: string, env: object, day = ''): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(env)).update(day);
	for (const file of [...SOURCES, relative(ROOT, handbookDir)].flatMap(filesUnder).sort()) {
		hash.update(`\0${file}\0`).update(readFileSync(join(ROOT, file)));
	}
	return hash.digest('hex');
}

/** Beside the site, which a build replaces as a whole. */
const stampOf = (site: string) => `${site}.inputs`;

/** Records that the site in `site` was built from `inputs` (a {@link buildInputs} digest). */
export function recordInputs(site: string, inputs: string): void {
	writeFileSync(stampOf(site), `${inputs}\n`);
}

/** Whether the site in `site` was built from `inputs`. */
export function builtFrom(site: string, inputs: string): boolean {
	return (
		existsSync(join(site, 'index.html')) &&
		existsSync(stampOf(site)) &&
		readFileSync(stampOf(site), 'utf8').trim() === inputs
	);
}

/** Removes a site and its record. */
export function removeSite(site: string): void {
	rmSync(site, { recursive: true, force: true });
	rmSync(stampOf(site), { force: true });
}

/**
 * A digest of what a build of the shipped site depends on: the sources, the shipped handbook, the
 * environment above and today's date.
 */
export function siteInputs(today: Date = new Date()): string {
	return buildInputs(E2E_SITE_ENV.HANDBOOK_DIR, E2E_SITE_ENV, toIsoDate(today));
}

/** Records that the site in {@link E2E_SITE} was built from `inputs`. */
export function recordSiteInputs(inputs: string): void {
	recordInputs(E2E_SITE, inputs);
}

/** Whether the site in {@link E2E_SITE} was built from what the repository holds now, today. */
export function siteIsCurrent(): boolean {
	return builtFrom(E2E_SITE, siteInputs());
}

/**
 * The fixture the code-blocks browser test serves: `tests/build/markdown-chapters.test.ts` builds it
 * (with `buildFixture`'s fixed environment) into {@link MARKDOWN_SITE} and records what from, and
 * the browser test reuses that build while nothing it was built from has changed.
 */
export const MARKDOWN_FIXTURE = 'markdown-chapters';

/** Where {@link MARKDOWN_FIXTURE} is built for the code-blocks browser test. */
export const MARKDOWN_SITE = join(ROOT, '.handbook/e2e-markdown-dist');

/** A digest of what a build of {@link MARKDOWN_SITE} depends on. */
export function markdownSiteInputs(): string {
	return buildInputs(join(ROOT, 'tests/fixtures', MARKDOWN_FIXTURE), {});
}

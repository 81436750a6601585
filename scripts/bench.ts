#!/usr/bin/env node
/**
 * Benchmarks the real production build on a generated handbook.
 *
 *   npm run bench -- --chapters 1000            3 cold builds of 1000 chapters, medians
 *   npm run bench -- --chapters 1000 --scale    the same at 2000 chapters too, for linearity
 *   --runs N          builds per size (default 3)
 *   --out DIR         where results.json and benchmarks.md go (default .handbook/bench)
 *   --update-readme   also write the table into README.md between its benchmark markers
 *   --no-browser      skip the search timing in Chromium
 *   --repeats N       times lint runs and each search question is asked again, the middle one
 *                     counted (default 3; the CI smoke test takes 1)
 *   --components S    the share (0 to 1) of generated chapters that use a component (a
 *                     `<Callout>`), which take MDX's path through the build (default 0: every
 *                     chapter is plain Markdown in an `.mdx` file, as most real chapters are);
 *                     Starlight is given the same chapters without it (it compiles every `.mdx`
 *                     chapter as MDX either way, and has no `<Callout>`)
 *   --starlight DIR   also build the same handbook with Starlight, alternating with the handbook's
 *                     own builds so that both see the same machine; Starlight is installed from npm
 *                     into DIR (outside the repository) on first use
 *
 * Each run generates the handbook afresh into a temporary folder (same chapters, same seed, so the
 * same files) and runs `astro build` cold on it: lint, Astro, the search index, the link check and
 * the offline cache, everything `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { buildPhases, type Phases } from './lib/build-phases.ts';
import { generateHandbook } from './lib/generate-handbook.ts';
import { startPreview } from './lib/preview-server.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The budgets from the benchmark issue, for 1000 chapters on a 2-core machine. */
export const BUDGETS = {
	buildWallSeconds: 13,
	peakMemoryMB: 1024,
	// Issue #15 (reading on a phone): the menu, current section, copy buttons and theme fit in 3 KB.
	firstLoadJsGzipKB: 3,
	firstLoadCssGzipKB: 5,
	lintSeconds: 3,
	searchMedianMs: 20,
	precacheMB: 15,
	scaling: 2.1,
	/** Build wall time as a share of Starlight's on the same generated handbook. */
	starlightRatio: 0.6,
};

/** The Starlight release measured against: the one made for the Astro the handbook uses. */
const STARLIGHT = '@astrojs/starlight@0.42.4';

interface RunResult {
	phases: Phases;
	wallSeconds: number;
	cpuSeconds: number | null;
	peakMemoryMB: number | null;
	pages: number;
	outputMB: number;
	searchIndexMB: number;
	searchIndexFiles: number;
	precacheFiles: number | null;
	precacheMB: number | null;
	precacheSentMB: number | null;
	precacheStoredMB: number | null;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

function megabytes(paths: string[]): number {
	return paths.reduce((sum, path) => sum + statSync(path).size, 0) / 1024 / 1024;
}

/**
 * The offline cache in megabytes. `sent`: what a reader's browser downloads to fill it, as a
 * server that compresses sends it: every file in `sw.js`'s precache list gzipped, except Pagefind's
 * index files, which Pagefind writes compressed already. `stored`: what it takes of the reader's
 * storage, where the worker keeps text gzipped (src/offline/compressed-storage.ts: pages, styles,
 * scripts, JSON, SVG, the manifest) and everything else as it is. Null when the build wrote no
 * service worker.
 */
function precacheCompressedMB(outDir: string): { sent: number; stored: number } | null {
	const worker = join(outDir, 'sw.js');
	if (!existsSync(worker)) return null;
	const urls = [...readFileSync(worker, 'utf8').matchAll(/"url":"\/([^"]*)"/g)].map(
		(match) => match[1]!,
	);
	let sent = 0;
	let stored = 0;
	for (const url of urls) {
		const body = readFileSync(join(outDir, decodeURIComponent(url)));
		// Pagefind's files go as they are; text is gzipped both on the way and in the cache.
		const gzipped = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(url)
			? body.length
			: gzipSync(body).length;
		sent += gzipped;
		stored += /\.(html|css|js|json|svg|webmanifest|xml)$/.test(url) ? gzipped : body.length;
	}
	return { sent: sent / 1024 / 1024, stored: stored / 1024 / 1024 };
}

/** Runs a command under GNU time when the machine has it, for CPU time and peak memory. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string = ROOT) {
	const gnuTime = existsSync('/usr/bin/time');
	const started = process.hrtime.bigint();
	const result = gnuTime
		? spawnSync('/usr/bin/time', ['-v', command, ...args], {
				cwd,
				env,
				encoding: 'utf8',
				maxBuffer: 1 << 28,
			})
		: spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
	const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
	const stats = (label: string) => {
		const match = new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr);
		return match ? Number(match[1]) : null;
	};
	const user = stats('User time \\(seconds\\)');
	const system = stats('System time \\(seconds\\)');
	const maxRssKB = stats('Maximum resident set size \\(kbytes\\)');
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		wallSeconds,
		cpuSeconds: user !== null && system !== null ? user + system : null,
		peakMemoryMB: maxRssKB !== null ? maxRssKB / 1024 : null,
	};
}

/** What one finished build took and wrote. */
function measureRun(run: ReturnType<typeof timed>, outDir: string): RunResult {
	const all = files(outDir);
	const pagefind = all.filter((path) => path.includes('/pagefind/'));
	const precache = /Offline cache: (\d+) files, ([\d.]+) MB/.exec(run.output);
	const compressed = precacheCompressedMB(outDir);
	return {
		phases: buildPhases(run.output, run.wallSeconds),
		wallSeconds: run.wallSeconds,
		cpuSeconds: run.cpuSeconds,
		peakMemoryMB: run.peakMemoryMB,
		pages: all.filter((path) => path.endsWith('.html')).length,
		outputMB: megabytes(all),
		searchIndexMB: megabytes(pagefind),
		searchIndexFiles: pagefind.length,
		precacheFiles: precache ? Number(precache[1]) : null,
		precacheMB: precache ? Number(precache[2]) : null,
		precacheSentMB: compressed?.sent ?? null,
		precacheStoredMB: compressed?.stored ?? null,
	};
}

/**
 * A Starlight site in `dir` (installed on first use) whose docs are the generated handbook: the
 * default locale's chapters at the root, the others under their locale, as the handbook serves
 * them. The chapters' own frontmatter fields are allowed by extending Starlight's schema.
 */
function prepareStarlight(dir: string): void {
	if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
		mkdirSync(dir, { recursive: true });
		const astro = JSON.parse(
			readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8'),
		) as { version: string };
		writeFileSync(
			join(dir, 'package.json'),
			`${JSON.stringify({ name: 'starlight-reference', private: true, type: 'module' })}\n`,
		);
		const install = spawnSync(
			'npm',
			['install', '--no-audit', '--no-fund', STARLIGHT, `astro@${astro.version}`, 'sharp'],
			{ cwd: dir, encoding: 'utf8', stdio: 'inherit' },
		);
		if (install.status !== 0) throw new Error(`could not install ${STARLIGHT} into ${dir}`);
	}
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	outDir: process.env.OUT_DIR,
	integrations: [
		starlight({
			title: { ja: '生成された手引き', en: 'Generated handbook' },
			defaultLocale: 'root',
			locales: { root: { label: '日本語', lang: 'ja' }, en: { label: 'English', lang: 'en' } },
		}),
	],
});
`,
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection, z } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: z.object({ owner: z.string().optional(), reviewed: z.any().optional() }).passthrough() }),
	}),
};
`,
	);
}

/** Builds the generated handbook of `chapters` cold with Starlight in `dir`. */
function starlightOnce(dir: string, chapters: number): RunResult {
	const work = mkdtempSync(join(tmpdir(), `handbook-bench-starlight-`));
	const docs = join(dir, 'src/content/docs');
	const outDir = join(work, 'dist');
	try {
		rmSync(docs, { recursive: true, force: true });
		rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
		rmSync(join(dir, '.astro'), { recursive: true, force: true });
		generateHandbook(join(work, 'handbook'), { chapters });
		cpSync(join(work, 'handbook/ja'), docs, { recursive: true });
		cpSync(join(work, 'handbook/en'), join(docs, 'en'), { recursive: true });
		for (const home of ['index.mdx', 'en/index.mdx'])
			writeFileSync(join(docs, home), '---\ntitle: Home\n---\n\nHome.\n');
		const run = timed(
			process.execPath,
			[join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
			{
				...process.env,
				OUT_DIR: outDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
			dir,
		);
		if (run.status !== 0) throw new Error(`Starlight build failed:\n${run.output.slice(-3000)}`);
		return measureRun(run, outDir);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** A generated handbook and its built site, kept for the measures that need a finished site. */
interface KeptBuild {
	handbook: string;
	outDir: string;
	remove(): void;
}

/** Builds the generated handbook of `chapters` cold; `keep` keeps the handbook and the site. */
function buildOnce(
	chapters: number,
	keep = false,
	componentShare = 0,
): RunResult & { kept?: KeptBuild } {
	const work = mkdtempSync(join(tmpdir(), `handbook-bench-${chapters}-`));
	const handbook = join(work, 'handbook');
	const outDir = join(work, 'dist');
	const remove = () => rmSync(work, { recursive: true, force: true });
	let kept: KeptBuild | undefined;
	try {
		generateHandbook(handbook, { chapters, componentShare });
		const run = timed(process.execPath, [ASTRO, 'build'], {
			...process.env,
			HANDBOOK_DIR: handbook,
			HANDBOOK_OUT_DIR: outDir,
			HANDBOOK_TODAY: '2026-11-01',
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
		});
		if (run.status !== 0) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
		const result = measureRun(run, outDir);
		if (keep) kept = { handbook, outDir, remove };
		return { ...result, kept };
	} finally {
		if (!kept) remove();
	}
}

/** Gzipped bytes of the scripts and styles a chapter page loads before anyone clicks anything. */
function firstLoad(outDir: string, page: string): { jsKB: number; cssKB: number } {
	const html = readFileSync(join(outDir, page), 'utf8');
	const gz = (path: string) => gzipSync(readFileSync(join(outDir, path))).length;
	const scripts = new Set<string>();
	const visit = (path: string) => {
		if (scripts.has(path)) return;
		scripts.add(path);
		const code = readFileSync(join(outDir, path), 'utf8');
		// Static imports load with the script; dynamic import() waits for the reader.
		for (const match of code.matchAll(
			/(?:^|[;}])\s*import\s*(?:[\w{}\s,*]+from\s*)?["'](\.\/[^"']+)["']/g,
		)) {
			visit(join(path, '..', match[1]!));
		}
	};
	for (const match of html.matchAll(/<script[^>]*src="\/([^"]+)"/g)) visit(match[1]!);
	const styles = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(
		(match) => match[1]!,
	);
	return {
		jsKB: [...scripts].reduce((sum, path) => sum + gz(path), 0) / 1024,
		cssKB: styles.reduce((sum, path) => sum + gz(path), 0) / 1024,
	};
}

function lintOnce(handbook: string): number {
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, [join(ROOT, 'scripts/lint.ts'), handbook], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, HANDBOOK_TODAY: '2026-11-01' },
	});
	if (result.status !== 0) throw new Error(`lint failed:\n${result.stderr.slice(-2000)}`);
	return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Search as a reader meets it, through the real search dialog in Chromium: the median time of a
 * question once the index chunks it needs are loaded (each asked three times, its middle time;
 * the question read, every search it makes, its sections described: the dialog records that
 * time), and the bytes the first search of a visit downloads (search code, Pagefind and the index
 * chunks and fragments it needs).
 */
async function searchTiming(
	handbook: string,
	outDir: string,
	repeats: number,
): Promise<{ medianMs: number; firstSearchKB: number }> {
	// BENCH_PORT: tests running side by side on one machine each need a port of their own.
	const server = await startPreview(Number(process.env.BENCH_PORT ?? 4397), {
		...process.env,
		HANDBOOK_DIR: handbook,
		HANDBOOK_OUT_DIR: outDir,
	});
	try {
		const browser = await chromium.launch(chromiumLaunchOptions);
		try {
			const times: number[] = [];
			let firstSearchBytes = 0;
			for (const [path, queries] of [
				[
					'',
					[
						'炎上対応',
						'公式アカウントの運用',
						'効果測定のやり方',
						'投稿の承認は誰がする',
						'社内研修',
						'情報管理について',
						'顧客対応',
						'キャンペーンを始めたい',
					],
				],
				[
					'en/',
					[
						'backlash',
						'how do official accounts work',
						'measuring results',
						'who approves posts',
						'staff training',
						'replying to customers',
						'campaigns',
						'confidential',
					],
				],
			] as const) {
				// Without the offline service worker, whose caching of the whole site runs beside the
				// first search and made the count vary from 68 to 192 KB between runs; and counted from
				// when the page has finished loading, so that only what the search itself needs counts.
				const page = await browser.newPage({ serviceWorkers: 'block' });
				await page.goto(`${server.url}${path}`);
				await page.waitForLoadState('networkidle');
				// Each response's size arrives on its own: all of them are awaited before counting, or a
				// size still on its way is left out.
				const sizes: Promise<number>[] = [];
				page.on('requestfinished', (request) => {
					sizes.push(
						request.sizes().then((each) => each.responseBodySize + each.responseHeadersSize),
					);
				});
				const ask = async (query: string) => {
					await page.locator('.search__input').fill(query);
					await page.waitForFunction(
						(query) =>
							document.querySelector<HTMLElement>('dialog.search')?.dataset.answered === query,
						query,
					);
					return Number(await page.locator('dialog.search').getAttribute('data-search-ms'));
				};
				await page.locator('[data-search-open]').first().click();
				for (const [index, query] of queries.entries()) {
					await ask(query); // loads the index chunks and fragments this question needs
					if (index === 0 && path === '') {
						await page.waitForLoadState('networkidle');
						firstSearchBytes = (await Promise.all(sizes)).reduce((sum, each) => sum + each, 0);
					}
					// Again, three times by default, with spaces that change nothing but make the dialog
					// search anew: the middle time, so one pause of the machine counts for nothing.
					const again = [];
					for (let spaces = 1; spaces <= repeats; spaces++) {
						again.push(await ask(`${query}${' '.repeat(spaces)}`));
					}
					times.push(median(again));
				}
				await page.close();
			}
			return { medianMs: median(times), firstSearchKB: firstSearchBytes / 1024 };
		} finally {
			await browser.close();
		}
	} finally {
		server.stop();
	}
}

/** The measures that need a finished site, taken on the last measured build's. */
async function siteMeasures({ handbook, outDir }: KeptBuild, browser: boolean, repeats: number) {
	const lint = median(Array.from({ length: repeats }, () => lintOnce(handbook)));
	const load = firstLoad(outDir, 'chapter-0001/index.html');
	const search = browser ? await searchTiming(handbook, outDir, repeats) : null;
	return {
		lintSeconds: lint,
		firstLoadJsGzipKB: load.jsKB,
		firstLoadCssGzipKB: load.cssKB,
		searchMedianMs: search?.medianMs ?? null,
		firstSearchKB: search?.firstSearchKB ?? null,
	};
}

function summarise(runs: RunResult[]) {
	const pick = (key: keyof RunResult) => {
		const values = runs.map((run) => run[key]).filter((value): value is number => value !== null);
		return values.length > 0 ? median(values) : null;
	};
	const wall = pick('wallSeconds')!;
	const pages = pick('pages')!;
	const phases = Object.fromEntries(
		Object.keys(runs[0]!.phases).map((name) => {
			const values = runs
				.map((run) => run.phases[name as keyof Phases])
				.filter((value): value is number => value !== null);
			return [name, values.length > 0 ? median(values) : null];
		}),
	) as unknown as Phases;
	return {
		runs: runs.length,
		phases,
		wallSeconds: wall,
		cpuSeconds: pick('cpuSeconds'),
		peakMemoryMB: pick('peakMemoryMB'),
		pages,
		pagesPerSecond: pages / wall,
		outputMB: pick('outputMB'),
		searchIndexMB: pick('searchIndexMB'),
		searchIndexFiles: pick('searchIndexFiles'),
		precacheFiles: pick('precacheFiles'),
		precacheMB: pick('precacheMB'),
		precacheSentMB: pick('precacheSentMB'),
		precacheStoredMB: pick('precacheStoredMB'),
		allRunsWallSeconds: runs.map((run) => Number(run.wallSeconds.toFixed(2))),
	};
}

const fmt = (value: number | null | undefined, digits = 2) =>
	value === null || value === undefined ? 'n/a' : value.toFixed(digits);

function markdown(results: ReturnType<typeof report>): string {
	const { chapters, componentShare, build, site, scaled, starlight, checks } = results;
	const rows: Array<[string, string, string]> = [
		['Build wall time (median)', `${fmt(build.wallSeconds)} s`, `≤ ${BUDGETS.buildWallSeconds} s`],
		['Build CPU time', `${fmt(build.cpuSeconds)} s`, ''],
		[
			'Peak memory (largest process)',
			`${fmt(build.peakMemoryMB, 0)} MB`,
			`≤ ${BUDGETS.peakMemoryMB} MB`,
		],
		['Pages built', `${build.pages} (${fmt(build.pagesPerSecond, 0)} pages/s)`, ''],
		['Output size', `${fmt(build.outputMB, 1)} MB`, ''],
		['Search index', `${fmt(build.searchIndexMB, 2)} MB in ${build.searchIndexFiles} files`, ''],
		[
			'Offline precache, stored (text kept gzipped)',
			`${fmt(build.precacheStoredMB, 2)} MB: ${build.precacheFiles} files of ${fmt(build.precacheMB, 2)} MB (${fmt(build.precacheSentMB, 2)} MB sent with gzip)`,
			`≤ ${BUDGETS.precacheMB} MB`,
		],
		[
			"JS on a chapter's first load (gzip)",
			`${fmt(site.firstLoadJsGzipKB)} KB`,
			`≤ ${BUDGETS.firstLoadJsGzipKB} KB`,
		],
		[
			"CSS on a chapter's first load (gzip)",
			`${fmt(site.firstLoadCssGzipKB)} KB`,
			`≤ ${BUDGETS.firstLoadCssGzipKB} KB`,
		],
		['Lint alone (median of 3)', `${fmt(site.lintSeconds)} s`, `≤ ${BUDGETS.lintSeconds} s`],
		[
			'Median search question, index loaded',
			`${fmt(site.searchMedianMs)} ms`,
			`≤ ${BUDGETS.searchMedianMs} ms`,
		],
		['Downloaded by the first search', `${fmt(site.firstSearchKB)} KB`, ''],
	];
	if (starlight)
		rows.push(
			[
				'Starlight, same handbook (median wall, CPU, peak memory)',
				`${fmt(starlight.wallSeconds)} s, ${fmt(starlight.cpuSeconds)} s, ${fmt(starlight.peakMemoryMB, 0)} MB`,
				'',
			],
			["Build wall time / Starlight's", `×${fmt(starlight.ratio)}`, `≤ ×${BUDGETS.starlightRatio}`],
		);
	if (scaled)
		rows.push([
			`Build at ${scaled.chapters} chapters`,
			`${fmt(scaled.wallSeconds)} s (×${fmt(scaled.ratio)})`,
			`≤ ×${BUDGETS.scaling}`,
		]);
	const p = build.phases;
	rows.splice(1, 0, [
		'Where the time goes (median)',
		`startup ${fmt(p.startup)} s, setup ${fmt(p.setup)} s (lint beside it ${fmt(p.lint)} s), bundle ${fmt(p.bundle)} s, render ${fmt(p.render)} s, after render ${fmt(p.afterRender)} s (search index ${fmt(p.searchIndex)} s, offline cache ${fmt(p.offlineCache)} s, link check ${fmt(p.linkCheck)} s)`,
		'',
	]);
	if (starlight) {
		const q = starlight.phases;
		rows.push([
			'Starlight: where the time goes (median)',
			`startup ${fmt(q.startup)} s, setup ${fmt(q.setup)} s, bundle ${fmt(q.bundle)} s, render ${fmt(q.render)} s, after render ${fmt(q.afterRender)} s`,
			'',
		]);
	}
	const failed = checks.filter((check) => !check.ok).map((check) => check.name);
	return [
		`Generated handbook of ${chapters} chapters (Japanese and English, about 6 KB each, ${componentShare > 0 ? `${Math.round(componentShare * 100)}% of them with a component` : 'plain Markdown in `.mdx` files'}), \`npm run bench -- --chapters ${chapters}${componentShare > 0 ? ` --components ${componentShare}` : ''}${scaled ? ' --scale' : ''}${starlight ? ' --starlight DIR' : ''}\`, ${build.runs} cold build(s), on ${results.machine}.`,
		'',
		'| Measure | Result | Budget |',
		'| --- | --- | --- |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
		'',
		failed.length === 0 ? 'Every budget is met.' : `Over budget: ${failed.join(', ')}.`,
		'',
	].join('\n');
}

function report(
	chapters: number,
	componentShare: number,
	build: ReturnType<typeof summarise>,
	site: Awaited<ReturnType<typeof siteMeasures>>,
	scaled: { chapters: number; wallSeconds: number; ratio: number } | undefined,
	starlight: (ReturnType<typeof summarise> & { ratio: number }) | undefined,
) {
	const checks = [
		{ name: 'build time', ok: build.wallSeconds <= BUDGETS.buildWallSeconds },
		{
			name: 'peak memory',
			ok: build.peakMemoryMB === null || build.peakMemoryMB <= BUDGETS.peakMemoryMB,
		},
		{ name: 'first-load JS', ok: site.firstLoadJsGzipKB <= BUDGETS.firstLoadJsGzipKB },
		{ name: 'first-load CSS', ok: site.firstLoadCssGzipKB <= BUDGETS.firstLoadCssGzipKB },
		{ name: 'lint time', ok: site.lintSeconds <= BUDGETS.lintSeconds },
		{
			name: 'search time',
			ok: site.searchMedianMs === null || site.searchMedianMs <= BUDGETS.searchMedianMs,
		},
		{
			name: 'precache size',
			ok: build.precacheStoredMB === null || build.precacheStoredMB <= BUDGETS.precacheMB,
		},
		...(scaled ? [{ name: 'linear scaling', ok: scaled.ratio <= BUDGETS.scaling }] : []),
		...(starlight
			? [{ name: 'time against Starlight', ok: starlight.ratio <= BUDGETS.starlightRatio }]
			: []),
	];
	return {
		chapters,
		componentShare,
		date: new Date().toISOString(),
		machine: `${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'unknown CPU'}, ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores, Node ${process.version}`,
		budgets: BUDGETS,
		build,
		site,
		scaled,
		starlight,
		checks,
	};
}

const README_START = '<!-- benchmarks:start (generated by npm run bench -- --update-readme) -->';
const README_END = '<!-- benchmarks:end -->';

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			chapters: { type: 'string', default: '1000' },
			runs: { type: 'string', default: '3' },
			out: { type: 'string', default: join(ROOT, '.handbook/bench') },
			scale: { type: 'boolean', default: false },
			'update-readme': { type: 'boolean', default: false },
			'no-browser': { type: 'boolean', default: false },
			repeats: { type: 'string', default: '3' },
			starlight: { type: 'string' },
			components: { type: 'string', default: '0' },
		},
	});
	const chapters = Number(values.chapters);
	const runs = Number(values.runs);
	const repeats = Number(values.repeats);
	const componentShare = Number(values.components);
	if (!(componentShare >= 0 && componentShare <= 1))
		throw new Error('--components takes a share from 0 to 1');
	if (
		!Number.isInteger(chapters) ||
		chapters < 2 ||
		![runs, repeats].every((count) => Number.isInteger(count) && count >= 1)
	) {
		throw new Error(
			'--chapters takes a whole number of at least 2, --runs and --repeats at least 1',
		);
	}
	const log = (text: string) => process.stderr.write(`${text}\n`);
	const buildRuns: RunResult[] = [];
	const starlightRuns: RunResult[] = [];
	const starlightDir = values.starlight ? resolve(values.starlight) : undefined;
	if (starlightDir) prepareStarlight(starlightDir);
	const logRun = (result: RunResult) =>
		log(
			`  ${result.wallSeconds.toFixed(2)} s wall, ${fmt(result.cpuSeconds)} s CPU, ${fmt(result.peakMemoryMB, 0)} MB peak; ${Object.entries(
				result.phases,
			)
				.map(([name, value]) => `${name} ${fmt(value)}`)
				.join(', ')}`,
		);
	// The last build's site is kept for the measures that need one, instead of building it again.
	let kept: KeptBuild | undefined;
	for (let run = 1; run <= runs; run++) {
		log(`build ${run}/${runs} of ${chapters} chapters…`);
		const result = buildOnce(chapters, run === runs, componentShare);
		kept ??= result.kept;
		logRun(result);
		buildRuns.push(result);
		// Right after, on the same machine in the same state: the ratio is what the budget is about.
		if (starlightDir) {
			log(`Starlight build ${run}/${runs} of the same ${chapters} chapters…`);
			const reference = starlightOnce(starlightDir, chapters);
			logRun(reference);
			starlightRuns.push(reference);
		}
	}
	const build = summarise(buildRuns);
	const starlight = starlightDir
		? (() => {
				const summary = summarise(starlightRuns);
				return { ...summary, ratio: build.wallSeconds / summary.wallSeconds };
			})()
		: undefined;
	let scaled;
	if (values.scale) {
		const doubled: RunResult[] = [];
		for (let run = 1; run <= runs; run++) {
			log(`build ${run}/${runs} of ${chapters * 2} chapters…`);
			doubled.push(buildOnce(chapters * 2, false, componentShare));
		}
		const wall = median(doubled.map((each) => each.wallSeconds));
		scaled = { chapters: chapters * 2, wallSeconds: wall, ratio: wall / build.wallSeconds };
	}
	log('lint, first-load sizes and search timing…');
	let site: Awaited<ReturnType<typeof siteMeasures>>;
	try {
		site = await siteMeasures(kept!, !values['no-browser'], repeats);
	} finally {
		kept?.remove();
	}
	const results = report(chapters, componentShare, build, site, scaled, starlight);
	mkdirSync(values.out, { recursive: true });
	writeFileSync(join(values.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	const table = markdown(results);
	writeFileSync(join(values.out, 'benchmarks.md'), `# Benchmarks\n\n${table}`);
	if (values['update-readme']) {
		const readmePath = join(ROOT, 'README.md');
		const readme = readFileSync(readmePath, 'utf8');
		const start = readme.indexOf(README_START);
		const end = readme.indexOf(README_END);
		if (start === -1 || end === -1) throw new Error('README.md lacks the benchmark markers');
		writeFileSync(
			readmePath,
			`${readme.slice(0, start + README_START.length)}\n\n${table}\n${readme.slice(end)}`,
		);
	}
	process.stdout.write(table);
	log(`results: ${relative(process.cwd(), join(values.out, 'results.json'))}`);
	process.exitCode = results.checks.every((check) => check.ok) ? 0 : 1;
}

await main();

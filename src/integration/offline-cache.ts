import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { Locale } from '../config/handbook-config.ts';
import type { BuildInfo } from '../handbook/context.ts';
import { homeHref, pageHref, type SiteRoutes } from '../handbook/urls.ts';
import type { CachedOnVisit, OfflineFallback } from '../offline/service-worker.ts';

/** What the offline step needs to know about the site. */
export interface OfflineOptions {
	/** The staged output folder. */
	outDir: string;
	/** The path the site is served under (the service worker's scope) and the default locale. */
	routes: SiteRoutes;
	build: BuildInfo;
	logger: AstroIntegrationLogger;
	/** Folders below the output folder left out of the cache (the printable editions). */
	notCached?: readonly string[];
	/** The service worker without its precache list, from {@link prepareServiceWorker}. */
	worker: Promise<PreparedWorker>;
}

/** Files worth keeping for good: their names change whenever their content does. */
const CONTENT_HASHED =
	/(\/_astro\/.+\.[\w-]{8,}\.(js|css)$)|(\/pagefind\/([\w-]+\/)?(index|fragment|filter)\/.+)|(\/pagefind\/([\w-]+\/)?pagefind\.[\w-]+\.pf_meta$)/;

/**
 * URLs of pages under `prefix`: a path ending in `/` or `.html`, with or without a query. Other
 * files (`changes.xml`, a `.json`) are left alone, so that offline they fail as what they are
 * instead of being answered with an HTML page and status 200. A regular expression, because
 * Workbox copies route matchers into `sw.js` as source text: a function could not see `prefix`.
 */
function pagesUnder(prefix: string): RegExp {
	const path = new URL(prefix, 'http://handbook.invalid').pathname.replace(
		/[.*+?^${}()|[\]\\]/g,
		'\\$&',
	);
	return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${path}(?:[^?#]*(?:/|\\.html))?(?:[?#].*)?$`, 'i');
}

/**
 * Offline, a page that was never cached falls back to the offline page in its own language: the
 * other locales' prefixes (`/handbook/en/`) first, then everything else under the base path.
 */
export function offlineFallbacks(
	routes: SiteRoutes,
	locales: readonly Locale[],
): OfflineFallback[] {
	const others = locales.filter((locale) => locale !== routes.defaultLocale);
	return [...others, routes.defaultLocale].map((locale) => {
		const { source, flags } = pagesUnder(homeHref(routes, locale));
		return {
			pattern: source,
			flags,
			fallbackURL: `${pageHref(routes, locale, 'offline')}index.html`,
		};
	});
}

/**
 * The printable editions, cached when a reader opens one and refreshed on each visit online: they
 * repeat every chapter, too much to cache for everyone, but the one a reader printed from stays
 * theirs offline.
 */
export function keptOnVisit(base: string, folders: readonly string[]): CachedOnVisit[] {
	return folders.map((folder) => {
		const { source, flags } = pagesUnder(`${base}${folder}/`);
		return { pattern: source, flags };
	});
}

const WORKER_SOURCE = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** A service worker ready for its precache list, and the Workbox step that writes that list in. */
export interface PreparedWorker {
	code: string;
	injectManifest: typeof import('workbox-build/build/inject-manifest.js').injectManifest;
}

/**
 * Bundles and minifies the service worker (src/offline/service-worker.ts) with Vite, the bundler
 * Astro itself uses, with this handbook's fallbacks and build id written in, and loads Workbox's
 * `injectManifest` meanwhile. None of it depends on the built pages, so it runs while the search
 * index is written; only the precache list waits for that. The worker is a classic script
 * (IIFE), as browsers register service workers by default.
 */
export async function prepareServiceWorker(
	routes: SiteRoutes,
	locales: readonly Locale[],
	build: BuildInfo,
	visitedOnly: readonly string[] = [],
): Promise<PreparedWorker> {
	const [{ injectManifest }, code] = await Promise.all([
		// The module alone: workbox-build's index also loads generateSW's Rollup, Babel and Terser,
		// a second of CPU the handbook never uses.
		import('workbox-build/build/inject-manifest.js'),
		bundleWorker(
			offlineFallbacks(routes, locales),
			keptOnVisit(routes.base, visitedOnly),
			build.id,
		),
	]);
	return { code, injectManifest };
}

async function bundleWorker(
	fallbacks: OfflineFallback[],
	visited: CachedOnVisit[],
	buildId: string,
): Promise<string> {
	const { build } = await import('vite');
	const result = await build({
		configFile: false,
		envDir: false,
		publicDir: false,
		logLevel: 'warn',
		mode: 'production',
		define: {
			__HANDBOOK_OFFLINE_FALLBACKS__: JSON.stringify(fallbacks),
			__HANDBOOK_CACHED_ON_VISIT__: JSON.stringify(visited),
			__HANDBOOK_BUILD_ID__: JSON.stringify(buildId),
			// Workbox leaves out its development logging in production.
			'process.env.NODE_ENV': JSON.stringify('production'),
		},
		build: {
			write: false,
			minify: true,
			copyPublicDir: false,
			reportCompressedSize: false,
			rolldownOptions: { input: WORKER_SOURCE, output: { format: 'iife' } },
		},
	});
	const outputs = Array.isArray(result) ? result : [result];
	const chunk = outputs
		.flatMap((output) => ('output' in output ? output.output : []))
		.find((item) => item.type === 'chunk' && item.isEntry);
	if (!chunk || chunk.type !== 'chunk')
		throw new Error('Offline cache: the service worker did not bundle');
	return chunk.code;
}

/**
 * Writes `sw.js`: the bundled worker with Workbox's list of every page in every language, the
 * styles and scripts, and Pagefind's whole bundle, so that reading and searching work offline
 * after one visit. Reports how much is precached, and says so when Workbox leaves a file out for
 * its size.
 */
export async function writeServiceWorker({
	outDir,
	routes,
	build,
	logger,
	notCached = [],
	worker,
}: OfflineOptions): Promise<void> {
	const { base } = routes;
	const started = performance.now();
	const swSrc = join(outDir, '..', `${build.id}-${process.pid}-sw.js`);
	const { code, injectManifest } = await worker;
	writeFileSync(swSrc, code);
	const { count, size, warnings } = await injectManifest({
		swSrc,
		swDest: join(outDir, 'sw.js'),
		globDirectory: outDir,
		globPatterns: [
			'**/*.{html,css,js,svg,png,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
		],
		// Pagefind's own ready-made interfaces and its web worker are not used by the handbook
		// (search runs on the page: `noWorker` in the search dialog), and the printable edition
		// repeats every chapter (each cached on its own) for paper: it is cached when visited.
		globIgnores: [
			'pagefind/pagefind-*ui*',
			'pagefind/pagefind-worker.js',
			...notCached.map((folder) => `${folder}/**`),
			'sw.js',
			'**/*.map',
		],
		modifyURLPrefix: { '': base },
		dontCacheBustURLsMatching: CONTENT_HASHED,
	}).finally(() => rmSync(swSrc, { force: true }));
	for (const warning of warnings) logger.warn(`Offline cache: ${warning}`);
	writeFileSync(join(outDir, 'build.json'), `${JSON.stringify(build)}\n`);
	logger.info(
		`Offline cache: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached in ${Math.round(performance.now() - started)} ms (build ${build.id})`,
	);
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { generateSW } from 'workbox-build';
import type { Locale } from '../config/handbook-config.ts';
import type { BuildInfo } from '../handbook/context.ts';
import { homeHref, pageHref, type SiteRoutes } from '../handbook/urls.ts';

/** What the offline step needs to know about the site. */
export interface OfflineOptions {
	/** The staged output folder. */
	outDir: string;
	/** The path the site is served under (the service worker's scope) and the default locale. */
	routes: SiteRoutes;
	locales: readonly Locale[];
	build: BuildInfo;
	logger: AstroIntegrationLogger;
	/** Folders below the output folder left out of the cache (the printable editions). */
	notCached?: readonly string[];
}

/** Files worth keeping for good: their names change whenever their content does. */
const CONTENT_HASHED =
	/(\/_astro\/.+\.[\w-]{8,}\.(js|css)$)|(\/pagefind\/(index|fragment|filter)\/.+)|(\/pagefind\/pagefind\.[\w-]+\.pf_meta$)/;

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
function offlineFallbacks(routes: SiteRoutes, locales: readonly Locale[]) {
	const others = locales.filter((locale) => locale !== routes.defaultLocale);
	return [...others, routes.defaultLocale].map((locale) => ({
		urlPattern: pagesUnder(homeHref(routes, locale)),
		handler: 'NetworkOnly' as const,
		options: {
			precacheFallback: { fallbackURL: `${pageHref(routes, locale, 'offline')}index.html` },
		},
	}));
}

/**
 * Writes `sw.js` with Workbox: after one visit, every page in every language, the styles and
 * scripts, and Pagefind's whole bundle are cached, so reading and searching work offline. A page
 * that is not cached falls back to the offline page when the network is gone. Reports how much is
 * precached, and says so when Workbox leaves a file out for its size.
 */
export async function writeServiceWorker({
	outDir,
	routes,
	locales,
	build,
	logger,
	notCached = [],
}: OfflineOptions): Promise<void> {
	const { base } = routes;
	const started = performance.now();
	const { count, size, warnings } = await generateSW({
		globDirectory: outDir,
		globPatterns: [
			'**/*.{html,css,js,svg,png,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
		],
		// Pagefind's own ready-made interfaces are not used by the handbook, and the printable
		// edition repeats every chapter (each cached on its own) for paper.
		globIgnores: [
			'pagefind/pagefind-*ui*',
			...notCached.map((folder) => `${folder}/**`),
			'sw.js',
			'**/*.map',
		],
		swDest: join(outDir, 'sw.js'),
		modifyURLPrefix: { '': base },
		dontCacheBustURLsMatching: CONTENT_HASHED,
		// Search asks for Pagefind's entry with `?ts=<build id>` and result links carry `?highlight=`:
		// both are the same cached file.
		ignoreURLParametersMatching: [/^ts$/, /^highlight$/, /^utm_/],
		// "/handbook/planning/" is cached as "/handbook/planning/index.html".
		directoryIndex: 'index.html',
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		skipWaiting: false,
		cacheId: 'handbook',
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		runtimeCaching: offlineFallbacks(routes, locales),
	});
	for (const warning of warnings) logger.warn(`Offline cache: ${warning}`);
	writeFileSync(join(outDir, 'build.json'), `${JSON.stringify(build)}\n`);
	logger.info(
		`Offline cache: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached in ${Math.round(performance.now() - started)} ms (build ${build.id})`,
	);
}

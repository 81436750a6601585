/**
 * The handbook's service worker, bundled by the offline step (src/integration/offline-cache.ts)
 * at the end of a build, which then injects the list of files to precache with Workbox's
 * `injectManifest`. After one visit every page, style, script and Pagefind's whole bundle are
 * cached; a page that is not falls back to the offline page of its language.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
	addPlugins,
	cleanupOutdatedCaches,
	getCacheKeyForURL,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { compressedStorage, fromStorage } from './compressed-storage.ts';

/** One offline fallback: requests whose URL matches `pattern` get `fallbackURL` when offline. */
export interface OfflineFallback {
	/** Source and flags of a regular expression over the whole request URL. */
	pattern: string;
	flags: string;
	fallbackURL: string;
}

/** Pages cached only once a reader opens them: requests whose URL matches `pattern`. */
export interface CachedOnVisit {
	pattern: string;
	flags: string;
}

/** The worker's global scope, as far as this worker uses it (the DOM types have no such scope). */
interface WorkerScope {
	/** Where `injectManifest` writes the files to precache, with their revisions. */
	__WB_MANIFEST: Array<PrecacheEntry | string>;
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * What pages and the worker tell each other: a page accepts a new deploy (`SKIP_WAITING`), or
 * asks which build the worker serves (`BUILD`) and is answered with its id.
 */
export type WorkerMessage = { type: 'SKIP_WAITING' } | { type: 'BUILD'; id?: string };

// Replaced by the bundler with the handbook's own fallbacks, one per locale, most specific first.
declare const __HANDBOOK_OFFLINE_FALLBACKS__: OfflineFallback[];
// Replaced by the bundler with the pages cached when visited (the printable editions).
declare const __HANDBOOK_CACHED_ON_VISIT__: CachedOnVisit[];
// Replaced by the bundler with the id of the build this worker caches.
declare const __HANDBOOK_BUILD_ID__: string;

const scope = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: 'handbook' });

scope.addEventListener('message', (event) => {
	const type = (event.data as Partial<WorkerMessage> | null)?.type;
	// A new deploy waits until the reader accepts the reload the page offers.
	if (type === 'SKIP_WAITING') void scope.skipWaiting();
	// A page compares its own build with the worker's: older means it shows an outdated copy.
	if (type === 'BUILD')
		(event.source as MessagePort | null)?.postMessage({
			type: 'BUILD',
			id: __HANDBOOK_BUILD_ID__,
		} satisfies WorkerMessage);
});
clientsClaim();

// Pages, styles and scripts are kept gzipped: a third of the storage (see compressed-storage.ts).
addPlugins([compressedStorage]);
// Written as `self.__WB_MANIFEST`, which `injectManifest` looks for, even after minifying.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
	// Search asks for Pagefind's entry with `?ts=<build id>` and result links carry `?highlight=`:
	// both are the same cached file.
	ignoreURLParametersMatching: [/^ts$/, /^highlight$/, /^utm_/],
	// "/handbook/planning/" is cached as "/handbook/planning/index.html".
	directoryIndex: 'index.html',
});
cleanupOutdatedCaches();

// A page's address typed or shared without its final slash ("/handbook/en/contact-sheet"): the
// server redirects it to the page, and so does the worker, offline too, when it holds the page.
registerRoute(
	({ request, url }) =>
		request.mode === 'navigate' &&
		!/\/$|\.\w+$/.test(url.pathname) &&
		getCacheKeyForURL(`${url.pathname}/index.html`) !== undefined,
	({ url }) => Promise.resolve(Response.redirect(`${url.pathname}/${url.search}`, 301)),
);

const fallbacks = __HANDBOOK_OFFLINE_FALLBACKS__.map(({ pattern, flags, fallbackURL }) => ({
	matches: new RegExp(pattern, flags),
	fallbackURL,
}));

// Workbox's PrecacheFallbackPlugin reads the cache directly, past the plugin that unpacks what
// the cache stores gzipped: the same fallback, unpacked. It is the offline page of the language
// the address is in.
const offlinePage: WorkboxPlugin = {
	handlerDidError: async ({ request }) => {
		const fallback = fallbacks.find(({ matches }) => matches.test(request.url));
		const cached = fallback && (await matchPrecache(fallback.fallbackURL));
		return cached ? fromStorage(cached) : undefined;
	},
};

// A printable edition: from the network while online, and the copy last seen offline.
const visitedPages = new NetworkFirst({
	cacheName: 'handbook-visited',
	plugins: [compressedStorage, offlinePage],
});
for (const { pattern, flags } of __HANDBOOK_CACHED_ON_VISIT__) {
	registerRoute(new RegExp(pattern, flags), visitedPages, 'GET');
}

const notSaved = new NetworkOnly({ plugins: [offlinePage] });
for (const { matches } of fallbacks) registerRoute(matches, notSaved, 'GET');

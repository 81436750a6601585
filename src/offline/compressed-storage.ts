/**
 * The offline cache keeps text compressed. Every page in both languages is precached, and
 * uncompressed a 1000-chapter handbook took 26 MB of a reader's storage, three quarters of it
 * HTML; gzipped, about a third of that. A page is stored gzipped as the service worker caches it
 * (Workbox's `cacheWillUpdate`) and unpacked as it is read (`cachedResponseWillBeUsed`), with the
 * browser's own `CompressionStream`. Pagefind's index files are compressed already and stay as
 * they are; so does anything in a browser without compression streams.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';

/** The header that marks a cached response whose body is stored gzipped. */
export const STORED_GZIP_HEADER = 'x-handbook-stored';

/** Media types worth compressing: text, scripts, styles, JSON, SVG, the web app manifest. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/i;

/** Whether this scope can compress and decompress (every current browser; not all older ones). */
function canCompress(): boolean {
	return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/**
 * A copy of `response` with another body and its headers, less those the new body falsifies: its
 * length, and the encoding a server sent it with, which `fetch` has already undone.
 */
function withBody(
	response: Response,
	body: ReadableStream<Uint8Array>,
	headers: Headers,
): Response {
	headers.delete('content-length');
	headers.delete('content-encoding');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The response as it should be stored: gzipped, marked with {@link STORED_GZIP_HEADER}, when it
 * is text; as it is otherwise.
 */
export function forStorage(response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	if (!canCompress() || !response.body || !COMPRESSIBLE.test(type)) return response;
	const headers = new Headers(response.headers);
	headers.set(STORED_GZIP_HEADER, 'gzip');
	return withBody(response, response.body.pipeThrough(new CompressionStream('gzip')), headers);
}

/**
 * The response as a page reads it: unpacked when it was stored gzipped, as it is otherwise (a file
 * cached by an earlier worker, before the cache kept text compressed, is still good).
 */
export function fromStorage(response: Response): Response {
	if (response.headers.get(STORED_GZIP_HEADER) !== 'gzip' || !response.body) return response;
	const headers = new Headers(response.headers);
	headers.delete(STORED_GZIP_HEADER);
	return withBody(response, response.body.pipeThrough(new DecompressionStream('gzip')), headers);
}

/**
 * The precache's plugin: stores text gzipped and unpacks it when read. As a `cacheWillUpdate`
 * plugin it also takes over Workbox's default check for precaching, which it replaces: a response
 * with an error status is never stored.
 */
export const compressedStorage: WorkboxPlugin = {
	cacheWillUpdate: async ({ response }) => (response.status >= 400 ? null : forStorage(response)),
	cachedResponseWillBeUsed: async ({ cachedResponse }) =>
		cachedResponse ? fromStorage(cachedResponse) : cachedResponse,
};

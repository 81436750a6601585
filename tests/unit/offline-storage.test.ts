import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	compressedStorage,
	forStorage,
	fromStorage,
	STORED_GZIP_HEADER,
} from '../../src/offline/compressed-storage.ts';

const PAGE = `<!DOCTYPE html><html lang="ja"><body>${'<p>炎上したときは、まず事実を確かめます。</p>'.repeat(200)}</body></html>`;

function served(body: string | Uint8Array<ArrayBuffer>, type: string, status = 200): Response {
	return new Response(body, {
		status,
		headers: {
			'content-type': type,
			'content-length': String(new Blob([body]).size),
			// As a compressing server sent it: fetch has already unpacked the body.
			'content-encoding': 'gzip',
		},
	});
}

describe('the offline cache keeps text compressed', () => {
	it('stores a page gzipped and marked, with no stale length, and reads it back as served', async () => {
		const stored = forStorage(served(PAGE, 'text/html; charset=utf-8'));
		expect(stored.headers.get(STORED_GZIP_HEADER)).toBe('gzip');
		expect(stored.headers.get('content-length')).toBeNull();
		expect(stored.headers.get('content-encoding')).toBeNull();
		expect(stored.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const bytes = new Uint8Array(await stored.clone().arrayBuffer());
		expect(bytes.length).toBeLessThan(new TextEncoder().encode(PAGE).length / 5);
		expect(gunzipSync(bytes).toString('utf8')).toBe(PAGE);

		const read = fromStorage(stored);
		expect(read.headers.get(STORED_GZIP_HEADER)).toBeNull();
		expect(read.status).toBe(200);
		expect(await read.text()).toBe(PAGE);
	});

	it("leaves Pagefind's already compressed index files and images as they are", () => {
		for (const type of ['application/octet-stream', 'image/png', 'application/wasm']) {
			const response = served(new Uint8Array([31, 139, 8, 0]), type);
			expect(forStorage(response)).toBe(response);
		}
	});

	it('reads a page an earlier worker stored uncompressed as it is', async () => {
		const old = served(PAGE, 'text/html');
		expect(fromStorage(old)).toBe(old);
		expect(await fromStorage(old).text()).toBe(PAGE);
	});

	it('never stores an error response, as Workbox’s own precache check would not', async () => {
		const update = compressedStorage.cacheWillUpdate!;
		const param = (response: Response) =>
			({ response, request: new Request('http://h.invalid/'), state: {} }) as Parameters<
				typeof update
			>[0];
		expect(await update(param(served('Not found', 'text/html', 404)))).toBeNull();
		const stored = await update(param(served(PAGE, 'text/html')));
		expect(stored?.headers.get(STORED_GZIP_HEADER)).toBe('gzip');
	});
});

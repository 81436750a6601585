import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../scripts/lib/build-phases.ts';

/** The lines of a 1000-chapter build's log that the phases are read from, as Astro prints them. */
const LOG = `12:06:27 [handbook] 1000 chapter(s) checked: no problems, in 1873 ms
12:06:27 [handbook] Building in /tmp/staging, published to /tmp/out/ once every step succeeds
12:06:29 [content] Syncing content
12:06:29 [content] Synced content
12:06:29 [types] Generated 2.21s
12:06:29 [build] output: "static"
12:06:29 [build] Collecting build info...
12:06:29 [build] ✓ Completed in 4.15s.
12:06:29 [build] Building static entrypoints...
12:06:37 [vite] ✓ built in 7.59s
12:06:37 [vite] ✓ built in 269ms
12:06:38 [build] Rearranging server assets...

 generating static routes 
12:06:38   ├─ /chapter-0001/index.html (+12ms) 
12:06:44 ✓ Completed in 5.72s.

12:06:44 [build] ✓ Completed in 14.44s.
12:06:49 [handbook] Search index: 1011 pages in 4433 ms
12:06:51 [handbook] Offline cache: 2135 files, 25.47 MB precached in 812 ms (build 20261125T120625Z)
12:06:51 [handbook] Link check: 100450 links on 1013 pages in 1358 ms, none dead
12:06:51 [handbook] Published to /tmp/out/
12:06:51 [build] 1013 page(s) built in 25.89s
12:06:51 [build] Complete!
`;

describe('where a build spends its time, read from its log', () => {
	it('splits the wall time into startup, setup, bundling, rendering and the steps after', () => {
		const phases = buildPhases(LOG, 28.5);
		expect(phases.startup).toBeCloseTo(28.5 - 25.89, 5);
		expect(phases.lint).toBeCloseTo(1.873, 5);
		expect(phases.setup).toBeCloseTo(4.15, 5);
		expect(phases.bundle).toBeCloseTo(7.59 + 0.269, 5);
		expect(phases.render).toBeCloseTo(5.72, 5);
		expect(phases.searchIndex).toBeCloseTo(4.433, 5);
		expect(phases.offlineCache).toBeCloseTo(0.812, 5);
		expect(phases.linkCheck).toBeCloseTo(1.358, 5);
		expect(phases.afterRender).toBeCloseTo(25.89 - 4.15 - 7.859 - 5.72, 5);
	});

	it('reads the minutes Astro writes for a build over a minute', () => {
		const slow = LOG.replace('page(s) built in 25.89s', 'page(s) built in 1m 5s');
		expect(buildPhases(slow, 70).startup).toBeCloseTo(5, 5);
	});

	it('leaves out what a log does not say, such as a build that failed', () => {
		const failed = LOG.slice(0, LOG.indexOf('12:06:29 [build] Collecting'));
		expect(buildPhases(failed, 3)).toMatchObject({
			startup: null,
			lint: 1.873,
			setup: null,
			bundle: null,
			afterRender: null,
		});
	});
});

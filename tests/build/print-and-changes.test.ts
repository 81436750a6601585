import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-fixture.ts';

describe('the printable edition and what changed', () => {
	let site: FixtureBuild;

	beforeAll(() => {
		site = buildFixture('basic-site');
		expect(site.status, site.output).toBe(0);
	});

	it('prints every chapter of a language in reading order on one page, with a cover and contents', () => {
		const print = site.read('print/index.html');
		const order = [...print.matchAll(/data-print-chapter="([^"]+)"/g)].map((match) => match[1]);
		expect(order).toEqual(['emergency', 'first', 'second', '社内-ルール']);
		expect(print).toMatch(
			/data-print-cover[\s\S]*テスト手引き[\s\S]*2026年11月1日 作成[\s\S]*版：20261101T090000Z/,
		);
		expect([...print.matchAll(/<a href="#chapter-([^"]+)">/g)].map((match) => match[1])).toEqual(
			order,
		);
		expect(site.read('en/print/index.html').match(/data-print-chapter=/g)).toHaveLength(3);
	});

	it('shows owner and review date under each printed chapter, and no site chrome', () => {
		const print = site.read('print/index.html');
		expect(print).toMatch(
			/<h1>二番目の章<\/h1><p class="print-chapter__meta">担当：<a href="https:\/\/chat\.example\.com\/legal">Legal Counsel<\/a>・最終レビュー：<time datetime="2026-04-15">/,
		);
		for (const chrome of [
			'site-header',
			'data-sidebar',
			'site-footer',
			'data-crisis-link',
			'data-pagefind-body',
		]) {
			expect(print, chrome).not.toContain(chrome);
		}
	});

	it('links the printable edition and what changed from the footer of every page', () => {
		for (const page of ['index.html', 'first/index.html', 'en/review/index.html']) {
			const prefix = page.startsWith('en/') ? '/handbook/en/' : '/handbook/';
			expect(site.read(page), page).toContain(`href="${prefix}print/" data-print-link`);
			expect(site.read(page), page).toContain(`href="${prefix}changes/"`);
		}
	});

	it('lists chapters by their latest change, newest first, and the home page shows the three latest changes', () => {
		const changes = site.read('changes/index.html');
		expect(
			[...changes.matchAll(/class="changes__chapter" data-chapter="([^"]+)"/g)].map(
				(match) => match[1],
			),
		).toEqual(['first', 'second']);
		expect(changes).toMatch(/2026年5月10日<\/time> — 細かい話を追加/);
		const home = site.read('index.html');
		const latest = home.slice(home.indexOf('data-latest-changes'));
		expect([...latest.matchAll(/data-change-date="([^"]+)"/g)].map((match) => match[1])).toEqual([
			'2026-05-10',
			'2026-04-15',
			'2026-03-01',
		]);
	});

	it('publishes what changed as an Atom feed per language, newest first, with absolute URLs under the site and base', () => {
		const feed = site.read('changes.xml');
		expect(feed).toMatch(
			/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/,
		);
		expect(feed).toContain('<id>https://intranet.example.com/handbook/changes/</id>');
		const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((match) => match[0]);
		expect(entries).toHaveLength(3);
		const updated = entries.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)![1]!);
		expect(updated).toEqual([...updated].sort().reverse());
		expect(entries[0]).toContain('<link href="https://intranet.example.com/handbook/first/"');
		expect(entries[0]).toMatch(
			/<title type="html"><!\[CDATA\[最初の章: 細かい話を追加\]\]><\/title>/,
		);
		const english = site.read('en/changes.xml');
		expect(english).toContain('<link href="https://intranet.example.com/handbook/en/first/"');
	});
});

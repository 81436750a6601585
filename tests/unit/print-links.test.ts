import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { printAnchor, printHref, type SiteRoutes } from '../../src/handbook/urls.ts';
import { DeadLinkError, siteLinks } from '../../src/integration/link-check.ts';

const routes: SiteRoutes = { base: '/handbook/', defaultLocale: 'ja' };
/** The chapters of the Japanese edition, by the decoded path of their pages. */
const printed = new Map([
	['/handbook/planning/', 'planning'],
	['/handbook/crisis/first-hour/', 'crisis/first-hour'],
	['/handbook/crisis/levels/', 'crisis/levels'],
	['/handbook/炎上-対応/', '炎上-対応'],
]);
const link = (href: string, slug: string) =>
	printHref(href, routes, { locale: 'ja', slug }, (path) => printed.get(path));

describe('links of the printable edition', () => {
	it('sends a link to a printed chapter, or to one of its headings, to its place on the page', () => {
		expect(link('../levels/', 'crisis/first-hour')).toBe('#chapter-crisis/levels');
		expect(link('../../planning/#goals', 'crisis/first-hour')).toBe('#chapter-planning--goals');
		expect(link('../crisis/first-hour/#最初の1時間', 'planning')).toBe(
			'#chapter-crisis/first-hour--最初の1時間',
		);
		expect(link('../%E7%82%8E%E4%B8%8A-%E5%AF%BE%E5%BF%9C/', 'planning')).toBe(
			'#chapter-炎上-対応',
		);
		expect(link('../levels', 'crisis/first-hour')).toBe('#chapter-crisis/levels');
	});

	it("writes a link to another page of the site from the site's root, and leaves other hosts alone", () => {
		expect(link('../../owners/#pr-manager', 'crisis/first-hour')).toBe(
			'/handbook/owners/#pr-manager',
		);
		expect(link('../../en/crisis/levels/', 'crisis/first-hour')).toBe(
			'/handbook/en/crisis/levels/',
		);
		expect(link('../images/flow.svg', 'planning')).toBe('/handbook/images/flow.svg');
		expect(link('https://example.com/x', 'planning')).toBe('https://example.com/x');
		expect(link('mailto:pr@example.co.jp', 'planning')).toBe('mailto:pr@example.co.jp');
	});

	it('keeps each chapter apart with its own prefix', () => {
		expect(printAnchor('team/roles')).toBe('chapter-team/roles');
		expect(printAnchor('team/roles', 'faq')).toBe('chapter-team/roles--faq');
	});
});

describe('the link check of the built site', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

	function site(files: Record<string, string>): string {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-links-'));
		dirs.push(dir);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	}

	it('names the chapter file, line and column holding a dead link, once for every page showing it', async () => {
		const handbook = site({
			'ja/crisis/01-first-hour.mdx':
				'---\ntitle: T\n---\n\n本文。\n\n[担当者](../../owners/#nobody)へ。\n',
		});
		const out = site({
			'index.html': '<a href="crisis/first-hour/">x</a>',
			'x.png': '',
			'owners/index.html': '<h1 id="pr">Owners</h1>',
			'crisis/first-hour/index.html':
				'<main><nav><a href="../../owners/">ok</a></nav><div class="prose" data-source="ja/crisis/01-first-hour.mdx"><p><img src="/x.png" alt=""><a href="../../owners/#nobody">担当者</a></p></div><a href="/nowhere/">footer</a></main>',
			'print/index.html':
				'<article data-source="ja/crisis/01-first-hour.mdx"><a href="/owners/#nobody">担当者</a></article><a href="/owners/#pr">ok</a>',
		});
		const links = siteLinks(out, '/', {
			dir: handbook,
			display: (file) => file.slice(handbook.length + 1),
		});
		await links.read(() => true);
		let error: unknown;
		try {
			links.check(logger);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(DeadLinkError);
		expect((error as Error).message.split('\n').slice(1)).toEqual([
			'ja/crisis/01-first-hour.mdx:7:7: /crisis/first-hour/ → /owners/#nobody (no such section); also on /print/',
			'/crisis/first-hour/ → /nowhere/ (no such page)',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	chapterHref,
	chapterId,
	homeHref,
	pageHref,
	parseChapterPath,
	routeParam,
	slugify,
} from '../../src/handbook/urls.ts';

describe('chapter paths', () => {
	it('reads locale, slug and order from a numbered file name', () => {
		expect(parseChapterPath('ja/03-planning.mdx')).toEqual({
			locale: 'ja',
			slug: 'planning',
			prefixOrder: 3,
		});
	});

	it('keeps a file name without a number as it is, with no order', () => {
		expect(parseChapterPath('en/glossary.mdx')).toEqual({
			locale: 'en',
			slug: 'glossary',
			prefixOrder: undefined,
		});
	});

	it('turns spaces and capitals into a readable URL segment', () => {
		expect(parseChapterPath('en/10 Crisis Handling.mdx').slug).toBe('crisis-handling');
	});

	it('keeps Japanese file names as Japanese slugs', () => {
		expect(parseChapterPath('ja/07-炎上 対応.mdx').slug).toBe('炎上-対応');
	});

	it('keeps sub-folders in the slug', () => {
		expect(chapterId('en/team/02-roles.mdx')).toBe('en/team/roles');
	});

	it('slugifies punctuation away at both ends', () => {
		expect(slugify('  (Draft) Roles & Duties!  ')).toBe('draft-roles-duties');
	});
});

describe('URLs', () => {
	const routes = { base: '/handbook/', defaultLocale: 'ja' as const };

	it('serves the default locale at the base and others under their code', () => {
		expect(homeHref(routes, 'ja')).toBe('/handbook/');
		expect(homeHref(routes, 'en')).toBe('/handbook/en/');
	});

	it('links chapters under the base, ending with a slash', () => {
		expect(chapterHref(routes, 'ja', 'planning')).toBe('/handbook/planning/');
		expect(chapterHref(routes, 'en', 'planning')).toBe('/handbook/en/planning/');
		expect(pageHref(routes, 'en', 'owners')).toBe('/handbook/en/owners/');
	});

	it('percent-encodes Japanese slugs', () => {
		expect(chapterHref(routes, 'ja', '炎上-対応')).toBe(
			`/handbook/${encodeURIComponent('炎上-対応')}/`,
		);
	});

	it('works at the root too', () => {
		expect(chapterHref({ base: '/', defaultLocale: 'ja' }, 'ja', 'planning')).toBe('/planning/');
	});

	it('gives Astro the route parameter of each page', () => {
		expect(routeParam(routes, 'ja')).toBeUndefined();
		expect(routeParam(routes, 'en')).toBe('en');
		expect(routeParam(routes, 'ja', 'planning')).toBe('planning');
		expect(routeParam(routes, 'en', 'team/roles')).toBe('en/team/roles');
	});
});

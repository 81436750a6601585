import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandbookInputErrors } from '../../src/config/yaml-file.ts';
import { createCatalogue, placeChapter } from '../../src/handbook/catalogue.ts';
import { createBuildContext, createBuildInfo } from '../../src/handbook/context.ts';
import { discoverHandbook, readCatalogue } from '../../src/handbook/discover.ts';
import { readBuildEnv } from '../../src/handbook/env.ts';
import {
	chapterHref,
	editHref,
	feedHref,
	pagePath,
	relativeHref,
	routeOfPath,
} from '../../src/handbook/urls.ts';
import { lintChapters } from '../../src/lint/lint-files.ts';
import { suiteFolder, testFolder } from '../helpers/temp-folders.ts';
import { chapterEntry, testHandbook } from './helpers/chapters.ts';

const OWNERS = `- id: lead\n  name: Lead\n  team: Marketing\n  contact: lead@example.com\n`;

/** A handbook in the empty folder `dir` with the given chapter files (path → text). */
function handbookOnDisk(
	dir: string,
	chapters: Record<string, string>,
	config = 'title: Guide\n',
): string {
	writeFileSync(join(dir, 'handbook.yaml'), config);
	writeFileSync(join(dir, 'owners.yaml'), OWNERS);
	for (const [path, text] of Object.entries(chapters)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

function chapter(fields: Record<string, string>): string {
	const lines = Object.entries({
		title: 'T',
		description: 'D',
		owner: 'lead',
		reviewed: '2026-01-31',
		...fields,
	}).map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n\n## Section\n\nText.\n`;
}

describe('placing a chapter', () => {
	it('takes its section from the sub-folder it sits in', () => {
		expect(placeChapter('en/crisis/02-first-hour.mdx', {})).toMatchObject({
			locale: 'en',
			slug: 'crisis/first-hour',
			prefixOrder: 2,
			section: 'crisis',
		});
	});

	it('lets a `section` field name the group instead of the folder, as an id', () => {
		expect(placeChapter('ja/x.mdx', { section: 'Crisis Handling' }).section).toBe(
			'crisis-handling',
		);
		expect(placeChapter('ja/crisis/first-hour.mdx', { section: '緊急時' }).section).toBe('緊急時');
		expect(placeChapter('ja/01-purpose.mdx', {}).section).toBeUndefined();
	});

	it('keys translations by `translationOf`, else by slug, ignoring values that are not text', () => {
		expect(placeChapter('en/handling.mdx', { translationOf: 'crisis' }).translationKey).toBe(
			'crisis',
		);
		expect(placeChapter('en/handling.mdx', { translationOf: 3 }).translationKey).toBe('handling');
	});
});

describe('the catalogue', () => {
	const handbook = testHandbook({ review: { every: '6 months' } });
	const catalogue = createCatalogue(handbook, [
		chapterEntry('ja/01-purpose.mdx', { reviewed: '2026-08-31' }),
		chapterEntry('ja/team/02-roles.mdx', { reviewEvery: '90 days' }),
		chapterEntry('en/01-purpose.mdx', { owner: 'nobody' }),
		chapterEntry('fr/01-objet.mdx'),
	]);

	it('leaves out chapters outside the configured locales', () => {
		expect(Object.keys(catalogue.chapters)).toEqual(['ja', 'en']);
		expect([...catalogue.chapters.ja, ...catalogue.chapters.en].map((each) => each.id)).toEqual([
			'ja/purpose',
			'ja/team/roles',
			'en/purpose',
		]);
	});

	it("gives each chapter its due date from its own interval or the handbook's", () => {
		const [purpose, roles] = catalogue.chapters.ja;
		expect(purpose?.due).toBe('2027-02-28');
		expect(roles?.due).toBe('2026-05-01');
	});

	it('resolves each owner from the registry once', () => {
		expect(catalogue.chapters.ja[0]?.owner?.contact).toBe('lead@example.com');
		expect(catalogue.chapters.en[0]?.owner).toBeUndefined();
	});

	it('finds the source of a translation in the default locale', () => {
		expect(catalogue.sourceOf(catalogue.chapters.en[0]!)?.id).toBe('ja/purpose');
	});

	it('carries the section into the entry', () => {
		expect(catalogue.chapters.ja[1]?.section).toBe('team');
	});
});

describe('URL rules', () => {
	const routes = { base: '/handbook/', defaultLocale: 'ja' as const };

	it('gives lint the same page path the site links to, below the base', () => {
		for (const [locale, slug] of [
			['ja', 'planning'],
			['en', 'team/roles'],
			['ja', '炎上-対応'],
		] as const) {
			expect(decodeURIComponent(chapterHref(routes, locale, slug))).toBe(
				`/handbook/${pagePath('ja', locale, slug)}`,
			);
		}
	});

	it('reads the locale and slug back from a path', () => {
		const config = { locales: ['ja', 'en'], defaultLocale: 'ja' };
		expect(routeOfPath(config, 'en/team/roles/')).toEqual({ locale: 'en', slug: 'team/roles' });
		expect(routeOfPath(config, 'planning/')).toEqual({ locale: 'ja', slug: 'planning' });
	});

	it('writes relative links between pages of any depth', () => {
		expect(
			relativeHref('ja', { locale: 'en', slug: 'team/roles' }, { locale: 'ja', slug: 'x' }),
		).toBe('../../../x/');
		expect(relativeHref('ja', { locale: 'ja', slug: 'a' }, { locale: 'ja' })).toBe('../');
	});

	it('names the feeds and the edit links', () => {
		expect(feedHref(routes, 'ja')).toBe('/handbook/changes.xml');
		expect(feedHref(routes, 'en')).toBe('/handbook/en/changes.xml');
		expect(editHref('https://git.example.com/edit/main/content/', 'ja/炎上.mdx')).toBe(
			`https://git.example.com/edit/main/content/ja/${encodeURIComponent('炎上')}.mdx`,
		);
		expect(editHref(undefined, 'ja/a.mdx')).toBeUndefined();
	});
});

describe('discovering chapters on disk', () => {
	const dir = handbookOnDisk(suiteFolder('handbook-catalogue-'), {
		'ja/01-purpose.mdx': chapter({}),
		'ja/guide/02-crisis.mdx': chapter({ reviewEvery: '1 month', section: 'Crisis' }),
		'en/01-purpose.mdx': chapter({ reviewed: '2025-12-01' }),
		'en/broken.mdx': '---\ntitle: [broken\n---\n',
		'fr/objet.mdx': chapter({}),
	});
	const context = createBuildContext({ env: readBuildEnv({}), dir });

	it('finds every chapter file, misplaced and broken ones included, for lint', () => {
		const files = discoverHandbook(context.handbook);
		expect(files.chapters.map((each) => each.sourcePath)).toEqual([
			'en/01-purpose.mdx',
			'en/broken.mdx',
			'fr/objet.mdx',
			'ja/01-purpose.mdx',
			'ja/guide/02-crisis.mdx',
		]);
		expect(files.placeOf(files.chaptersAt('ja', 'guide/crisis')[0]!).section).toBe('crisis');
	});

	it('reads a file once and hands out the same text after', () => {
		const files = discoverHandbook(context.handbook);
		const path = join(dir, 'ja/01-purpose.mdx');
		expect(files.textOf(path)).toBe(files.textOf(path));
	});

	it('builds the catalogue of valid chapters and sets the broken ones apart', () => {
		const { catalogue, unreadable } = readCatalogue(context.handbook);
		expect(catalogue.chapters.ja.map((each) => each.id)).toEqual(['ja/purpose', 'ja/guide/crisis']);
		expect(unreadable.map((each) => each.path)).toEqual([join(dir, 'en/broken.mdx')]);
	});

	it('gives lint and the review rows the same due date and translation state', async () => {
		const { catalogue } = readCatalogue(context.handbook);
		const rows = catalogue.reviewRows('2026-11-01');
		const [file] = await lintChapters(context.handbook, [join(dir, 'ja/guide/02-crisis.mdx')], {
			today: '2026-11-01',
		});
		const crisis = rows.find((row) => row.chapter.id === 'ja/guide/crisis')!;
		expect(crisis.status).toBe('overdue');
		expect(file!.messages.map((message) => message.reason).join('\n')).toContain(
			`due on ${crisis.due}`,
		);
		const [translation] = await lintChapters(context.handbook, [join(dir, 'en/01-purpose.mdx')], {
			today: '2026-11-01',
		});
		const behind = rows.find((row) => row.chapter.id === 'en/purpose')!;
		expect(behind.translationBehind).toBe(true);
		expect(translation!.messages.some((message) => message.ruleId === 'translation-in-sync')).toBe(
			true,
		);
	});
});

describe('the build context', () => {
	it('reads each variable once, checked, and names the one that is wrong', () => {
		const env = readBuildEnv({
			HANDBOOK_DIR: 'tests/fixtures/basic-site',
			HANDBOOK_TODAY: '2026-11-01',
			HANDBOOK_BUILD_TIME: '2026-11-20T10:00:00Z',
		});
		expect(env).toMatchObject({ today: '2026-11-01', buildTime: '2026-11-20T10:00:00Z' });
		const messages = (() => {
			try {
				readBuildEnv({ HANDBOOK_TODAY: '2026-02-30', HANDBOOK_BUILD_TIME: 'yesterday' });
			} catch (error) {
				if (error instanceof HandbookInputErrors) return error.errors.map((each) => each.message);
			}
			return [];
		})();
		expect(messages).toEqual([
			'HANDBOOK_TODAY:1:1: Expected a calendar date written YYYY-MM-DD, received "2026-02-30"',
			'HANDBOOK_BUILD_TIME:1:1: Expected an ISO timestamp such as 2026-11-01T09:00:00Z, received "yesterday"',
		]);
	});

	it('fixes the build id and "today" from the environment', () => {
		expect(createBuildInfo('2026-11-20T10:00:00Z')).toEqual({
			id: '20261120T100000Z',
			time: '2026-11-20T10:00:00.000Z',
		});
		const dir = handbookOnDisk(testFolder('handbook-catalogue-'), {});
		const context = createBuildContext({
			env: readBuildEnv({ HANDBOOK_TODAY: '2030-01-02', HANDBOOK_BASE: '/docs/' }),
			dir,
		});
		expect(context.today).toBe('2030-01-02');
		expect(context.handbook.config.base).toBe('/docs/');
	});

	it('turns --verbose or DEBUG into stack traces', () => {
		expect(readBuildEnv({}, ['node', 'astro', 'build', '--verbose']).verbose).toBe(true);
		expect(readBuildEnv({ DEBUG: '1' }, []).verbose).toBe(true);
		expect(readBuildEnv({}, []).verbose).toBe(false);
	});
});

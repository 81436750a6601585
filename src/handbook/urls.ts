/**
 * The URL rules of a handbook, in one place: where a chapter file's path puts its page, how a
 * page's URL is written under the base path, and which names the site keeps for its own pages.
 * The lint rules, the pages, the feeds, the print edition and the offline cache all ask here, so
 * that lint and the site can never disagree about a URL. Pure: it runs in the browser too.
 */
import type { Locale } from '../config/handbook-config.ts';

/** A chapter file's place in the handbook, derived from its path alone. */
export interface ChapterPath {
	/** The locale folder the file sits in (`ja`). */
	locale: string;
	/** The URL segment of the chapter: the file name without order prefix or extension. */
	slug: string;
	/** The numeric prefix of the file name (`03-planning.mdx` → 3), if any. */
	prefixOrder: number | undefined;
	/** The sub-folder between the locale folder and the file (`team` for `en/team/roles.mdx`). */
	folder: string | undefined;
}

const ORDER_PREFIX = /^(\d+)[-_ .]+/;

/**
 * Turns a file name into a URL segment that is readable in any script: lowercase, spaces and
 * punctuation to single hyphens, letters of every language (`炎上対応`) kept as they are.
 */
export function slugify(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The id of a section as chapters and `handbook.yaml` name it, compared as URL segments:
 * `Crisis Handling` → `crisis-handling`, `team/Roles` → `team/roles`, `緊急時` stays.
 */
export function sectionId(name: string): string {
	return name.split('/').map(slugify).filter(Boolean).join('/');
}

/**
 * Reads locale, slug and order from a chapter's path relative to the handbook folder, e.g.
 * `ja/03-planning.mdx` → `{ locale: 'ja', slug: 'planning', prefixOrder: 3 }`.
 * Files in sub-folders keep the folder in the slug (`en/team/roles.mdx` → `team/roles`).
 */
export function parseChapterPath(relativePath: string): ChapterPath {
	const parts = relativePath.replaceAll('\\', '/').split('/');
	const locale = parts[0] ?? '';
	const segments = parts.slice(1);
	const fileName = (segments.pop() ?? '').replace(/\.mdx?$/i, '');
	const prefix = ORDER_PREFIX.exec(fileName);
	const baseName = prefix ? fileName.slice(prefix[0].length) : fileName;
	const folders = segments.map(slugify).filter(Boolean);
	const slug = [...folders, slugify(baseName)].filter(Boolean).join('/');
	return {
		locale,
		slug,
		prefixOrder: prefix ? Number(prefix[1]) : undefined,
		folder: folders.length > 0 ? folders.join('/') : undefined,
	};
}

/** The content-collection id of a chapter: `<locale>/<slug>`. */
export function chapterId(relativePath: string): string {
	const { locale, slug } = parseChapterPath(relativePath);
	return `${locale}/${slug}`;
}

/** Slugs that would collide with the handbook's own pages and locale prefixes. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
	'404',
	'_astro',
	'pagefind',
	'icons',
	'owners',
	'review',
	'offline',
	'print',
	'changes',
	'en',
	'ja',
]);

/** The site's own pages in each language, besides the home page and the chapters. */
export const SITE_PAGES = ['owners', 'review', 'changes', 'print'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/** What every URL builder needs to know about where the site lives. */
export interface SiteRoutes {
	/** The configured base path, starting and ending with `/`. */
	base: string;
	defaultLocale: Locale;
}

/** The locale's URL prefix segments: none for the default locale, `['en']` for English. */
function localeSegments(defaultLocale: string, locale: string): string[] {
	return locale === defaultLocale ? [] : [locale];
}

/** The path segments of a locale's page below the base, not encoded: `['en', 'team', 'roles']`. */
function pageSegments(defaultLocale: string, locale: string, page?: string): string[] {
	return [...localeSegments(defaultLocale, locale), ...(page ? page.split('/') : [])].filter(
		Boolean,
	);
}

/** Joins the base path with path segments, each percent-encoded, ending with `/`. */
function join(base: string, segments: string[]): string {
	const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
	return path ? `${base}${path}/` : base;
}

/** The home page (table of contents) of a locale: `/handbook/` or `/handbook/en/`. */
export function homeHref(routes: SiteRoutes, locale: Locale): string {
	return join(routes.base, pageSegments(routes.defaultLocale, locale));
}

/** The id of a section's place on the home page and in the print edition: `section-team-roles`. */
export function sectionAnchor(id: string): string {
	return `section-${id.replaceAll('/', '-')}`;
}

/** A section of a locale's home page: `/handbook/en/#section-crisis`. */
export function sectionHref(routes: SiteRoutes, locale: Locale, id: string): string {
	return `${homeHref(routes, locale)}#${sectionAnchor(id)}`;
}

/**
 * Where a chapter starts in the printable edition, and one of its headings: `chapter-team/roles`,
 * `chapter-team/roles--faq`. Every id a chapter's text brings is prefixed the same way, so two
 * chapters' "FAQ" headings stay apart on the one page.
 */
export function printAnchor(slug: string, heading?: string): string {
	return heading ? `chapter-${slug}--${heading}` : `chapter-${slug}`;
}

/**
 * A link of a chapter's text as the printable edition needs it. Written relative to the chapter's
 * own page (`../planning/#goals`, `../../crisis/first-hour/`), it would resolve against the print
 * page instead; so a link to a chapter printed on the same page goes to that chapter's place
 * there (`#chapter-planning--goals`), a link to any other page of the site becomes its path
 * from the site's root, and links to other hosts, or with a scheme, stay as written.
 * `printed(path)` gives the slug of the chapter of this edition served at a decoded site path.
 */
export function printHref(
	href: string,
	routes: SiteRoutes,
	from: { locale: Locale; slug: string },
	printed: (path: string) => string | undefined,
): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
	const origin = 'http://print.invalid';
	const url = new URL(href, `${origin}${chapterHref(routes, from.locale, from.slug)}`);
	const path = decodeURIComponent(url.pathname);
	const heading = decodeURIComponent(url.hash.slice(1));
	const slug = printed(path.endsWith('/') ? path : `${path}/`);
	if (slug !== undefined && url.search === '') return `#${printAnchor(slug, heading || undefined)}`;
	return `${url.pathname}${url.search}${url.hash}`;
}

/** A chapter's page: `/handbook/planning/` or `/handbook/en/planning/`. */
export function chapterHref(routes: SiteRoutes, locale: Locale, slug: string): string {
	return join(routes.base, pageSegments(routes.defaultLocale, locale, slug));
}

/** Any other page of a locale, such as `owners`: `/handbook/en/owners/`. */
export function pageHref(routes: SiteRoutes, locale: Locale, page: string): string {
	return join(routes.base, pageSegments(routes.defaultLocale, locale, page));
}

/** A locale's "what changed" Atom feed: `/handbook/changes.xml`, `/handbook/en/changes.xml`. */
export function feedHref(routes: SiteRoutes, locale: Locale): string {
	return `${pageHref(routes, locale, 'changes').replace(/\/$/, '')}.xml`;
}

/**
 * The route parameter Astro's `[...path]` page receives for a locale's page:
 * `undefined` for the default locale's home, `en`, `planning`, `en/planning`.
 */
export function routeParam(routes: SiteRoutes, locale: Locale, slug?: string): string | undefined {
	const path = pageSegments(routes.defaultLocale, locale, slug).join('/');
	return path || undefined;
}

/**
 * A page's path below the base as a browser resolves it, not encoded: `planning/`,
 * `en/planning/`, `''` for the default locale's home. Lint resolves relative links against it.
 */
export function pagePath(defaultLocale: string, locale: string, slug?: string): string {
	const segments = pageSegments(defaultLocale, locale, slug);
	return segments.length > 0 ? `${segments.join('/')}/` : '';
}

/** Which locale and slug a path below the base shows (`en/planning/` → `en`, `planning`). */
export function routeOfPath(
	config: { locales: readonly string[]; defaultLocale: string },
	path: string,
): { locale: string; slug: string } {
	const segments = path.split('/').filter(Boolean);
	const first = segments[0];
	if (first && first !== config.defaultLocale && config.locales.includes(first)) {
		return { locale: first, slug: segments.slice(1).join('/') };
	}
	return { locale: config.defaultLocale, slug: segments.join('/') };
}

/** The relative link from one page to another, as writers put it in chapters: `../en/planning/`. */
export function relativeHref(
	defaultLocale: string,
	from: { locale: string; slug?: string },
	to: { locale: string; slug?: string },
): string {
	const depth = pagePath(defaultLocale, from.locale, from.slug).split('/').filter(Boolean).length;
	return `${'../'.repeat(depth)}${pagePath(defaultLocale, to.locale, to.slug)}`;
}

/** Where a reader proposes a change to a chapter: its source path appended to `editUrl`. */
export function editHref(editUrl: string | undefined, sourcePath: string): string | undefined {
	return editUrl
		? new URL(sourcePath.split('/').map(encodeURIComponent).join('/'), editUrl).href
		: undefined;
}

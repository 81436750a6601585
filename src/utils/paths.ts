import type { Locale } from '../config/handbook-config.ts';

/** What every URL builder needs to know about where the site lives. */
export interface SiteRoutes {
	/** The configured base path, starting and ending with `/`. */
	base: string;
	defaultLocale: Locale;
}

/** Joins the base path with path segments, each percent-encoded, ending with `/`. */
function join(base: string, segments: string[]): string {
	const path = segments
		.flatMap((segment) => segment.split('/'))
		.filter(Boolean)
		.map((segment) => encodeURIComponent(segment))
		.join('/');
	return path ? `${base}${path}/` : base;
}

/** The locale's URL prefix segments: none for the default locale, `['en']` for English. */
function localeSegments(routes: SiteRoutes, locale: Locale): string[] {
	return locale === routes.defaultLocale ? [] : [locale];
}

/** The home page (table of contents) of a locale: `/handbook/` or `/handbook/en/`. */
export function homeHref(routes: SiteRoutes, locale: Locale): string {
	return join(routes.base, localeSegments(routes, locale));
}

/** A chapter's page: `/handbook/planning/` or `/handbook/en/planning/`. */
export function chapterHref(routes: SiteRoutes, locale: Locale, slug: string): string {
	return join(routes.base, [...localeSegments(routes, locale), slug]);
}

/** Any other page of a locale, such as `owners`: `/handbook/en/owners/`. */
export function pageHref(routes: SiteRoutes, locale: Locale, page: string): string {
	return join(routes.base, [...localeSegments(routes, locale), page]);
}

/**
 * The route parameter Astro's `[...path]` page receives for a locale's page:
 * `undefined` for the default locale's home, `en`, `planning`, `en/planning`.
 */
export function routeParam(routes: SiteRoutes, locale: Locale, slug?: string): string | undefined {
	const path = [...localeSegments(routes, locale), ...(slug ? [slug] : [])].join('/');
	return path || undefined;
}

import { getCollection } from 'astro:content';
import { build, handbook } from 'virtual:handbook/context';
import type { Locale, LocalizedText } from '../config/handbook-config.ts';
import { buildHandbookIndex, type HandbookIndex } from './handbook-index.ts';
import { localize } from './localize.ts';
import { pageHref, type SiteRoutes } from './paths.ts';
import { buildReviewRows, type ReviewRow } from '../review/review-rows.ts';
import { today } from './review-dates.ts';

let index: Promise<HandbookIndex> | undefined;

/**
 * The handbook index, built on first use and shared by every page of the build, so that
 * navigation costs the same whether the handbook has ten chapters or a thousand.
 */
export function getHandbookIndex(): Promise<HandbookIndex> {
	index ??= getCollection('chapters').then((entries) => buildHandbookIndex(handbook, entries));
	return index;
}

/** Base path and default locale, for the URL helpers. */
export const routes: SiteRoutes = {
	base: handbook.config.base,
	defaultLocale: handbook.config.defaultLocale,
};

/** The text for `locale`, falling back to the handbook's default locale. */
export function inLocale(text: LocalizedText | undefined, locale: Locale): string {
	return localize(text, locale, handbook.config.defaultLocale);
}

export { build, handbook };

/**
 * An absolute URL for a site path under the configured `site` (`https://intranet.example.com`);
 * the path unchanged when the handbook has no `site`.
 */
export function absoluteUrl(path: string): string {
	return handbook.config.site ? new URL(path, handbook.config.site).href : path;
}

/** The day of this build, `YYYY-MM-DD`: the date readers see as "handbook as of". */
export const buildDay = build.time.slice(0, 10);

/** The same site page (`owners`, `review`) in every language, for the language switch. */
export function pageAlternates(page: string): Partial<Record<Locale, string>> {
	return Object.fromEntries(
		handbook.config.locales.map((locale) => [locale, pageHref(routes, locale, page)]),
	);
}

/** Every chapter's review state on the day of the build; the browser judges it again on its own day. */
export async function getReviewRows(): Promise<ReviewRow[]> {
	return buildReviewRows(await getHandbookIndex(), handbook.config, today());
}

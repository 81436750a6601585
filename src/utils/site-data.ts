import { relative, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { build, handbook, today } from 'virtual:handbook/context';
import { contactHref } from '../config/contact.ts';
import type { Locale, LocalizedText } from '../config/handbook-config.ts';
import { createCatalogue, type Catalogue, type ReviewRow } from '../handbook/catalogue.ts';
import { pageHref, type SiteRoutes } from '../handbook/urls.ts';
import { localize } from './localize.ts';

let catalogue: Promise<Catalogue> | undefined;

/** Where a collection entry's file sits in the handbook folder, e.g. `ja/03-planning.mdx`. */
function sourcePathOf(entry: { id: string; filePath?: string | undefined }): string {
	// The glob loader gives paths relative to the project root.
	return entry.filePath
		? relative(handbook.dir, resolve(entry.filePath)).replaceAll('\\', '/')
		: `${entry.id}.mdx`;
}

/**
 * The chapter catalogue, built on first use from the content collection and shared by every
 * page of the build, so that navigation costs the same whether the handbook has ten chapters or
 * a thousand.
 */
export function getCatalogue(): Promise<Catalogue> {
	catalogue ??= getCollection('chapters').then((entries) =>
		createCatalogue(
			handbook,
			entries.map((entry) => ({ sourcePath: sourcePathOf(entry), data: entry.data })),
		),
	);
	return catalogue;
}

/** The link that reaches someone by their contact in owners.yaml, with handbook.yaml's chat links. */
export function contactLink(contact: string): string {
	return contactHref(contact, handbook.config.chatLinks);
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

export { build, handbook, today };

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
	return (await getCatalogue()).reviewRows(today);
}

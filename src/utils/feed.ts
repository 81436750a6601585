import { Feed } from 'feed';
import type { Locale } from '../config/handbook-config.ts';
import { uiStrings } from '../translations/index.ts';
import { allChanges } from './changes.ts';
import { chapterHref, feedHref, pageHref } from '../handbook/urls.ts';
import { build, getCatalogue, handbook, inLocale, routes } from './site-data.ts';

/** An absolute URL for a site path, from the configured `site`; unchanged without one. */
function absolute(path: string): string {
	return handbook.config.site ? new URL(path, handbook.config.site).href : path;
}

/**
 * The "what changed" list of a locale as an Atom feed, so that people can follow it in a feed
 * reader or a Teams/Outlook channel. Every URL is absolute under the configured `site` and base.
 */
export async function changesFeed(locale: Locale): Promise<string> {
	const index = await getCatalogue();
	const strings = uiStrings(locale);
	const changes = allChanges(index, locale);
	const page = absolute(pageHref(routes, locale, 'changes'));
	const feed = new Feed({
		id: page,
		link: page,
		title: `${inLocale(handbook.config.title, locale)} — ${strings['changes.title']}`,
		description: strings['changes.lead'],
		language: locale,
		updated: new Date(changes[0] ? `${changes[0].date}T00:00:00Z` : build.time),
		generator: 'guideline-handbook',
		copyright: '',
		feedLinks: { atom: absolute(feedHref(routes, locale)) },
	});
	for (const change of changes.slice(0, 50)) {
		const link = absolute(chapterHref(routes, locale, change.chapter.slug));
		feed.addItem({
			id: `${link}#${change.date}-${encodeURIComponent(change.summary).slice(0, 40)}`,
			link,
			title: `${change.chapter.data.title}: ${change.summary}`,
			description: change.summary,
			date: new Date(`${change.date}T00:00:00Z`),
		});
	}
	return feed.atom1();
}

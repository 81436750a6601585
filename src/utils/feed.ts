import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { Locale } from '../config/handbook-config.ts';
import { uiStrings } from '../translations/index.ts';
import { atomId } from './atom-id.ts';
import { allChanges } from './changes.ts';
import { chapterHref, feedHref, pageHref } from '../handbook/urls.ts';
import { absoluteUrl, build, getCatalogue, handbook, inLocale, routes } from './site-data.ts';

/** A short, stable name for one change of a chapter: its date and a hash of its summary. */
function changeFragment(date: string, summary: string): string {
	return `change-${date}-${createHash('sha256').update(summary).digest('hex').slice(0, 12)}`;
}

/**
 * The "what changed" list of a locale as an Atom feed, so that people can follow it in a feed
 * reader or a Teams/Outlook channel. Every URL is absolute under the configured `site` and base.
 */
export async function changesFeed(locale: Locale): Promise<string> {
	const index = await getCatalogue();
	const strings = uiStrings(locale);
	const changes = allChanges(index, locale);
	const page = absoluteUrl(pageHref(routes, locale, 'changes'));
	const feed = new Feed({
		id: atomId(page),
		link: page,
		title: `${inLocale(handbook.config.title, locale)} — ${strings['changes.title']}`,
		description: strings['changes.lead'],
		language: locale,
		updated: new Date(changes[0] ? `${changes[0].date}T00:00:00Z` : build.time),
		generator: 'guideline-handbook',
		copyright: '',
		feedLinks: { atom: absoluteUrl(feedHref(routes, locale)) },
	});
	for (const change of changes.slice(0, 50)) {
		const link = absoluteUrl(chapterHref(routes, locale, change.chapter.slug));
		feed.addItem({
			id: atomId(link, changeFragment(change.date, change.summary)),
			link,
			title: `${change.chapter.data.title}: ${change.summary}`,
			description: change.summary,
			date: new Date(`${change.date}T00:00:00Z`),
		});
	}
	return feed.atom1();
}

import type { APIRoute } from 'astro';
import { changesFeed } from '../utils/feed.ts';
import { handbook } from '../utils/site-data.ts';

/** The default language's "what changed" feed, at `<base>changes.xml`. */
export const GET: APIRoute = async () =>
	new Response(await changesFeed(handbook.config.defaultLocale), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});

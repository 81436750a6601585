import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../config/handbook-config.ts';
import { changesFeed } from '../../utils/feed.ts';
import { handbook } from '../../utils/site-data.ts';

/** The other languages' "what changed" feeds, at `<base><locale>/changes.xml`. */
export const getStaticPaths = (() =>
	handbook.config.locales
		.filter((locale) => locale !== handbook.config.defaultLocale)
		.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await changesFeed(params.locale as Locale), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});

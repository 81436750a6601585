import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../config/handbook-config.ts';
import { runningHeadCss } from '../../reading/print-style.ts';
import { handbook, inLocale } from '../../utils/site-data.ts';

export const getStaticPaths = (() =>
	handbook.config.locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * The heading printed at the top of every sheet: the handbook's title in the page's language. A
 * stylesheet of the site's own (print media only) rather than inline CSS, so that a
 * Content-Security-Policy header allowing only the site's own files allows it too.
 */
export const GET: APIRoute = ({ params }) =>
	new Response(runningHeadCss(inLocale(handbook.config.title, params.locale as Locale)), {
		headers: { 'Content-Type': 'text/css; charset=utf-8' },
	});

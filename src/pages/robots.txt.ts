import type { APIRoute } from 'astro';
import { handbook, routes } from '../utils/site-data.ts';

/**
 * `<base>robots.txt`. Crawlers read it only at the root of a host, so it matters when the handbook
 * is served at `/`; under another base path the `<meta name="robots">` of every page and the
 * `X-Robots-Tag` header (README.md) keep an intranet handbook out of search engines.
 */
export const GET: APIRoute = () =>
	new Response(
		handbook.config.robots === 'noindex'
			? `User-agent: *\nDisallow: ${routes.base}\n`
			: `User-agent: *\nAllow: ${routes.base}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);

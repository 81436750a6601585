import type { APIRoute } from 'astro';
import { handbook, inLocale, routes } from '../utils/site-data.ts';

/** The web app manifest: the handbook can be added to a phone's home screen and opens offline. */
export const GET: APIRoute = () => {
	const locale = handbook.config.defaultLocale;
	const manifest = {
		name: inLocale(handbook.config.title, locale),
		short_name: inLocale(handbook.config.shortTitle ?? handbook.config.title, locale),
		description: inLocale(handbook.config.description, locale),
		lang: locale,
		start_url: routes.base,
		scope: routes.base,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#1d5fbf',
		icons: [
			{ src: `${routes.base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${routes.base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
			{
				src: `${routes.base}icons/maskable-512.png`,
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable',
			},
		],
	};
	return new Response(JSON.stringify(manifest, null, 2), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};

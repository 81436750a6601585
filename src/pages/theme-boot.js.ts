import type { APIRoute } from 'astro';
import { THEME_BOOT_SCRIPT } from '../reading/theme-boot.ts';

/**
 * The theme the reader chose, applied before the first paint. A file of the site's own, loaded
 * by a blocking `<script src>` in `<head>`, rather than inline code: a Content-Security-Policy
 * header that allows only the site's own files (README, "Serving the site") then allows it too.
 */
export const GET: APIRoute = () =>
	new Response(THEME_BOOT_SCRIPT, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});

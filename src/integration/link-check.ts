import type { AstroIntegrationLogger } from 'astro';
import { check, LinkState } from 'linkinator';

/** Thrown when the built site links to a page or section that does not exist. */
export class DeadLinkError extends Error {
	constructor(dead: string[]) {
		super(`${dead.length} dead link(s) in the built site:\n${dead.join('\n')}`);
		this.name = 'DeadLinkError';
	}
}

/**
 * A crawled link as a reader would recognise it: linkinator reports pages of a local folder as
 * file paths, which are turned back into the site's own paths under its base.
 */
function sitePath(url: string, outDir: string, base: string): string {
	const root = outDir.replace(/[\\/]+$/, '');
	if (url.startsWith(root)) return decodeURI(`${base}${url.slice(root.length).replace(/^\//, '')}`);
	try {
		const parsed = new URL(url);
		return decodeURI(`${parsed.pathname}${parsed.hash}`);
	} catch {
		return url;
	}
}

/**
 * Crawls the built site from its home pages with linkinator over a local server, following every
 * internal link and checking `#anchors` too; links to other hosts are not followed (the site
 * makes no requests elsewhere, and people's links such as mailto: are theirs to follow).
 * The base path is mapped onto the output folder, so `/handbook/planning/` finds `planning/`.
 */
export async function checkLinks(
	outDir: string,
	base: string,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const result = await check({
		path: outDir,
		recurse: true,
		checkFragments: true,
		concurrency: 50,
		timeout: 10_000,
		retry: false,
		urlRewriteExpressions:
			base === '/'
				? []
				: [{ pattern: new RegExp(`^(https?://[^/]+)${escapedBase}`), replacement: '$1/' }],
		linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
	});
	const dead = result.links
		.filter((link) => link.state === LinkState.BROKEN)
		.map((link) => {
			const from = link.parent ? sitePath(link.parent, outDir, base) : '(start)';
			const to = sitePath(link.url, outDir, base);
			const reason = link.failureDetails
				?.map((detail) => (detail instanceof Error ? detail.message : ''))
				.find(Boolean);
			return `${from} → ${to} (${link.status ? `HTTP ${link.status}` : (reason ?? 'broken')})`;
		});
	if (dead.length > 0) throw new DeadLinkError([...new Set(dead)]);
	logger.info(
		`Link check: ${result.links.length} links in ${Math.round(performance.now() - started)} ms, none dead`,
	);
}

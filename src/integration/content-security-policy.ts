import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The handbook's Content-Security-Policy, given to Astro's `security.csp`, which adds the hashes of
 * every script and style it emits and writes the policy as a `<meta>` on each page. Everything
 * comes from the site itself; `'wasm-unsafe-eval'` is there only because Pagefind's search runs as
 * WebAssembly. The same policy, plus what only a header can say, is documented in README.md for
 * nginx, Apache, IIS and Caddy.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Where scripts may come from besides the hashed ones Astro emits. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Where styles may come from besides the hashed ones Astro emits. */
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/**
 * The directives with `img-src` widened to the origins `handbook.yaml` allows images from
 * (`remoteImageOrigins`): exactly those, nothing else.
 */
export function cspDirectives(
	remoteImageOrigins: readonly string[] = [],
): Array<(typeof CSP_DIRECTIVES)[number] | `img-src ${string}`> {
	return CSP_DIRECTIVES.map((directive) =>
		directive === "img-src 'self' data:" && remoteImageOrigins.length > 0
			? (`img-src 'self' data: ${remoteImageOrigins.join(' ')}` as const)
			: directive,
	);
}

/** Astro's `security.csp` option for the handbook. */
export function handbookCsp(remoteImageOrigins: readonly string[] = []) {
	return {
		algorithm: 'SHA-256' as const,
		directives: cspDirectives(remoteImageOrigins),
		scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
		styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
	};
}

/**
 * The policy's source for the hash of empty content. Astro hashes every stylesheet of a page,
 * including the `<link rel="stylesheet">` ones, whose content it sees as empty: the result would
 * allow an empty inline `<style>` and nothing else, and only confuses whoever reads the policy.
 */
export const EMPTY_CONTENT_SOURCE = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/**
 * Removes {@link EMPTY_CONTENT_SOURCE} from the policy `<meta>` of every page in `outDir`. Returns
 * how many pages changed.
 */
export function dropEmptyContentHashes(outDir: string): number {
	let changed = 0;
	for (const path of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
		if (!path.endsWith('.html')) continue;
		const file = join(outDir, path);
		const html = readFileSync(file, 'utf8');
		const cleaned = html.replace(
			/(<meta http-equiv="content-security-policy" content=")([^"]*)"/i,
			(_, start: string, policy: string) =>
				`${start}${policy.replaceAll(` ${EMPTY_CONTENT_SOURCE}`, '')}"`,
		);
		if (cleaned === html) continue;
		writeFileSync(file, cleaned);
		changed++;
	}
	return changed;
}

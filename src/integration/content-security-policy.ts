/**
 * The handbook's Content-Security-Policy, given to Astro's `security.csp`, which adds the hashes of
 * every script and style it emits and writes the policy as a `<meta>` on each page. Everything
 * comes from the site itself; `'wasm-unsafe-eval'` is there only because Pagefind's search runs as
 * WebAssembly. The same policy, plus what only a header can say, is documented in README.md for
 * nginx, Apache and IIS.
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

/** Astro's `security.csp` option for the handbook. */
export const handbookCsp = {
	algorithm: 'SHA-256' as const,
	directives: [...CSP_DIRECTIVES],
	scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
	styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
};

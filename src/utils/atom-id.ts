import { createHash } from 'node:crypto';

/**
 * An Atom `<id>`: a permanent, absolute IRI that stays the same for the same thing across builds.
 * With a `site` it is the page's full URL plus `#<fragment>`; without one a page path is not
 * absolute, so the id is a `urn:uuid:` made from the path and fragment instead. Either way the
 * text is whole: a summary is hashed, never cut (a cut could split a percent-escape).
 */
export function atomId(href: string, fragment?: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return fragment ? `${href}#${fragment}` : href;
	const hex = createHash('sha256')
		.update(`${href}#${fragment ?? ''}`)
		.digest('hex');
	// Shaped as a version 8 (custom) UUID, RFC 9562.
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

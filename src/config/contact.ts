/**
 * How people are reached: what an owner's `contact` (and `chat`, and `handbook.yaml`'s `contact`)
 * may be, and the link a reader follows. One module for checking and linking, so that whatever
 * passes `owners.yaml` renders as a working link on every page.
 */

/** Chat schemes with the link that opens a handle, from `handbook.yaml`'s `chatLinks`. */
export type ChatLinkTemplates = Readonly<Record<string, string>>;

const SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/i;
const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
const PHONE = /^\+?[\d\s()-]{6,}$/;
/** Schemes a browser opens by itself: the web, mail and the phone. */
const LINK_SCHEMES = new Set(['https', 'http', 'mailto', 'tel']);

/**
 * Why `contact` is not a way to reach someone, or `undefined` when it is: an e-mail address, an
 * `https://` link, a phone number, `mailto:`/`tel:`, or a chat handle whose scheme `chatLinks`
 * lists (`slack:#ops-support`). A bare `#channel` or `@name` names no chat system, so no link can
 * open it.
 */
export function contactProblem(contact: string, chatLinks: ChatLinkTemplates): string | undefined {
	const value = contact.trim();
	const scheme = SCHEME.exec(value);
	const expected =
		'expected an e-mail address, an https:// link, a phone number, or a chat handle with its scheme such as "slack:#team"';
	if (scheme) {
		const name = scheme[1]!.toLowerCase();
		const rest = scheme[2]!;
		if (LINK_SCHEMES.has(name)) {
			if (name.startsWith('http') && !URL.canParse(value))
				return `Unexpected "${contact}", expected a complete link such as "https://chat.example.com/team"`;
			return rest.trim() === ''
				? `Unexpected "${contact}" with nothing after "${name}:"`
				: undefined;
		}
		if (name in chatLinks) {
			return rest.replace(/^[#@]/, '').trim() === ''
				? `Unexpected "${contact}", expected a handle after "${name}:" such as "${name}:#team"`
				: undefined;
		}
		const known = Object.keys(chatLinks);
		return `Unexpected chat scheme "${name}:" in "${contact}", expected ${
			known.length > 0 ? `one of ${known.map((each) => `"${each}:"`).join(', ')}` : 'a scheme'
		} listed under \`chatLinks\` in handbook.yaml with the link that opens a handle (e.g. \`${name}: https://…{handle}…\`)`;
	}
	if (EMAIL.test(value) || PHONE.test(value)) return undefined;
	if (/^[#@]/.test(value))
		return `Unexpected "${contact}": a chat handle needs its scheme, such as "slack:${value}" (with \`chatLinks\` in handbook.yaml), or ${expected.replace('expected ', '')}`;
	return `Unexpected "${contact}", ${expected}`;
}

/**
 * The link a reader follows to reach someone: `mailto:` for an address, `tel:` for a phone number
 * (so a phone calls it with one tap), the chat scheme's template with the handle filled in, the
 * URL otherwise. Expects a contact {@link contactProblem} accepts.
 */
export function contactHref(contact: string, chatLinks: ChatLinkTemplates = {}): string {
	const value = contact.trim();
	const scheme = SCHEME.exec(value);
	if (scheme) {
		const template = chatLinks[scheme[1]!.toLowerCase()];
		if (!template || LINK_SCHEMES.has(scheme[1]!.toLowerCase())) return value;
		const handle = scheme[2]!.trim().replace(/^[#@]/, '');
		return template.replaceAll('{handle}', encodeURIComponent(handle));
	}
	if (value.includes('@')) return `mailto:${value}`;
	if (PHONE.test(value)) return `tel:${value.replace(/[^\d+]/g, '')}`;
	return value;
}

/**
 * The raw HTML a `.md` chapter may hold, and what happens to the rest. CommonMark passes HTML
 * through untouched, so a chapter could carry a `<script>`, an `<iframe>` or an `onerror`
 * handler. Lint (`allowed-html`) reports those with their place, and the build's Markdown plugin
 * (`processor.ts`) drops them as a safety net; both judge by {@link judgeRawHtml}, so they agree.
 *
 * A tag that is no HTML element at all (`<placeholder>`, `<name>`) is what a writer means as
 * text: such a node is shown as written instead of vanishing into an unknown element.
 */
import { htmlTagNames } from 'html-tag-names';
import { Parser } from 'htmlparser2';

/** The HTML elements a `.md` chapter may use: inline markup and disclosure, nothing that loads. */
export const ALLOWED_HTML_TAGS: readonly string[] = [
	'abbr',
	'b',
	'br',
	'code',
	'dd',
	'del',
	'details',
	'dfn',
	'dl',
	'dt',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'strong',
	'sub',
	'summary',
	'sup',
	'u',
	'var',
	'wbr',
];

/** Attributes allowed on every allowed tag, and per tag: none of them holds a URL or script. */
export const ALLOWED_HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	'*': ['title', 'lang', 'dir'],
	details: ['open'],
};

const KNOWN_TAGS = new Set(htmlTagNames);
const ALLOWED_TAGS = new Set(ALLOWED_HTML_TAGS);

/** Whether `name` is an HTML element a chapter may not use (a tag of no element is text). */
export function isRefusedHtmlTag(name: string): boolean {
	const tag = name.toLowerCase();
	return KNOWN_TAGS.has(tag) && !ALLOWED_TAGS.has(tag);
}

/** One problem in a raw HTML node: where it starts in the node's text, and what is wrong. */
export interface RawHtmlProblem {
	offset: number;
	reason: string;
	/** A closing tag: its opening tag, reported on its own, is the one to fix. */
	closing?: true;
}

/**
 * What the build does with one raw HTML node of a `.md` chapter: keep it (allowed tags), leave
 * it out of the page (a comment: writers' notes are not published), show it as text (no HTML
 * element in it), or drop it (`problems` says why).
 */
export type RawHtmlVerdict =
	| { kind: 'keep' }
	| { kind: 'comment' }
	| { kind: 'text' }
	| { kind: 'drop'; problems: RawHtmlProblem[] };

function attributeAllowed(tag: string, attribute: string): boolean {
	return (
		(ALLOWED_HTML_ATTRIBUTES['*'] ?? []).includes(attribute) ||
		(ALLOWED_HTML_ATTRIBUTES[tag] ?? []).includes(attribute)
	);
}

const TAG_LIST = ALLOWED_HTML_TAGS.map((tag) => `\`${tag}\``).join(', ');

/** Judges one raw HTML node's text (a tag, a closing tag, a comment or an HTML block). */
export function judgeRawHtml(value: string): RawHtmlVerdict {
	if (/^\s*<!--[\s\S]*?-->\s*$/.test(value) && !/-->[\s\S]*<!--/.test(value)) {
		return { kind: 'comment' };
	}
	const tags: Array<{ name: string; offset: number; attributes: Record<string, string> }> = [];
	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				tags.push({ name, offset: parser.startIndex, attributes });
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(value);
	// Closing tags by their text: the parser drops a closing tag it saw no opening for.
	const closing = [...value.matchAll(/<\/([a-z][a-z0-9-]*)/gi)].map((match) => ({
		name: match[1]!.toLowerCase(),
		offset: match.index,
	}));
	const names = [...tags, ...closing].map((tag) => tag.name);
	// `<?php …>`, `<!DOCTYPE …>` and tags of no HTML element are what the writer typed, not markup.
	if (names.every((name) => !KNOWN_TAGS.has(name))) return { kind: 'text' };
	const problems: RawHtmlProblem[] = [];
	for (const tag of tags) {
		if (!ALLOWED_TAGS.has(tag.name)) {
			problems.push({
				offset: tag.offset,
				reason: `Unexpected HTML tag \`<${tag.name}>\`, expected Markdown or one of the allowed tags ${TAG_LIST}`,
			});
			continue;
		}
		for (const attribute of Object.keys(tag.attributes)) {
			if (attributeAllowed(tag.name, attribute)) continue;
			const why = /^on/.test(attribute)
				? ', expected no script in chapters'
				: `, expected only ${[...(ALLOWED_HTML_ATTRIBUTES['*'] ?? []), ...(ALLOWED_HTML_ATTRIBUTES[tag.name] ?? [])].map((name) => `\`${name}\``).join(', ')}`;
			problems.push({
				offset: tag.offset,
				reason: `Unexpected attribute \`${attribute}\` on \`<${tag.name}>\`${why}`,
			});
		}
	}
	for (const tag of closing) {
		if (ALLOWED_TAGS.has(tag.name) || tags.some((open) => open.name === tag.name)) continue;
		problems.push({
			offset: tag.offset,
			reason: `Unexpected HTML tag \`</${tag.name}>\`, expected Markdown or one of the allowed tags ${TAG_LIST}`,
			closing: true,
		});
	}
	return problems.length > 0 ? { kind: 'drop', problems } : { kind: 'keep' };
}

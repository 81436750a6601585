/**
 * Reads one source page: its Markdown tree (CommonMark + GFM, YAML or TOML frontmatter), its
 * frontmatter values, and whether it is a server template rather than Markdown.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseToml } from 'smol-toml';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { rawHtmlEdits, RefusedHtml, type TextEdit } from './raw-html.ts';
import { knownErb } from './tech-docs-erb.ts';

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

/** A source page, parsed. */
export interface ParsedPage {
	text: string;
	tree: Root;
	/** The frontmatter block, when the page has one. */
	frontmatter: RootContent | undefined;
	/** Its values; `{}` when there is none. */
	data: Record<string, unknown>;
	/** The edits that turn its known ERB and raw HTML into Markdown, and what they do, in words. */
	conversions: { edits: TextEdit[]; changes: string[] };
}

/** Why a page cannot be converted, with where: `3:1: ERB tag <% … %>`. */
export class NotConvertible extends Error {}

/** Template syntax the site generator cannot run, by what a writer would call it. */
const TEMPLATE_TAGS: Array<[RegExp, string]> = [
	[/<%[\s\S]*?%>/, 'an ERB tag `<% %>` (a server template)'],
	[/\{%[\s\S]*?%\}/, 'a Liquid tag `{% %}` (a Jekyll include or tag)'],
	[/\{\{[<%][\s\S]*?[>%]\}\}/, 'a Hugo shortcode `{{< >}}`'],
	[/\{\{[\s\S]*?\}\}/, 'a template expression `{{ }}` (Liquid or Hugo)'],
];

/** `line:col` of an offset in `text`. */
export function placeOf(text: string, offset: number): string {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** The page's text with code and frontmatter blanked out: their examples are never tags. */
function proseOf(text: string, tree: Root): string {
	const chars = text.split('');
	visit(tree, (node) => {
		if (!['code', 'inlineCode', 'yaml', 'toml'].includes(node.type)) return;
		const start = node.position?.start.offset ?? 0;
		const end = node.position?.end.offset ?? start;
		for (let index = start; index < end; index++) if (chars[index] !== '\n') chars[index] = ' ';
	});
	return chars.join('');
}

/**
 * The first template tag in `prose` (code blanked out) outside the `known` ranges: in code a
 * template is an example, which is fine; anywhere else it only works on the old tool's server.
 */
function templateTag(text: string, prose: string, known: readonly TextEdit[]): string | undefined {
	let blanked = prose;
	for (const edit of known) {
		blanked =
			blanked.slice(0, edit.start) + ' '.repeat(edit.end - edit.start) + blanked.slice(edit.end);
	}
	let found: { at: number; what: string } | undefined;
	for (const [pattern, what] of TEMPLATE_TAGS) {
		const match = pattern.exec(blanked);
		if (match && (!found || match.index < found.at)) found = { at: match.index, what };
	}
	return found ? `${placeOf(text, found.at)}: ${found.what}` : undefined;
}

/** Parses a page; throws {@link NotConvertible} with the reason when it cannot be converted. */
export function parsePage(text: string): ParsedPage {
	const tree = parser.parse(text);
	const first = tree.children[0];
	const frontmatter = first?.type === 'yaml' || first?.type === 'toml' ? first : undefined;
	let data: unknown = {};
	if (frontmatter && 'value' in frontmatter) {
		// A key written twice is the last one's, as the Ruby and Go tools read it.
		try {
			data =
				frontmatter.type === 'toml'
					? parseToml(frontmatter.value)
					: (parseYaml(frontmatter.value, { uniqueKeys: false }) ?? {});
		} catch (error) {
			throw new NotConvertible(
				`1:1: frontmatter that does not parse (${(error as Error).message.split('\n')[0]})`,
			);
		}
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new NotConvertible('1:1: frontmatter that is not a list of fields');
	}
	const fields = data as Record<string, unknown>;
	const prose = proseOf(text, tree);
	const erb = knownErb(prose, typeof fields.title === 'string' ? fields.title : undefined);
	const tag = templateTag(text, prose, erb.edits);
	if (tag) throw new NotConvertible(tag);
	let html: ParsedPage['conversions'];
	try {
		html = rawHtmlEdits(tree);
	} catch (error) {
		if (error instanceof RefusedHtml) throw new NotConvertible(error.message);
		throw error;
	}
	return {
		text,
		tree,
		frontmatter,
		data: fields,
		conversions: {
			edits: [...erb.edits, ...html.edits],
			changes: [...erb.changes, ...html.changes],
		},
	};
}

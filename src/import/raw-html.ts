/**
 * Raw HTML in a source page. A handbook chapter shows only inline tags (`<kbd>`, `<b>`,
 * `<details>`…); the rest is refused by lint. What has a plain Markdown form is converted, in
 * place: a `<pre>` block becomes a fenced code block (a Mermaid diagram keeps its source as code),
 * an `<iframe>` a link to what it embedded, and the `<p>` writers put in table cells for a line
 * break a `<br>`. A page with other block or embedding HTML (`<div>`, `<img>`, `<a>`, `<table>`…)
 * is left out and reported: its layout would be lost, or refused.
 */
import type { Root } from 'mdast';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { visit } from 'unist-util-visit';
import { isRefusedHtmlTag } from '../markdown/raw-html.ts';

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
		attributes,
	);
	return match ? decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

/** `<pre lang="mermaid"><code>…</code></pre>` as a fenced code block, if that is all it is. */
function preAsFence(value: string): string | undefined {
	const match =
		/^<pre\b([^>]*)>\s*?\n?(?:<code\b[^>]*>\n?)?([\s\S]*?)(?:<\/code>\s*)?<\/pre>\s*$/i.exec(
			value.trim(),
		);
	if (!match) return undefined;
	// Diagram sources write `<br/>` in labels and `<<choice>>` as syntax: kept as text. Markup the
	// old site rendered (`<a>`, `<span>`) would show as tags: such a block is not only code.
	for (const [, name] of match[2]!.matchAll(/<\/?([a-z][a-z0-9-]*)\b/gi)) {
		if (isRefusedHtmlTag(name!)) return undefined;
	}
	const attributes = match[1]!;
	const language = (attribute(attributes, 'lang') ?? attribute(attributes, 'class') ?? '')
		.replace(/^language-/, '')
		.split(/\s+/)[0]!;
	const code = decodeHTML(match[2]!).replace(/\n?$/, '\n');
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	return `${fence}${language}\n${code}${fence}`;
}

/** `<iframe src="…" title="…"></iframe>` as a link to what it showed, if that is all it is. */
function iframeAsLink(value: string): string | undefined {
	const match = /^<iframe\b([^>]*)>\s*<\/iframe>\s*$/i.exec(value.trim());
	const src = match ? attribute(match[1]!, 'src') : undefined;
	if (!src || !/^https?:\/\//i.test(src)) return undefined;
	const title = attribute(match![1]!, 'title') ?? 'Embedded page';
	return `[${title.replace(/[[\]\\]/g, '\\$&')}](<${src.replace(/[<>]/g, encodeURIComponent)}>)`;
}

/** A raw HTML the handbook refuses and the import cannot convert: the page is left out. */
export class RefusedHtml extends Error {}

/**
 * The edits that turn a page's convertible raw HTML into Markdown, and what they did; throws
 * {@link RefusedHtml} (`9:1: …`) at the first raw HTML it cannot convert.
 */
export function rawHtmlEdits(tree: Root): { edits: TextEdit[]; changes: string[] } {
	const edits: TextEdit[] = [];
	const changes: string[] = [];
	visit(tree, 'html', (node, _index, parent) => {
		const start = node.position!.start.offset!;
		const end = node.position!.end.offset!;
		const where = `${node.position!.start.line}:${node.position!.start.column}`;
		const value = node.value.trim();
		if (value.startsWith('<!--')) return;
		const inCell = parent?.type === 'tableCell';
		// A closing tag alone opens nothing (the browser ignores it): it goes.
		if (parent?.type === 'root' && /^(<\/[a-z][a-z0-9-]*\s*>\s*)+$/i.test(value)) {
			edits.push({ start, end, text: '' });
			changes.push(`${where}: removed \`${value}\`, a closing tag that closes nothing`);
			return;
		}
		const converted = /^<pre\b/i.test(value)
			? preAsFence(value)
			: /^<iframe\b/i.test(value)
				? iframeAsLink(value)
				: inCell && /^<\/?p\s*>$/i.test(value)
					? '<br>'
					: undefined;
		if (converted !== undefined) {
			edits.push({ start, end, text: converted });
			if (converted !== '<br>')
				changes.push(
					`${where}: raw HTML \`${value.split(/[\s>]/)[0]}>\` → ${converted.startsWith('[') ? 'a link' : 'a fenced code block'}`,
				);
			else if (!changes.includes('`<p>` in table cells → `<br>`'))
				changes.push('`<p>` in table cells → `<br>`');
			return;
		}
		for (const [, name] of value.matchAll(/<\/?([a-z][a-z0-9-]*)\b/gi)) {
			if (isRefusedHtmlTag(name!)) {
				throw new RefusedHtml(
					`${where}: raw HTML \`<${name!.toLowerCase()}>\` that a chapter does not show (only inline tags such as \`<kbd>\` or \`<details>\`); rewrite it in Markdown`,
				);
			}
		}
	});
	return { edits, changes };
}

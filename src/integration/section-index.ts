/**
 * The section index: every section of every indexed page as a Pagefind record of its own, in a
 * second bundle beside the pages' (`SECTION_BUNDLE`). Search ranks a page by its best section in
 * it as well as by its own score (see `search-engine.ts`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { PagefindIndex } from 'pagefind';
import { sectionPagesFile } from '../search/page-index.ts';

/** A section of a page, as a document of its own for the section index. */
export interface SectionRecord {
	/** The page's URL, with the section's heading id as its fragment (none for the opening). */
	url: string;
	/** The page's language, from its `<html lang>`. */
	lang: string;
	/**
	 * The section as a page of its own: its elements as they stand, so that Pagefind weighs its
	 * heading and readers' questions, and leaves out what it leaves out on the page.
	 */
	html: string;
}

/** The headings that start a section: those with an id, as Pagefind's own sub-results. */
const SECTION_HEADING = /^h[2-6]$/;

function isElement(node: ChildNode): node is Element {
	return node.type === 'tag';
}

/** Whether `outer` holds `inner`, however deep. */
function holds(outer: Element, inner: Element): boolean {
	for (let up = inner.parent; up; up = up.parent) if (up === outer) return true;
	return false;
}

/**
 * A page's sections: its indexed body (`data-pagefind-body`) cut at each heading with an id, each
 * piece from its heading to the next one beside it. What stands before the first heading (the
 * title, the chapter's opening) is the first record, under the page's own URL. A page without an
 * indexed body has none.
 */
export function sectionRecords(html: string, pageUrl: string): SectionRecord[] {
	const document = parseDocument(html);
	const body = DomUtils.findOne(
		(element) => element.attribs['data-pagefind-body'] !== undefined,
		document.children,
	);
	if (!body) return [];
	const lang =
		DomUtils.findOne((element) => element.name === 'html', document.children)?.attribs.lang ?? 'en';
	const headings = new Set(
		DomUtils.findAll(
			(element) => SECTION_HEADING.test(element.name) && Boolean(element.attribs.id),
			body.children,
		),
	);
	// The elements the headings stand in (the chapter's text; the hidden summary): cut apart.
	const containers = new Set([...headings].map((heading) => heading.parent as Element));
	const opening: ChildNode[] = [];
	const sections: { id: string; nodes: ChildNode[] }[] = [];
	const cut = (nodes: readonly ChildNode[]): void => {
		for (const node of nodes) {
			if (!isElement(node)) opening.push(node);
			else if (containers.has(node)) {
				let current = opening;
				for (const child of node.children) {
					if (isElement(child) && headings.has(child)) {
						current = [];
						sections.push({ id: child.attribs.id!, nodes: current });
					}
					current.push(child);
				}
			} else if ([...containers].some((container) => holds(node, container))) cut(node.children);
			else opening.push(node);
		}
	};
	cut(body.children);
	const asPage = (nodes: ChildNode[]) =>
		`<html lang="${lang}"><body><main data-pagefind-body>${DomUtils.getOuterHTML(nodes, { encodeEntities: 'utf8' })}</main></body></html>`;
	return [
		{ url: pageUrl, lang, html: asPage(opening) },
		...sections.map(({ id, nodes }) => ({ url: `${pageUrl}#${id}`, lang, html: asPage(nodes) })),
	];
}

/** The URL Pagefind gives the page at `path` below the output folder. */
function urlOfPage(path: string): string {
	return `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Each record's URL in a written bundle, by its result id (the name of its fragment file). */
function recordUrls(bundle: string): Map<string, string> {
	const folder = join(bundle, 'fragment');
	const urls = new Map<string, string>();
	for (const file of readdirSync(folder)) {
		// A fragment is gzip of "pagefind_dcd" and the record's JSON.
		const data = gunzipSync(readFileSync(join(folder, file))).subarray('pagefind_dcd'.length);
		const { url } = JSON.parse(data.toString('utf8')) as { url: string };
		// Pagefind writes a page's URL percent-encoded, and a record's as it was given.
		urls.set(file.replace(/\.pf_fragment$/, ''), decodeURI(url));
	}
	return urls;
}

/**
 * Adds every section of the pages under `outDir` written in one of `languages` (Pagefind's
 * names for them: the pages' `lang`, lower-cased) to `index`, each page's sections at once.
 * Returns Pagefind's errors.
 */
export async function addSections(
	index: PagefindIndex,
	outDir: string,
	languages: readonly string[],
): Promise<string[]> {
	const errors: string[] = [];
	const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
		(path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`),
	);
	for (const path of pages) {
		const html = readFileSync(join(outDir, path), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const added = await Promise.all(
			sectionRecords(html, urlOfPage(path))
				.filter((record) => languages.includes(record.lang.toLowerCase()))
				.map((record) => index.addHTMLFile({ url: record.url, content: record.html })),
		);
		errors.push(...added.flatMap((each) => each.errors));
	}
	return errors;
}

/**
 * Writes the section index to `sectionBundle` and beside it, for each language, which page (its
 * result id in `pageBundle`) each section is of. Search reads only scores from the section index:
 * the records' own data, Pagefind's interfaces and its worker are removed. Returns Pagefind's
 * errors.
 */
export async function writeSectionIndex(
	index: PagefindIndex,
	pageBundle: string,
	sectionBundle: string,
): Promise<string[]> {
	const written = await index.writeFiles({ outputPath: sectionBundle });
	if (written.errors.length > 0) return written.errors;
	const pageIds = new Map([...recordUrls(pageBundle)].map(([id, url]) => [url, id]));
	const byLanguage = new Map<string, Record<string, string>>();
	for (const [id, url] of recordUrls(sectionBundle)) {
		const page = pageIds.get(url.split('#')[0]!);
		if (!page) continue;
		// Result ids start with their language's index: ja_…, en_….
		const locale = id.slice(0, id.lastIndexOf('_'));
		const map = byLanguage.get(locale) ?? {};
		map[id] = page;
		byLanguage.set(locale, map);
	}
	for (const [locale, map] of byLanguage) {
		writeFileSync(join(sectionBundle, sectionPagesFile(locale)), JSON.stringify(map));
	}
	for (const unused of readdirSync(sectionBundle)) {
		if (unused === 'fragment' || /^pagefind-(?!entry)/.test(unused))
			rmSync(join(sectionBundle, unused), { recursive: true, force: true });
	}
	return [];
}

/**
 * Turns one parsed source page into a chapter's text. Only what must change is edited, in place,
 * by the positions of the Markdown tree: the frontmatter block is replaced, a first heading that
 * repeats the title goes, and link and image addresses are rewritten. Every other character stays
 * as the writer typed it.
 */
import { posix } from 'node:path';
import type { Definition, Heading, Image, Link, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { relativeHref } from '../handbook/urls.ts';
import { headingAnchors } from '../lint/handbook-context.ts';
import type { Destination } from './destinations.ts';
import type { MappedFields } from './field-map.ts';
import type { LinkTargets } from './link-targets.ts';
import { placeOf, type ParsedPage } from './parse-page.ts';
import type { TextEdit } from './raw-html.ts';
import { isTitleErb } from './tech-docs-erb.ts';

/** What the converter needs to know beyond the page itself. */
export interface ConvertContext {
	/** The page's source path. */
	source: string;
	destination: Destination;
	locale: string;
	defaultLocale: string;
	/** Every converted page's place, by source path. */
	destinations: ReadonlyMap<string, Destination>;
	targets: LinkTargets;
	/** The owner id for the page (already registered). */
	owner: string;
	/** The review date to use when the frontmatter has none, and where it came from. */
	fallbackReviewed: { value: string; from: string };
	/** The old site's address: links to pages not imported point there. */
	sourceUrl: string | undefined;
	/** The section anchors of each converted page, by source path. */
	anchorsOf(source: string): PageAnchors | undefined;
	/** Records an image from another site (its URL), for the handbook's allowed origins. */
	remoteImage(url: string): void;
	/** Copies a source file into the handbook; returns its path relative to the handbook folder. */
	copyFile(source: string): string;
}

/** A chapter's text and what changed, in words, for the report. */
export interface ConvertedPage {
	text: string;
	/** The title written to the frontmatter. */
	title: string;
	changes: string[];
}

/** Where `url` is written in `text` between the offsets `start` and `end`. */
function urlOffset(text: string, url: string, start: number, end: number): number | undefined {
	const at = text.slice(start, end).indexOf(url);
	return at === -1 ? undefined : start + at;
}

/** The first paragraph as one plain sentence or two, for a description. */
function describe(paragraph: Paragraph | undefined): string | undefined {
	if (!paragraph) return undefined;
	const plain = toString(paragraph).replace(/\s+/g, ' ').trim();
	if (!plain) return undefined;
	if (plain.length <= 200) return plain;
	const sentence = /^.{40,200}?[.!?。](?=\s|$)/.exec(plain);
	return sentence ? sentence[0] : `${plain.slice(0, 197).replace(/\s+\S*$/, '')}…`;
}

/** A chapter's section anchors as the site makes them, and the one of the heading removed. */
export interface PageAnchors {
	anchors: Set<string>;
	/** The anchor the old site gave the first `# heading`, gone with it. */
	removed?: string;
}

/** The page's title: the frontmatter's, else its first `# heading`'s, else the file name's. */
function pageTitle(fields: MappedFields, heading: string | undefined, slug: string): string {
	return fields.title?.value ?? heading ?? slug.split('/').pop()!.replace(/-/g, ' ');
}

/** The first `# heading` when it only repeats the title: the page shows the title already. */
function titleHeading(tree: Root, fields: MappedFields, slug: string): Heading | undefined {
	const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'toml');
	if (first?.type !== 'heading' || first.depth !== 1) return undefined;
	const text = toString(first).trim();
	if (isTitleErb(text)) return first;
	return text.toLowerCase() === pageTitle(fields, text, slug).toLowerCase() ? first : undefined;
}

/** The anchors the chapter made from `tree` will have. */
export function pageAnchors(tree: Root, fields: MappedFields, slug: string): PageAnchors {
	const removed = titleHeading(tree, fields, slug);
	const headings: Heading[] = [];
	visit(tree, 'heading', (heading) => {
		if (heading !== removed) headings.push(heading);
	});
	return {
		anchors: headingAnchors(headings),
		...(removed ? { removed: [...headingAnchors([removed])][0]! } : {}),
	};
}

/** Letters and digits only, lowercase: how tools' anchors for one heading still agree. */
function loose(anchor: string): string {
	let text = anchor;
	try {
		text = decodeURIComponent(anchor);
	} catch {
		// Keep the anchor as written.
	}
	return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The anchor `hash` (`#Add-GitHub-workflows`) as the handbook writes it: the same heading's id
 * when another tool spelt it differently; nothing when it named the removed title heading or no
 * heading at all (the old site's browser went to the top of the page too).
 */
function fixHash(
	hash: string,
	target: PageAnchors | undefined,
	note: (text: string) => void,
): string {
	const anchor = hash.slice(1);
	if (!anchor || !target || target.anchors.has(anchor)) return hash;
	const wanted = loose(anchor);
	const same = [...target.anchors].find((each) => loose(each) === wanted);
	if (same) return `#${same}`;
	if (target.removed && loose(target.removed) === wanted) return '';
	note(`section \`${hash}\` is not in the target page (dead in the source too): links to its top`);
	return '';
}

/** Converts a page; `fields` are its mapped frontmatter fields. */
export function convertPage(
	page: ParsedPage,
	fields: MappedFields,
	context: ConvertContext,
): ConvertedPage {
	const { text, tree } = page;
	const changes: string[] = [];
	const edits: TextEdit[] = [];
	const body = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml');
	const firstNode = body[0];
	const headingText =
		firstNode?.type === 'heading' && firstNode.depth === 1 && !isTitleErb(toString(firstNode))
			? toString(firstNode).trim()
			: undefined;
	const title = pageTitle(fields, headingText, context.destination.slug);
	if (fields.title && fields.title.from !== 'title') {
		changes.push(`title from \`${fields.title.from}\``);
	} else if (!fields.title) {
		changes.push(
			headingText
				? 'title from the first `# heading`'
				: 'title from the file name (no title, no `# heading`)',
		);
	}
	const removed = titleHeading(tree, fields, context.destination.slug);
	if (removed) {
		edits.push(removal(text, removed));
		changes.push('removed the first `# heading`: the page shows the title');
	}

	let description = fields.description?.value;
	if (!description) {
		const paragraph = body.find((node): node is Paragraph => node.type === 'paragraph');
		description = describe(paragraph) ?? title;
		changes.push(paragraph ? 'description from the first paragraph' : 'description from the title');
	}

	const reviewed = fields.reviewed ?? { ...context.fallbackReviewed, review: false };
	if (!fields.reviewed?.review) {
		const from = fields.reviewed ? `\`${reviewed.from}\` date` : reviewed.from;
		changes.push(`reviewed ${reviewed.value}: no review date; the ${from} stands in for one`);
	}
	if (fields.order && fields.order.from !== 'order') {
		changes.push(`order ${fields.order.value} from \`${fields.order.from}\``);
	}
	if (fields.dropped.length > 0) {
		changes.push(`dropped fields the handbook has no use for: ${fields.dropped.join(', ')}`);
	}

	const frontmatter: Record<string, unknown> = {
		title,
		description,
		owner: context.owner,
		reviewed: reviewed.value,
		...(fields.reviewEvery ? { reviewEvery: fields.reviewEvery.value } : {}),
		...(fields.order ? { order: fields.order.value } : {}),
		...(fields.section ? { section: fields.section.value } : {}),
		...(fields.keywords ? { keywords: fields.keywords.value } : {}),
	};
	const block = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n`;
	if (page.frontmatter?.position) {
		const start = page.frontmatter.position.start.offset!;
		let end = page.frontmatter.position.end.offset!;
		if (text[end] === '\n') end++;
		edits.push({ start, end, text: block });
	} else {
		edits.push({ start: 0, end: 0, text: `${block}\n` });
	}

	edits.push(...page.conversions.edits, ...rewriteAddresses(page, context, changes));
	changes.push(...page.conversions.changes);
	return { text: applyEdits(text, edits), title, changes };
}

/** The edit that removes `heading` and the blank lines after it. */
function removal(text: string, heading: Heading): TextEdit {
	const start = heading.position!.start.offset!;
	let end = heading.position!.end.offset!;
	while (text[end] === '\n') end++;
	return { start, end, text: '' };
}

/** Rewrites the address of every link, image and definition that points inside the source. */
function rewriteAddresses(
	page: ParsedPage,
	context: ConvertContext,
	changes: string[],
): TextEdit[] {
	const { text, tree } = page;
	const edits: TextEdit[] = [];
	const imageIds = new Set<string>();
	visit(tree, 'imageReference', (node) => {
		imageIds.add(node.identifier);
	});
	visit(tree, (node: Nodes) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		const isImage =
			node.type === 'image' || (node.type === 'definition' && imageIds.has(node.identifier));
		const replacement = newAddress(node, isImage, context, changes);
		if (replacement === undefined || replacement === node.url) return;
		// The address comes after the text of a link (`[text](url)`), the label of a definition.
		const after =
			node.type === 'link' && node.children.length > 0
				? node.children.at(-1)!.position!.end.offset!
				: node.type === 'definition'
					? start + text.slice(start, end).indexOf(']:')
					: start + text.slice(start, end).lastIndexOf('](');
		const at = urlOffset(text, node.url, after, end);
		if (at === undefined) {
			changes.push(
				`${placeOf(text, start)}: could not find \`${node.url}\` as written to rewrite it; left as is`,
			);
			return;
		}
		edits.push({ start: at, end: at + node.url.length, text: replacement });
	});
	edits.push(...fileReferences(page, context, imageIds, changes));
	return edits;
}

/**
 * Links by reference to a definition that images use too (`[flow chart][1]` beside
 * `![flow chart][1]`, `[1]: images/flow.png`): the definition now names the image's copy, which
 * the site does not publish as a page, so such a link becomes an inline link to the old site's
 * copy when its address is known.
 */
function fileReferences(
	page: ParsedPage,
	context: ConvertContext,
	imageIds: ReadonlySet<string>,
	changes: string[],
): TextEdit[] {
	const { text, tree } = page;
	if (!context.sourceUrl || imageIds.size === 0) return [];
	const urls = new Map<string, string>();
	visit(tree, 'definition', (node) => {
		urls.set(node.identifier, node.url);
	});
	const edits: TextEdit[] = [];
	visit(tree, 'linkReference', (node) => {
		const url = urls.get(node.identifier);
		if (!url || !imageIds.has(node.identifier)) return;
		if (context.targets.resolve(url, context.source).kind !== 'file') return;
		const start = node.position!.start.offset!;
		const textEnd =
			node.children.length > 0 ? node.children.at(-1)!.position!.end.offset! + 1 : start + 2;
		const where = `${node.position!.start.line}:${node.position!.start.column}`;
		const href = elsewhere(url, 'the site publishes no linked files', where, context, changes)!;
		edits.push({
			start,
			end: node.position!.end.offset!,
			text: `${text.slice(start, textEnd)}(${href})`,
		});
	});
	return edits;
}

/** The address `node` should have in the handbook, or `undefined` to leave it. */
function newAddress(
	node: Link | Image | Definition,
	isImage: boolean,
	context: ConvertContext,
	changes: string[],
): string | undefined {
	const target = context.targets.resolve(node.url, context.source);
	const where = node.position ? `${node.position.start.line}:${node.position.start.column}` : '';
	const note = (text: string): void => {
		changes.push(`${where}: link \`${node.url}\`: ${text}`);
	};
	if (target.kind === 'other') {
		if (isImage && /^(https?:)?\/\//i.test(node.url)) {
			context.remoteImage(node.url);
			changes.push(`${where}: image from another site \`${node.url}\` kept`);
		}
		if (!node.url.startsWith('#')) return undefined;
		const hash = fixHash(node.url, context.anchorsOf(context.source), note) || '#';
		if (hash !== node.url) changes.push(`${where}: link \`${node.url}\` → \`${hash}\``);
		return hash;
	}
	if (target.kind === 'page') {
		const destination = context.destinations.get(target.source);
		if (destination) {
			const href =
				relativeHref(
					context.defaultLocale,
					{ locale: context.locale, slug: context.destination.slug },
					{ locale: context.locale, slug: destination.slug },
				) + fixHash(target.hash, context.anchorsOf(target.source), note);
			changes.push(`${where}: link \`${node.url}\` → \`${href}\``);
			return href;
		}
		return elsewhere(
			node.url,
			`the page \`${target.source}\` is not imported`,
			where,
			context,
			changes,
		);
	}
	if (target.kind === 'file') {
		const copy = context.copyFile(target.source);
		const href =
			encodeURI(posix.relative(posix.dirname(context.destination.path), copy)) + target.hash;
		if (isImage) {
			changes.push(`${where}: image \`${node.url}\` → \`${href}\``);
			return href;
		}
		if (context.sourceUrl) {
			return elsewhere(node.url, 'the site publishes no linked files', where, context, changes);
		}
		changes.push(
			`${where}: link to the file \`${node.url}\` → \`${href}\` (copied; the site does not publish linked files: give --source-url to link the old site's copy)`,
		);
		return href;
	}
	if (isImage) {
		changes.push(`${where}: image \`${node.url}\` not found in the source; left as is`);
		return undefined;
	}
	return elsewhere(
		node.url,
		'no page or file of the source has that address',
		where,
		context,
		changes,
	);
}

/** A link to something the handbook does not hold: the old site's copy, when its address is known. */
function elsewhere(
	url: string,
	why: string,
	where: string,
	context: ConvertContext,
	changes: string[],
): string | undefined {
	if (!context.sourceUrl) {
		changes.push(`${where}: link \`${url}\` left as is: ${why}`);
		return undefined;
	}
	const path = url.startsWith('/') ? url : `/${posix.join(posix.dirname(context.source), url)}`;
	const href = new URL(path.replace(/^\/+/, ''), context.sourceUrl.replace(/\/?$/, '/')).href;
	changes.push(`${where}: link \`${url}\` → \`${href}\` (the old site: ${why})`);
	return href;
}

/** Applies edits; an edit inside another (a link in a removed heading) goes with it. */
function applyEdits(text: string, edits: TextEdit[]): string {
	const kept: TextEdit[] = [];
	for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
		const previous = kept.at(-1);
		if (previous && edit.start < previous.end) continue;
		kept.push(edit);
	}
	let result = text;
	for (const edit of kept.reverse()) {
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
	}
	return result;
}

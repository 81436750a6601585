import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { Parser } from 'htmlparser2';

/** Thrown when the built site links to a page, file or section that does not exist. */
export class DeadLinkError extends Error {
	constructor(dead: string[]) {
		super(`${dead.length} dead link(s) in the built site:\n${dead.join('\n')}`);
		this.name = 'DeadLinkError';
	}
}

/** Where the build's chapters come from, so that a dead link names the file and line holding it. */
export interface LinkSources {
	/** The handbook folder that `data-source` paths are relative to. */
	dir: string;
	/** How a file is shown to the writer (relative to the working folder). */
	display(file: string): string;
}

/**
 * The line and column where a chapter's text writes `href`, as written or as the page encodes it;
 * the file's start when it cannot be found (a link a component made).
 */
function placeOf(text: string, href: string): { line: number; column: number } | undefined {
	let decoded = href;
	try {
		decoded = decodeURI(href);
	} catch {
		// Not percent-encoded text: look for it as it is.
	}
	// As Markdown and JSX write a link: `](…`, `href="…"`, `]: …`, `<…>`.
	const candidates = [href, decoded].flatMap((each) => [
		`(${each}`,
		`"${each}"`,
		`'${each}'`,
		`]: ${each}`,
		`<${each}>`,
	]);
	for (const candidate of candidates) {
		const index = text.indexOf(candidate);
		if (index === -1) continue;
		const at = index + candidate.search(/[^("'\]:< ]/);
		const before = text.slice(0, at).split('\n');
		return { line: before.length, column: before.at(-1)!.length + 1 };
	}
	return undefined;
}

/** A link on a page, with the chapter file whose text holds it (`data-source` around it), if any. */
interface PageLink {
	href: string;
	/** The chapter's path in the handbook folder, e.g. `ja/crisis/01-first-hour.mdx`. */
	source: string | undefined;
}

/** What one page of the built site offers (its ids) and asks for (its links). */
interface PageLinks {
	ids: Set<string>;
	links: PageLink[];
}

/** The attributes that point at another page or file, by element. */
const LINK_ATTRIBUTES: Record<string, string> = {
	a: 'href',
	link: 'href',
	script: 'src',
	img: 'src',
	source: 'src',
	iframe: 'src',
};

function readPage(html: string): PageLinks {
	const ids = new Set<string>();
	const links: PageLink[] = [];
	// The chapter file each open element sits in: pages mark a chapter's text with `data-source`.
	const sources: Array<string | undefined> = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const source = attributes['data-source'] ?? sources.at(-1);
				sources.push(source);
				if (attributes.id) ids.add(attributes.id);
				if (name === 'a' && attributes.name) ids.add(attributes.name);
				const attribute = LINK_ATTRIBUTES[name];
				const value = attribute ? attributes[attribute] : undefined;
				if (value) links.push({ href: value, source });
			},
			onclosetag() {
				sources.pop();
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return { ids, links };
}

/** The site path a built file is served at: `planning/index.html` → `/handbook/planning/`. */
function pagePath(outDir: string, file: string, base: string): string {
	const path = relative(outDir, file).split(sep).join('/');
	return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built site's pages, read in parts, then checked at once. */
export interface SiteLinks {
	/** Reads the pages whose site path `include` accepts; reads files one by one, letting other work run. */
	read(include: (sitePath: string) => boolean): Promise<void>;
	/** Checks every link of every page read; throws {@link DeadLinkError} listing the dead ones. */
	check(logger: AstroIntegrationLogger): void;
}

/**
 * Checks every link and `#anchor` of the built site against the files and ids it actually has,
 * with the base path mapped onto the output folder. Each page is parsed once with htmlparser2, so
 * a thousand-chapter handbook takes well under a second; crawling it over HTTP took minutes.
 * Links to other hosts (contacts, "propose a change") are for people to follow and are not fetched.
 * Pages can be read while another step works on the folder (the search index), then checked.
 */
export function siteLinks(outDir: string, base: string, sources?: LinkSources): SiteLinks {
	const origin = 'http://handbook.invalid';
	const pages = new Map<string, PageLinks>();
	// Time spent reading and checking, not waiting: what the check itself costs.
	let busy = 0;
	const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
	return {
		async read(include) {
			for (const file of files) {
				const path = pagePath(outDir, file, base);
				if (pages.has(path) || !include(path)) continue;
				const html = await readFile(file, 'utf8');
				const started = performance.now();
				pages.set(path, readPage(html));
				busy += performance.now() - started;
			}
		},
		check(logger) {
			const started = performance.now();
			// One entry per link of a chapter's text, however many pages show it (its own page and
			// the printable edition): `file:line:col: page → target (why)`, then the other pages.
			const dead = new Map<string, { message: string; pages: string[]; exact: boolean }>();
			const texts = new Map<string, string>();
			const report = (from: string, link: PageLink, target: string, reason: string) => {
				const key = link.source ? `${link.source}\0${target}` : `${from}\0${target}`;
				const known = dead.get(key);
				if (known?.exact) {
					if (!known.pages.includes(from)) known.pages.push(from);
					return;
				}
				let where = '';
				let exact = false;
				if (link.source && sources) {
					const file = join(sources.dir, link.source);
					let text = texts.get(file);
					if (text === undefined) {
						text = existsSync(file) ? readFileSync(file, 'utf8') : '';
						texts.set(file, text);
					}
					// The page that shows the link as written (the chapter's own, not the print
					// edition, which rewrites it) gives its place in the file.
					const place = placeOf(text, link.href);
					exact = place !== undefined;
					where = `${sources.display(file)}:${place?.line ?? 1}:${place?.column ?? 1}: `;
				}
				const pages = [from, ...(known?.pages ?? []).filter((page) => page !== from)];
				dead.set(key, { message: `${where}${from} → ${target} (${reason})`, pages, exact });
			};
			// Every page links the same stylesheet, script and icons: look each file up once.
			const fileExists = new Map<string, boolean>();
			const exists = (file: string) => {
				let found = fileExists.get(file);
				if (found === undefined) fileExists.set(file, (found = existsSync(file)));
				return found;
			};
			let checked = 0;
			// In the folder's order, whatever order the pages were read in.
			for (const from of files.map((file) => pagePath(outDir, file, base))) {
				const page = pages.get(from);
				if (!page) continue;
				for (const link of page.links) {
					let url: URL;
					try {
						url = new URL(link.href, `${origin}${from}`);
					} catch {
						report(from, link, link.href, 'not a valid address');
						continue;
					}
					if (url.origin !== origin) continue;
					checked++;
					const path = decodeURIComponent(url.pathname);
					const anchor = decodeURIComponent(url.hash.slice(1));
					const target = pages.get(path) ?? pages.get(path.endsWith('/') ? path : `${path}/`);
					if (!target) {
						const file = path.startsWith(base) ? join(outDir, path.slice(base.length)) : undefined;
						if (!file || !exists(file) || path.endsWith('/'))
							report(from, link, `${path}${url.hash}`, 'no such page');
						continue;
					}
					if (anchor && !target.ids.has(anchor))
						report(from, link, `${path}#${anchor}`, 'no such section');
				}
			}
			if (dead.size > 0) {
				throw new DeadLinkError(
					[...dead.values()].map(({ message, pages }) =>
						pages.length > 1 ? `${message}; also on ${pages.slice(1).join(', ')}` : message,
					),
				);
			}
			logger.info(
				`Link check: ${checked} links on ${pages.size} pages in ${Math.round(busy + performance.now() - started)} ms, none dead`,
			);
		},
	};
}

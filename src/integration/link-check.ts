import { existsSync, readdirSync } from 'node:fs';
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

/** What one page of the built site offers (its ids) and asks for (its links). */
interface PageLinks {
	ids: Set<string>;
	links: string[];
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
	const links: string[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.id) ids.add(attributes.id);
				if (name === 'a' && attributes.name) ids.add(attributes.name);
				const attribute = LINK_ATTRIBUTES[name];
				const value = attribute ? attributes[attribute] : undefined;
				if (value) links.push(value);
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
export function siteLinks(outDir: string, base: string): SiteLinks {
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
			const dead = new Set<string>();
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
						url = new URL(link, `${origin}${from}`);
					} catch {
						dead.add(`${from} → ${link} (not a valid address)`);
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
							dead.add(`${from} → ${path}${url.hash} (no such page)`);
						continue;
					}
					if (anchor && !target.ids.has(anchor))
						dead.add(`${from} → ${path}#${anchor} (no such section)`);
				}
			}
			if (dead.size > 0) throw new DeadLinkError([...dead]);
			logger.info(
				`Link check: ${checked} links on ${pages.size} pages in ${Math.round(busy + performance.now() - started)} ms, none dead`,
			);
		},
	};
}

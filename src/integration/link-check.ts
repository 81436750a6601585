import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Checks every link and `#anchor` of the built site against the files and ids it actually has,
 * with the base path mapped onto the output folder. Each page is parsed once with htmlparser2, so
 * a thousand-chapter handbook takes well under a second; crawling it over HTTP took minutes.
 * Links to other hosts (contacts, "propose a change") are for people to follow and are not fetched.
 */
export async function checkLinks(
	outDir: string,
	base: string,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const origin = 'http://handbook.invalid';
	const pages = new Map<string, PageLinks>();
	for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		pages.set(pagePath(outDir, file, base), readPage(readFileSync(file, 'utf8')));
	}
	const dead = new Set<string>();
	// Every page links the same stylesheet, script and icons: look each file up once.
	const fileExists = new Map<string, boolean>();
	const exists = (file: string) => {
		let found = fileExists.get(file);
		if (found === undefined) fileExists.set(file, (found = existsSync(file)));
		return found;
	};
	let checked = 0;
	for (const [from, page] of pages) {
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
		`Link check: ${checked} links on ${pages.size} pages in ${Math.round(performance.now() - started)} ms, none dead`,
	);
}

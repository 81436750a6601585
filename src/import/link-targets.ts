/**
 * What a link or image in a source page points at, the way the old site would have served it:
 * another page (`/manual/alerts.html`, `alerts.md`, `../alerts/`, a `permalink`), a file of the
 * source folder (`/images/flow.png`, `../img/a.pdf`), or nothing this import knows.
 */
import { posix } from 'node:path';
import { pageEnding } from './source-tree.ts';

/** Where a local URL leads. */
export type LinkTarget =
	| { kind: 'page'; source: string; hash: string }
	| { kind: 'file'; source: string; hash: string }
	| { kind: 'missing'; path: string }
	| { kind: 'other' };

/** Folders tools serve at the site's root (`static/img/a.png` is `/img/a.png`). */
const STATIC_FOLDERS = ['static', 'public', 'assets'];

/** `path` as a lookup key: no slashes around it, no page or `.html` ending, no `/index`. */
function key(path: string): string {
	let trimmed = path.replace(/^\/+|\/+$/g, '');
	const ending = pageEnding(trimmed);
	if (ending) trimmed = trimmed.slice(0, -ending.length);
	else trimmed = trimmed.replace(/\.html?$/i, '');
	return trimmed.replace(/(^|\/)(index|readme|_index)$/i, '').toLowerCase();
}

function decode(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/** Finds the pages and files of one source folder by the URLs its pages use for them. */
export class LinkTargets {
	readonly #pages = new Map<string, string>();
	readonly #files: ReadonlySet<string>;

	/**
	 * @param pages each page's source path, with the other URLs it was served at (`permalink`…)
	 * @param files every other file of the source folder
	 */
	constructor(pages: ReadonlyMap<string, readonly string[]>, files: ReadonlySet<string>) {
		this.#files = files;
		// Addresses a page claims in its frontmatter win over the file name of another page.
		for (const [source, servedAt] of pages) {
			for (const address of servedAt) this.#pages.set(key(address), source);
		}
		for (const source of pages.keys()) {
			const own = key(source);
			if (!this.#pages.has(own)) this.#pages.set(own, source);
		}
	}

	/** The page or file `url` in the page `from` (a source path) leads to. */
	resolve(url: string, from: string): LinkTarget {
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) {
			return { kind: 'other' };
		}
		const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
		const path = decode(match?.[1] ?? '');
		const hash = match?.[3] ?? '';
		if (!path) return { kind: 'other' };
		for (const candidate of this.#candidates(path, from)) {
			if (this.#files.has(candidate)) return { kind: 'file', source: candidate, hash };
			const page = this.#pages.get(key(candidate === '.' ? '' : candidate));
			if (page !== undefined) return { kind: 'page', source: page, hash };
		}
		return { kind: 'missing', path };
	}

	/** The source paths `path` may mean, most likely first; none above the folder. */
	#candidates(path: string, from: string): string[] {
		const found: string[] = [];
		const add = (candidate: string): void => {
			const normal = posix.normalize(candidate);
			if (!normal.startsWith('..') && !found.includes(normal)) found.push(normal);
		};
		if (path.startsWith('/')) {
			const segments = path.split('/').filter(Boolean);
			const whole = segments.join('/');
			add(whole || '.');
			for (const folder of STATIC_FOLDERS) add(`${folder}/${whole}`);
			// A sub-folder may have been a site of its own (`kubernetes/` served at `/`)…
			const folders = from.split('/').slice(0, -1);
			for (let depth = folders.length; depth > 0; depth--) {
				add(`${folders.slice(0, depth).join('/')}/${whole}`);
			}
			// …and the old site may have lived under a base path (`/docs/…`).
			for (let drop = 1; drop < segments.length; drop++) add(segments.slice(drop).join('/'));
			return found;
		}
		const folder = posix.dirname(from);
		add(posix.join(folder, path));
		// Tools with folder URLs serve `a/b.md` at `a/b/`: links in it are relative to that.
		const ending = pageEnding(from) ?? '';
		add(posix.join(from.slice(0, from.length - ending.length), path));
		for (const each of STATIC_FOLDERS) add(posix.join(each, folder, path));
		// Middleman (Tech Docs) and Jekyll find `images/x.png` (and `../images/x.png`, whatever
		// the depth) in the site's own images folder.
		add(path.replace(/^(\.\.?\/)+/, ''));
		return found;
	}
}

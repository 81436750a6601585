/**
 * What an existing Markdown handbook folder holds, as the importer sees it: the pages it may
 * convert, the other files chapters may show or link to, and what it leaves out and why.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the source folder, by its path relative to that folder (`/`-separated). */
export interface SkippedFile {
	path: string;
	reason: string;
}

/** The files of a source handbook, sorted by path. */
export interface SourceTree {
	/** Markdown pages (`.md`, `.markdown`, `.html.md`, `.md.erb`). */
	pages: string[];
	/** Every other file: images and documents chapters may show or link to. */
	files: Set<string>;
	/** Markdown files that are not pages (partials, MDX), with the reason. */
	skipped: SkippedFile[];
}

/** Folders of tools, builds and dependencies: never part of the handbook's text. */
const IGNORED_FOLDERS = new Set([
	'.git',
	'node_modules',
	'vendor',
	'_site',
	'build',
	'dist',
	'site',
	'public',
	'.docusaurus',
	'.astro',
	'.cache',
	'.github',
	'resources',
]);

/** Page file endings, longest first: `x.html.md.erb` → `x`. */
const PAGE_ENDINGS = ['.html.md.erb', '.html.markdown', '.html.md', '.md.erb', '.markdown', '.md'];

/** The page file ending of `path`, if it names a Markdown page. */
export function pageEnding(path: string): string | undefined {
	const lower = path.toLowerCase();
	return PAGE_ENDINGS.find((ending) => lower.endsWith(ending));
}

/** Reads the source folder once: pages, other files, and Markdown files that are not pages. */
export function readSourceTree(root: string): SourceTree {
	const pages: string[] = [];
	const files = new Set<string>();
	const skipped: SkippedFile[] = [];
	const walk = (relative: string): void => {
		const entries = readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
		);
		for (const entry of entries) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!IGNORED_FOLDERS.has(entry.name)) walk(path);
				continue;
			}
			if (!entry.isFile()) continue;
			if (/\.mdx$/i.test(entry.name)) {
				skipped.push({
					path,
					reason: 'MDX page: its imports and components belong to another tool; convert it by hand',
				});
			} else if (pageEnding(entry.name)) {
				// Jekyll includes and Middleman partials start with `_`; Hugo's `_index.md` is a page.
				const partial = /(^|\/)_/.test(path) && !/^_index\.(md|markdown)$/i.test(entry.name);
				if (partial) {
					skipped.push({
						path,
						reason: 'partial (its name or folder starts with `_`): other pages include it',
					});
				} else pages.push(path);
			} else files.add(path);
		}
	};
	walk('');
	return { pages, files, skipped };
}

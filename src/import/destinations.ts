/**
 * Where each imported page goes in the handbook folder, so that its URL stays what readers know:
 * `manual/alerts.html.md` → `en/manual/alerts.md` (served at `/en/manual/alerts/`). Sub-folders
 * stay (they become sections); only names the site cannot serve change, and the report says so.
 */
import { RESERVED_SLUGS, parseChapterPath } from '../handbook/urls.ts';
import { pageEnding } from './source-tree.ts';

/** A page's place in the handbook. */
export interface Destination {
	/** Relative to the handbook folder: `en/manual/alerts.md`. */
	path: string;
	/** Its chapter slug: `manual/alerts`. */
	slug: string;
	/** Why the name differs from the source's, when it does. */
	renamed?: string;
}

/** Names tools give a folder's own page; the handbook has no folder pages, so it becomes a chapter. */
const FOLDER_PAGES = /^(index|readme|_index)$/i;

/** Whether the source page is its folder's own page (`guide/index.md`, `guide/README.md`). */
export function isFolderPage(source: string): boolean {
	const ending = pageEnding(source) ?? '';
	return FOLDER_PAGES.test(
		source
			.slice(0, source.length - ending.length)
			.split('/')
			.pop()!,
	);
}

/** Picks each page's file in `locale/`: one chapter per URL, none on the site's own pages. */
export function destinations(pages: readonly string[], locale: string): Map<string, Destination> {
	const result = new Map<string, Destination>();
	const taken = new Set<string>();
	for (const source of pages) {
		const ending = pageEnding(source) ?? '';
		const parts = source.slice(0, source.length - ending.length).split('/');
		const reasons: string[] = [];
		let name = parts.pop()!;
		if (FOLDER_PAGES.test(name)) {
			name = 'overview';
			reasons.push(`\`${source.split('/').pop()}\` is the folder's own page`);
		}
		const first = parts.length > 0 ? parts[0]! : name;
		if (RESERVED_SLUGS.has(parseChapterPath(`${locale}/${first}.md`).slug)) {
			reasons.push(`\`${first}\` is the URL of one of the site's own pages`);
			if (parts.length > 0) parts[0] = `${first}-pages`;
			else name = `${name}-page`;
		}
		let path = `${locale}/${[...parts, name].join('/')}.md`;
		let slug = parseChapterPath(path).slug;
		for (let count = 2; taken.has(slug); count++) {
			path = `${locale}/${[...parts, `${name}-${count}`].join('/')}.md`;
			slug = parseChapterPath(path).slug;
			if (count === 2) reasons.push('another page already has its URL');
		}
		taken.add(slug);
		result.set(source, { path, slug, ...(reasons.length ? { renamed: reasons.join('; ') } : {}) });
	}
	return result;
}

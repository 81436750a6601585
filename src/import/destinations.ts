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
	const slugOf = (parts: readonly string[]): string =>
		parseChapterPath(`${locale}/${parts.join('/')}.md`).slug;
	for (const source of pages) {
		const ending = pageEnding(source) ?? '';
		const parts = source.slice(0, source.length - ending.length).split('/');
		const reasons: string[] = [];
		if (RESERVED_SLUGS.has(slugOf([parts[0]!]))) {
			reasons.push(`\`${parts[0]}\` is the URL of one of the site's own pages`);
			parts[0] = `${parts[0]}-${parts.length > 1 ? 'pages' : 'page'}`;
		}
		// A folder's own page keeps the folder's URL (`guide/index.md` → `guide.md`, `/guide/`),
		// unless a page already has it; then it is the folder's overview.
		let candidates = [parts];
		if (isFolderPage(source)) {
			const folder = parts.slice(0, -1);
			candidates = folder.length > 0 ? [folder, [...folder, 'overview']] : [['overview']];
		}
		let chosen = candidates.find((each) => !taken.has(slugOf(each))) ?? candidates.at(-1)!;
		if (isFolderPage(source)) {
			reasons.push(
				chosen.at(-1) === 'overview'
					? `\`${source.split('/').pop()}\` is its folder's own page: it becomes the folder's overview`
					: `\`${source.split('/').pop()}\` is its folder's own page: the chapter keeps the folder's URL`,
			);
		}
		const base = chosen;
		for (let count = 2; taken.has(slugOf(chosen)); count++) {
			chosen = [...base.slice(0, -1), `${base.at(-1)}-${count}`];
			if (count === 2) reasons.push('another page already has its URL');
		}
		const slug = slugOf(chosen);
		taken.add(slug);
		result.set(source, {
			path: `${locale}/${chosen.join('/')}.md`,
			slug,
			...(reasons.length ? { renamed: reasons.join('; ') } : {}),
		});
	}
	return result;
}

/** A chapter file's place in the handbook, derived from its path alone. */
export interface ChapterPath {
	/** The locale folder the file sits in (`ja`). */
	locale: string;
	/** The URL segment of the chapter: the file name without order prefix or extension. */
	slug: string;
	/** The numeric prefix of the file name (`03-planning.mdx` → 3), if any. */
	prefixOrder: number | undefined;
}

const ORDER_PREFIX = /^(\d+)[-_ .]+/;

/**
 * Turns a file name into a URL segment that is readable in any script: lowercase, spaces and
 * punctuation to single hyphens, letters of every language (`炎上対応`) kept as they are.
 */
export function slugify(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Reads locale, slug and order from a chapter's path relative to the handbook folder, e.g.
 * `ja/03-planning.mdx` → `{ locale: 'ja', slug: 'planning', prefixOrder: 3 }`.
 * Files in sub-folders keep the folder in the slug (`en/team/roles.mdx` → `team/roles`).
 */
export function parseChapterPath(relativePath: string): ChapterPath {
	const parts = relativePath.replaceAll('\\', '/').split('/');
	const locale = parts[0] ?? '';
	const segments = parts.slice(1);
	const fileName = (segments.pop() ?? '').replace(/\.mdx?$/i, '');
	const prefix = ORDER_PREFIX.exec(fileName);
	const baseName = prefix ? fileName.slice(prefix[0].length) : fileName;
	const slug = [...segments.map(slugify), slugify(baseName)].filter(Boolean).join('/');
	return { locale, slug, prefixOrder: prefix ? Number(prefix[1]) : undefined };
}

/** The content-collection id of a chapter: `<locale>/<slug>`. */
export function chapterId(relativePath: string): string {
	const { locale, slug } = parseChapterPath(relativePath);
	return `${locale}/${slug}`;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { loadHandbook, type Handbook } from '../config/load-handbook.ts';
import type { Locale } from '../config/handbook-config.ts';
import { parseChapterPath } from '../utils/slugs.ts';
import { outlineOf, type OutlineItem } from './outline.ts';
import { parseChapter } from './parser.ts';

/** A chapter file as the cross-file rules see it. */
export interface ChapterFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the handbook folder, with `/`. */
	relativePath: string;
	locale: string;
	slug: string;
}

/** What the rules may ask about the handbook a file belongs to. */
export interface LintHandbook {
	handbook: Handbook;
	/** Every `.mdx` file under the handbook folder. */
	chapters: ChapterFile[];
	/** Where a file under the handbook folder sits (on disk or not yet saved); `undefined` outside it. */
	chapterAt(path: string): ChapterFile | undefined;
	/** The chapters that map to `<locale>/<slug>`. */
	chaptersAt(locale: string, slug: string): ChapterFile[];
	/** The raw frontmatter of another chapter (`undefined` when it has none or it is broken). */
	frontmatterOf(chapter: ChapterFile): Record<string, unknown> | undefined;
	/** The heading ids another chapter's page will have. */
	anchorsOf(chapter: ChapterFile): Set<string>;
	/** Another chapter's structure (headings, tables, lists…); empty when it cannot be read. */
	outlineOf(chapter: ChapterFile): OutlineItem[];
	/** The translation key of a chapter: its `translationOf`, or its slug. */
	translationKeyOf(chapter: ChapterFile): string;
}

/** Slugs that would collide with the handbook's own pages and locale prefixes. */
export const RESERVED_SLUGS = new Set([
	'404',
	'_astro',
	'pagefind',
	'icons',
	'owners',
	'review',
	'offline',
	'print',
	'changes',
	'en',
	'ja',
]);

const HANDBOOKS = new Map<string, { loaded: number; value: LintHandbook }>();
// Editors keep one process for hours: re-read the folder when it may have changed. A lint run of
// the CLI, the build or the dev server brings its own snapshot instead (`createLintHandbook`).
const FRESH_FOR_MS = 1000;

/** The nearest folder at or above `start` that holds a `handbook.yaml`. */
export function findHandbookDir(start: string): string | undefined {
	let dir = resolve(start);
	for (;;) {
		if (existsSync(join(dir, 'handbook.yaml'))) return dir;
		const parent = dirname(dir);
		if (parent === dir) return undefined;
		dir = parent;
	}
}

/**
 * The handbook a chapter file belongs to, found from its path, for tools that lint one file at a
 * time (remark, editors). `undefined` when there is none or its config is broken (the config check
 * reports that).
 */
export function lintHandbookFor(filePath: string): LintHandbook | undefined {
	const dir = findHandbookDir(dirname(resolve(filePath)));
	if (!dir) return undefined;
	const cached = HANDBOOKS.get(dir);
	if (cached && Date.now() - cached.loaded < FRESH_FOR_MS) return cached.value;
	let handbook: Handbook;
	try {
		handbook = loadHandbook(dir);
	} catch {
		return undefined;
	}
	const value = createLintHandbook(handbook);
	HANDBOOKS.set(dir, { loaded: Date.now(), value });
	return value;
}

function chapterFile(dir: string, path: string): ChapterFile | undefined {
	const relativePath = relative(dir, resolve(path)).split(sep).join('/');
	if (relativePath.startsWith('../') || relativePath === '..') return undefined;
	const { locale, slug } = parseChapterPath(relativePath);
	return { path: resolve(path), relativePath, locale, slug };
}

/** Every `.mdx` file under the handbook folder, wherever it sits (misplaced ones are reported). */
export function findChapterFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !relative(dir, path).split(sep).includes('node_modules'))
		.sort();
}

/**
 * The frontmatter values of a chapter's text, from its `---` block alone (no Markdown parsing):
 * `undefined` without a block or when it is not a mapping. Throws on a YAML syntax error.
 */
export function frontmatterBlock(text: string): Record<string, unknown> | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	const data: unknown = parseYaml(match[1]!);
	return data && typeof data === 'object' && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: undefined;
}

interface CachedRead<T> {
	mtimeMs: number;
	value: T;
}

function cachedByMtime<T>(cache: Map<string, CachedRead<T>>, path: string, read: () => T): T {
	let mtimeMs = 0;
	try {
		mtimeMs = statSync(path).mtimeMs;
	} catch {
		return read();
	}
	const cached = cache.get(path);
	if (cached && cached.mtimeMs === mtimeMs) return cached.value;
	const value = read();
	cache.set(path, { mtimeMs, value });
	return value;
}

const frontmatterCache = new Map<string, CachedRead<Record<string, unknown> | undefined>>();
const anchorCache = new Map<string, CachedRead<Set<string>>>();
const outlineCache = new Map<string, CachedRead<OutlineItem[]>>();

/** Another chapter's frontmatter: cross-file checks need only that; a broken one counts as none. */
function readRawFrontmatter(path: string): Record<string, unknown> | undefined {
	try {
		return frontmatterBlock(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Heading ids exactly as the site's Markdown processor makes them: GitHub's slugger over the text. */
export function headingAnchors(headings: readonly Heading[]): Set<string> {
	const slugger = new GithubSlugger();
	return new Set(headings.map((heading) => slugger.slug(toString(heading))));
}

function headingsOf(tree: Root): Heading[] {
	const headings: Heading[] = [];
	visit(tree, 'heading', (heading) => {
		headings.push(heading);
	});
	return headings;
}

/** What the rules see of `handbook`, read from its folder now: one snapshot for one lint run. */
export function createLintHandbook(handbook: Handbook): LintHandbook {
	const chapters = findChapterFiles(handbook.dir).map((path) => chapterFile(handbook.dir, path)!);
	const byRoute = new Map<string, ChapterFile[]>();
	for (const chapter of chapters) {
		const key = `${chapter.locale}/${chapter.slug}`;
		byRoute.set(key, [...(byRoute.get(key) ?? []), chapter]);
	}
	const frontmatterOf = (chapter: ChapterFile) =>
		cachedByMtime(frontmatterCache, chapter.path, () => readRawFrontmatter(chapter.path));
	return {
		handbook,
		chapters,
		chapterAt: (path) => chapterFile(handbook.dir, path),
		chaptersAt: (locale, slug) => byRoute.get(`${locale}/${slug}`) ?? [],
		frontmatterOf,
		anchorsOf: (chapter) =>
			cachedByMtime(anchorCache, chapter.path, () => {
				try {
					return headingAnchors(headingsOf(parseChapter(readFileSync(chapter.path, 'utf8'))));
				} catch {
					return new Set<string>();
				}
			}),
		outlineOf: (chapter) =>
			cachedByMtime(outlineCache, chapter.path, () => {
				try {
					return outlineOf(parseChapter(readFileSync(chapter.path, 'utf8')));
				} catch {
					return [];
				}
			}),
		translationKeyOf(chapter) {
			const translationOf = frontmatterOf(chapter)?.translationOf;
			return typeof translationOf === 'string' && translationOf.trim()
				? translationOf.trim()
				: chapter.slug;
		},
	};
}

/** Whether `locale` is one the handbook is written in. */
export function isHandbookLocale(lintHandbook: LintHandbook, locale: string): locale is Locale {
	return (lintHandbook.handbook.config.locales as string[]).includes(locale);
}

/**
 * Finds a handbook's chapter files on disk, reads each once and tells what its path and
 * frontmatter make of it: for lint (every `.md` and `.mdx` file, broken or misplaced ones included) and for
 * the tools that run without Astro (the review report). During a build the site reads the same
 * chapters through the content collection and places them with the same rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Handbook } from '../config/load-handbook.ts';
import { ChapterFrontmatterSchema } from '../schemas/chapter.ts';
import { isChapterFileName } from '../markdown/chapter-syntax.ts';
import { createCatalogue, placeChapter, type Catalogue, type ChapterPlace } from './catalogue.ts';
import { parseChapterPath, type ChapterPath } from './urls.ts';

/**
 * A chapter file found under the handbook folder, with what its path alone says of it: finding
 * the files reads none of them (lint reads each once, when it checks it).
 */
export interface ChapterFile extends ChapterPath {
	/** Absolute path. */
	path: string;
	/** Path relative to the handbook folder, with `/`. */
	sourcePath: string;
}

/** The text of a file as read once: `valid` is false when it is not UTF-8. */
export interface ChapterText {
	text: string;
	valid: boolean;
}

/** One look at a handbook's folder: its chapter files, each read at most once. */
export interface HandbookFiles {
	handbook: Handbook;
	/** Every `.md` and `.mdx` file under the handbook folder, sorted by path. */
	chapters: ChapterFile[];
	/** Where a file under the handbook folder sits (on disk or not yet saved); `undefined` outside it. */
	chapterAt(path: string): ChapterFile | undefined;
	/** The chapters that map to `<locale>/<slug>`. */
	chaptersAt(locale: string, slug: string): ChapterFile[];
	/** A chapter's text, read on first use and kept. */
	textOf(path: string): ChapterText;
	/** The raw frontmatter of a chapter (`undefined` when it has none or it is broken). */
	frontmatterOf(chapter: ChapterFile): Record<string, unknown> | undefined;
	/** What the chapter's path and frontmatter make of it: section, translation key and the rest. */
	placeOf(chapter: ChapterFile): ChapterPlace;
	/** Keeps the frontmatter a run has already parsed from a chapter's text, so it is not parsed again. */
	recordFrontmatter(path: string, data: Record<string, unknown>): void;
}

/** Every chapter file (`.md`, `.mdx`) under the handbook folder, wherever it sits (misplaced ones are reported). */
export function findChapterFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && isChapterFileName(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !relative(dir, path).split(sep).includes('node_modules'))
		.sort();
}

/** A chapter's `---` frontmatter block at the start of its text, its YAML captured. */
export const FRONTMATTER_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/**
 * The frontmatter values of a chapter's text, from its `---` block alone (no Markdown parsing):
 * `undefined` without a block or when it is not a mapping. Throws on a YAML syntax error.
 */
export function frontmatterBlock(text: string): Record<string, unknown> | undefined {
	const match = FRONTMATTER_BLOCK.exec(text);
	if (!match) return undefined;
	const data: unknown = parseYaml(match[1]!);
	return data && typeof data === 'object' && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: undefined;
}

interface Cached<T> {
	mtimeMs: number;
	value: T;
}

// Editors keep one process for hours and look at the folder again and again: a file's
// frontmatter is parsed again only when the file has changed since.
const frontmatters = new Map<string, Cached<Record<string, unknown> | undefined>>();

function mtimeOf(path: string): number | undefined {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return undefined;
	}
}

function cached<T>(cache: Map<string, Cached<T>>, path: string, read: () => T): T {
	const mtimeMs = mtimeOf(path);
	if (mtimeMs === undefined) return read();
	const hit = cache.get(path);
	if (hit && hit.mtimeMs === mtimeMs) return hit.value;
	const value = read();
	cache.set(path, { mtimeMs, value });
	return value;
}

function readText(path: string): ChapterText {
	const bytes = readFileSync(path);
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), valid: true };
	} catch {
		return { text: new TextDecoder('utf-8').decode(bytes), valid: false };
	}
}

function chapterFile(dir: string, path: string): ChapterFile | undefined {
	const absolute = resolve(path);
	const sourcePath = relative(dir, absolute).split(sep).join('/');
	if (sourcePath.startsWith('../') || sourcePath === '..') return undefined;
	return { ...parseChapterPath(sourcePath), path: absolute, sourcePath };
}

/** What `handbook`'s folder holds now: one snapshot for one lint run or one report. */
export function discoverHandbook(handbook: Handbook): HandbookFiles {
	const chapters = findChapterFiles(handbook.dir).map((path) => chapterFile(handbook.dir, path)!);
	const byRoute = new Map<string, ChapterFile[]>();
	for (const chapter of chapters) {
		const key = `${chapter.locale}/${chapter.slug}`;
		byRoute.set(key, [...(byRoute.get(key) ?? []), chapter]);
	}
	// Texts live as long as the snapshot: a build does not carry them into Astro's own work.
	const texts = new Map<string, ChapterText>();
	const textOf = (path: string) => {
		const absolute = resolve(path);
		let text = texts.get(absolute);
		if (!text) texts.set(absolute, (text = readText(absolute)));
		return text;
	};
	const parsed = new Map<string, Record<string, unknown>>();
	const frontmatterOf = (chapter: ChapterFile) => {
		const known = parsed.get(chapter.path);
		if (known) return known;
		try {
			return cached(frontmatters, chapter.path, () => frontmatterBlock(textOf(chapter.path).text));
		} catch {
			// Not on disk (an editor's unsaved file) or broken YAML: lint reports the latter.
			return undefined;
		}
	};
	return {
		handbook,
		chapters,
		chapterAt: (path) => chapterFile(handbook.dir, path),
		chaptersAt: (locale, slug) => byRoute.get(`${locale}/${slug}`) ?? [],
		textOf,
		frontmatterOf,
		placeOf: (chapter) => placeChapter(chapter.sourcePath, frontmatterOf(chapter)),
		recordFrontmatter: (path, data) => parsed.set(resolve(path), data),
	};
}

/** A chapter file that could not be read as a chapter, and why. */
export interface UnreadableChapter {
	path: string;
	reason: string;
}

/**
 * The catalogue of a handbook read straight from its folder, for tools that run without Astro.
 * Chapters outside the locale folders or with invalid frontmatter are returned apart: the lint
 * rules explain those.
 */
export function readCatalogue(handbook: Handbook): {
	catalogue: Catalogue;
	unreadable: UnreadableChapter[];
} {
	const files = discoverHandbook(handbook);
	const inputs = [];
	const unreadable: UnreadableChapter[] = [];
	for (const chapter of files.chapters) {
		if (!(handbook.config.locales as string[]).includes(chapter.locale)) continue;
		let data: unknown;
		try {
			data = frontmatterBlock(files.textOf(chapter.path).text);
		} catch (error) {
			unreadable.push({ path: chapter.path, reason: (error as Error).message.split('\n')[0]! });
			continue;
		}
		const result = ChapterFrontmatterSchema.safeParse(data ?? {});
		if (!result.success) {
			unreadable.push({
				path: chapter.path,
				reason: result.error.issues
					.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
					.join('; '),
			});
			continue;
		}
		inputs.push({ sourcePath: chapter.sourcePath, data: result.data });
	}
	return { catalogue: createCatalogue(handbook, inputs), unreadable };
}

/**
 * The folder a handbook's files are named from in reports, whatever folder a tool runs in: the git
 * repository that holds the handbook folder (a `.git` folder, or file in a worktree), else the
 * handbook folder's parent, so `content/ja/01-purpose.mdx` reads the same for everyone.
 */
export function handbookRepositoryRoot(dir: string): string {
	const start = resolve(dir);
	for (let folder = start; ; folder = dirname(folder)) {
		if (existsSync(join(folder, '.git'))) return folder;
		if (dirname(folder) === folder) return dirname(start);
	}
}

/** The handbook folder's path from its repository root, with `/`: `content`, `docs/handbook`. */
export function handbookPathInRepository(dir: string): string {
	return relative(handbookRepositoryRoot(dir), resolve(dir)).split(sep).join('/');
}

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Handbook } from '../config/load-handbook.ts';
import type { Locale } from '../config/handbook-config.ts';
import { createBuildContext } from '../handbook/context.ts';
import { discoverHandbook, type ChapterFile, type HandbookFiles } from '../handbook/discover.ts';
import { processBuildEnv } from '../handbook/env.ts';
import { outlineOf, type OutlineItem } from './outline.ts';
import { parseChapter } from './parser.ts';

export type { ChapterFile };

/** What the rules may ask about the handbook a file belongs to: the catalogue's files, and anchors. */
export interface LintHandbook extends HandbookFiles {
	/** The heading ids another chapter's page will have. */
	anchorsOf(chapter: ChapterFile): Set<string>;
	/** Another chapter's structure (headings, tables, lists…); empty when it cannot be read. */
	outlineOf(chapter: ChapterFile): OutlineItem[];
	/**
	 * Records the heading ids of a chapter the run has just parsed, so that links to it from
	 * chapters linted later do not parse it a second time.
	 */
	recordAnchors(chapter: ChapterFile, headings: readonly Heading[]): void;
}

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
		handbook = createBuildContext({ env: processBuildEnv(), dir }).handbook;
	} catch {
		return undefined;
	}
	const value = createLintHandbook(handbook);
	HANDBOOKS.set(dir, { loaded: Date.now(), value });
	return value;
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
	const files = discoverHandbook(handbook);
	const anchors = new Map<string, Set<string>>();
	const outlines = new Map<string, OutlineItem[]>();
	return {
		...files,
		outlineOf(chapter) {
			let found = outlines.get(chapter.path);
			if (!found) {
				try {
					found = outlineOf(parseChapter(files.textOf(chapter.path).text, chapter.path));
				} catch {
					found = [];
				}
				outlines.set(chapter.path, found);
			}
			return found;
		},
		anchorsOf(chapter) {
			let found = anchors.get(chapter.path);
			if (!found) {
				try {
					found = headingAnchors(
						headingsOf(parseChapter(files.textOf(chapter.path).text, chapter.path)),
					);
				} catch {
					found = new Set<string>();
				}
				anchors.set(chapter.path, found);
			}
			return found;
		},
		recordAnchors(chapter, headings) {
			if (!anchors.has(chapter.path)) anchors.set(chapter.path, headingAnchors(headings));
		},
	};
}

/** Whether `locale` is one the handbook is written in. */
export function isHandbookLocale(lintHandbook: LintHandbook, locale: string): locale is Locale {
	return (lintHandbook.handbook.config.locales as string[]).includes(locale);
}

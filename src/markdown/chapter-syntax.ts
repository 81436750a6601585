/**
 * What a chapter file is written in, in one place: which files are chapters, and the parser
 * features the build compiles them with. `astro.config.mjs` (through `processor.ts`) and lint
 * (`src/lint/parser.ts`) both read these values, so that lint sees each chapter exactly as the
 * build compiles it and the two cannot drift apart.
 */
import type { Features } from 'satteri';

/** The extensions of chapter files: CommonMark + GFM (`.md`) and MDX (`.mdx`). */
export const CHAPTER_EXTENSIONS = ['.md', '.mdx'] as const;

/** How a chapter is parsed: plain Markdown, where `<` and `{` are text, or MDX. */
export type ChapterFormat = 'markdown' | 'mdx';

/** Whether a file name is a chapter the generator builds (`03-planning.md`, `x.mdx`). */
export function isChapterFileName(name: string): boolean {
	return /\.mdx?$/i.test(name);
}

/** The format a chapter file is parsed in, from its name: `.md` is Markdown, anything else MDX. */
export function chapterFormat(path: string | undefined): ChapterFormat {
	return path && /\.md$/i.test(path) ? 'markdown' : 'mdx';
}

/**
 * The parser features of every chapter, `.md` and `.mdx` alike. GFM gives tables, task lists,
 * strikethrough, autolinks and footnotes. Smart punctuation is off: it would rewrite quotes in
 * headings and so their ids, which lint computes from the same text to check links to sections.
 */
export const CHAPTER_FEATURES = {
	frontmatter: true,
	gfm: true,
	smartPunctuation: false,
} as const satisfies Features;

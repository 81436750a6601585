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
	const lower = name.toLowerCase();
	return CHAPTER_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** The format a chapter file is parsed in, from its name: `.md` is Markdown, anything else MDX. */
export function chapterFormat(path: string | undefined): ChapterFormat {
	return path && /\.md$/i.test(path) ? 'markdown' : 'mdx';
}

/** Text without `<`, `{` or a line starting `import`/`export` cannot hold an MDX node. */
const MAY_HOLD_MDX = /[<{]|^(?:import|export)\b/m;

/** A line indented as code: Markdown makes it a code block, MDX a paragraph. */
const INDENTED_LINE = /^(?: {4}|\t)/m;

/**
 * Whether an `.mdx` chapter's text can hold MDX syntax (JSX, `{expressions}`, `import`/`export`).
 * Most chapters cannot: `<` and `{` are where all of MDX starts. May answer `true` for text that
 * holds none (a `<` in a code span), never `false` for text that does.
 */
export function mayHoldMdx(text: string): boolean {
	return MAY_HOLD_MDX.test(text);
}

/**
 * Whether an `.mdx` chapter reads exactly the same parsed as Markdown: it can hold no MDX syntax,
 * and none of what MDX turns off (raw HTML, `<autolinks>`, indented code) either. Such a chapter
 * is built as Markdown is, into HTML once when the content is loaded, instead of as a JavaScript
 * module the bundler must compile, bundle and load again to render it. Conservative, like
 * {@link mayHoldMdx}: a chapter with any indented line keeps the MDX path.
 */
export function readsAsMarkdown(text: string): boolean {
	return !mayHoldMdx(text) && !INDENTED_LINE.test(text);
}

/**
 * The parser features the build compiles every chapter with, `.md` and `.mdx` alike. GFM gives
 * tables, task lists, strikethrough, autolinks and footnotes. Smart punctuation curls quotes and
 * makes `...` an ellipsis, but leaves `--` alone: a dash would change a heading's id
 * (`a -- b` is `#a----b`, `a – b` is `#a--b`), which links to sections name.
 */
export const CHAPTER_FEATURES = {
	frontmatter: true,
	gfm: true,
	smartPunctuation: { quotes: true, ellipses: true, dashes: false },
} as const satisfies Features;

/**
 * The features lint parses with: the build's, with the text's punctuation as written. Curly
 * quotes and ellipses change no node and no place, and no heading id either (GitHub's slugger
 * drops quotes and ellipses, curled or not), so lint's tree is the build's tree; and written
 * punctuation keeps it node for node the tree remark-mdx gives for chapters with MDX syntax.
 */
export const LINT_FEATURES = {
	...CHAPTER_FEATURES,
	smartPunctuation: false,
} as const satisfies Features;

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readFrontmatter, textValue, type FrontmatterInfo } from './frontmatter.ts';
import { placeChapter } from '../handbook/catalogue.ts';
import { processBuildEnv, todayOf } from '../handbook/env.ts';
import { lintHandbookFor, type ChapterFile, type LintHandbook } from './handbook-context.ts';

/** Options every handbook rule accepts. */
export interface HandbookRuleOptions {
	/**
	 * "Today" for date checks, `YYYY-MM-DD`. Defaults to `HANDBOOK_TODAY`, then the real date, so
	 * that tests and reproducible builds can fix it.
	 */
	today?: string | undefined;
	/**
	 * The handbook as one lint run sees it. Without it, each file finds the nearest folder above it
	 * with a `handbook.yaml` (how remark and editors run the rules).
	 */
	lintHandbook?: LintHandbook | undefined;
}

/** Options as unified passes them: an object, or nothing. */
export type RuleOptionsInput = HandbookRuleOptions | null | undefined;

/** The date the rules treat as today. */
export function todayFor(options: RuleOptionsInput): string {
	return options?.today ?? todayOf(processBuildEnv());
}

/** The handbook the linted file belongs to, or `undefined` for a file outside any handbook. */
export function handbookOf(file: VFile, options: RuleOptionsInput): LintHandbook | undefined {
	if (!file.path) return undefined;
	return options?.lintHandbook ?? lintHandbookFor(file.path);
}

/** The handbook and the chapter a linted file is, or `undefined` for a file outside any handbook. */
export function chapterOf(
	file: VFile,
	options: RuleOptionsInput,
): { lintHandbook: LintHandbook; chapter: ChapterFile } | undefined {
	const lintHandbook = handbookOf(file, options);
	const chapter = file.path ? lintHandbook?.chapterAt(file.path) : undefined;
	return lintHandbook && chapter ? { lintHandbook, chapter } : undefined;
}

/** A translation as the translation rules see it. */
export interface TranslationFile {
	lintHandbook: LintHandbook;
	chapter: ChapterFile;
	/** The translation's own frontmatter (the text being linted, which may be unsaved). */
	info: FrontmatterInfo;
	/** Its `translationOf`, when it names its source explicitly. */
	translationOf: string | undefined;
	/** The default locale's chapter it translates; `undefined` when none matches. */
	source: ChapterFile | undefined;
}

/**
 * The linted file as a translation with its source chapter, or `undefined` when it is not a
 * translation (outside any handbook, or in the default locale).
 */
export function translationOf(
	tree: Root,
	file: VFile,
	options: RuleOptionsInput,
): TranslationFile | undefined {
	const found = chapterOf(file, options);
	if (!found) return undefined;
	const { lintHandbook, chapter } = found;
	const sourceLocale = lintHandbook.handbook.config.defaultLocale;
	if (chapter.locale === sourceLocale) return undefined;
	const info = readFrontmatter(tree, file);
	const explicit = textValue(info, 'translationOf');
	// The key as this text says (an editor's unsaved change included), by the catalogue's rule.
	const { translationKey } = placeChapter(chapter.sourcePath, info.data);
	const source = lintHandbook.chaptersAt(sourceLocale, translationKey)[0];
	return { lintHandbook, chapter, info, translationOf: explicit, source };
}

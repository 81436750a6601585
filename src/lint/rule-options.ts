import type { VFile } from 'vfile';
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

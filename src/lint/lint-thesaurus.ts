import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { VFile } from 'vfile';
import type { Handbook } from '../config/load-handbook.ts';
import { LocaleSchema } from '../config/handbook-config.ts';
import {
	checkThesaurus,
	thesaurusPath,
	type ChapterText,
} from '../search/thesaurus/load-thesaurus.ts';
import { discoverHandbook, type HandbookFiles } from '../handbook/discover.ts';

/**
 * Checks the handbook's `thesaurus.yaml` against its chapters (`checkThesaurus`) and reports the
 * problems as lint messages of that file, so that the CLI, the build and CI print them like the
 * chapters' own: `content/thesaurus.yaml:12:5: error Unexpected term …`. `undefined` when the
 * handbook has no thesaurus. `files` is the run's snapshot of the folder, so chapters lint has
 * already read are not read again.
 */
export function lintThesaurus(
	handbook: Handbook,
	files: HandbookFiles = discoverHandbook(handbook),
): VFile | undefined {
	const path = thesaurusPath(handbook.dir);
	if (!existsSync(path)) return undefined;
	const chapters: ChapterText[] = files.chapters.flatMap((chapter) => {
		const locale = LocaleSchema.safeParse(chapter.locale);
		return locale.success ? [{ locale: locale.data, text: files.textOf(chapter.path).text }] : [];
	});
	const file = new VFile({ path: relative(process.cwd(), path) || path });
	for (const error of checkThesaurus(handbook.dir, handbook.thesaurus, chapters)) {
		const message = file.message(error.reason, { line: error.line, column: error.column });
		message.fatal = true;
		message.ruleId = 'thesaurus';
		message.source = 'handbook';
	}
	return file;
}

/**
 * The build's lint step, in a process of its own beside the build (see `lint-step.ts`): lints the
 * handbook its {@link LintJob} argument names and sends back a {@link LintOutcome}.
 */
import { loadHandbook } from '../config/load-handbook.ts';
import { lintHandbookChapters } from '../lint/lint-files.ts';
import { formatLines } from '../lint/report-lines.ts';

/** What the lint process is given: the handbook folder, its base path, the day dates are judged on. */
export interface LintJob {
	dir: string;
	base: string | undefined;
	today: string;
}

/** What it sends back: counts, and the report lines when there is anything to report. */
export interface LintOutcome {
	files: number;
	errors: number;
	warnings: number;
	report: string;
}

if (process.send && process.argv[2]) {
	const { dir, base, today } = JSON.parse(process.argv[2]) as LintJob;
	const handbook = loadHandbook(dir, { base });
	const { files, errors, warnings } = await lintHandbookChapters(handbook, { today });
	const outcome: LintOutcome = {
		files: files.length,
		errors,
		warnings,
		report: errors + warnings > 0 ? formatLines(files) : '',
	};
	process.send(outcome);
	process.disconnect();
}

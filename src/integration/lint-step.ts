import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../handbook/context.ts';
import { lintHandbookChapters } from '../lint/lint-files.ts';
import { formatLines } from '../lint/report-lines.ts';
import { asInputError } from './user-error.ts';

/** Thrown when chapters have lint errors; its message is the whole report. */
export class ChapterLintError extends Error {
	constructor(report: string, errors: number) {
		super(
			`${errors} problem(s) in chapters must be fixed before the handbook can build:\n${report}`,
		);
		this.name = 'ChapterLintError';
	}
}

/**
 * Runs the lint rules over every chapter before Astro reads them, and reports every problem of
 * every file at once. Warnings are printed; any error stops the build before anything is written.
 */
export async function lintBeforeBuild(
	context: BuildContext,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const { files, errors, warnings } = await lintHandbookChapters(context.handbook, {
		today: context.today,
	});
	if (errors === 0 && warnings === 0) {
		logger.info(
			`${files.length} chapter(s) checked: no problems, in ${Math.round(performance.now() - started)} ms`,
		);
		return;
	}
	const report = formatLines(files);
	if (errors > 0) throw asInputError(new ChapterLintError(report, errors), context.env.verbose);
	logger.warn(`${warnings} warning(s) in chapters:\n${report}`);
}

import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../handbook/context.ts';
import type { LintJob, LintOutcome } from './lint-worker.ts';
import { inOwnProcess } from './own-process.ts';
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
 * The lint runs of this process by handbook folder. Astro loads the integration and the content
 * config (the chapter loader) through different module loaders, so the two share it on
 * `globalThis`, not through a module's own state.
 */
const LINT_RUNS = Symbol.for('guideline-handbook.lint-runs');

function lintRuns(): Map<string, Promise<void>> {
	const scope = globalThis as { [LINT_RUNS]?: Map<string, Promise<void>> };
	return (scope[LINT_RUNS] ??= new Map());
}

/**
 * Starts the lint rules over every chapter of the build's handbook, in a process of its own, so
 * that Astro loads the content meanwhile on the other core (the two took a second each, one after
 * the other) and the build's process never holds lint's memory. The promise settles once lint is
 * done: warnings are printed; any error rejects it with the whole report, every problem of every
 * file at once. The build awaits it before Astro bundles anything, so nothing is written from
 * chapters with errors; see also {@link lintVerdict}.
 */
export function startLint(context: BuildContext, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const job: LintJob = {
		dir: context.handbook.dir,
		base: context.env.base,
		today: context.today,
	};
	const outcome = inOwnProcess<LintOutcome>(new URL('./lint-worker.ts', import.meta.url), 'lint', {
		args: [JSON.stringify(job)],
	});
	const verdict = outcome.then(({ files, errors, warnings, report }) => {
		if (errors > 0) throw asInputError(new ChapterLintError(report, errors), context.env.verbose);
		if (warnings > 0) logger.warn(`${warnings} warning(s) in chapters:\n${report}`);
		else
			logger.info(
				`${files} chapter(s) checked: no problems, in ${Math.round(performance.now() - started)} ms`,
			);
	});
	// Awaited by the build (and by the chapter loader when loading fails); this keeps a failure
	// from going unhandled meanwhile.
	verdict.catch(() => {});
	lintRuns().set(job.dir, verdict);
	return verdict;
}

/**
 * The verdict of the build's lint of the handbook in `dir`: rejects with the lint report when
 * lint found errors, resolves when it found none or did not run (`astro dev`, `astro sync`).
 * The chapter loader awaits it before it lets a loading error through: a chapter whose
 * frontmatter the schema refuses is reported by lint first, at its `file:line:col`.
 */
export function lintVerdict(dir: string): Promise<void> {
	return lintRuns().get(dir) ?? Promise.resolve();
}

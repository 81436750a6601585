import { z } from 'astro/zod';
import { HandbookInputError, HandbookInputErrors } from '../config/yaml-file.ts';
import { HandbookConfigSchema } from '../config/handbook-config.ts';
import { isCalendarDate, toIsoDate } from '../schemas/iso-date.ts';

const optionalText = z
	.string()
	.optional()
	.transform((value) => (value?.trim() ? value.trim() : undefined));

/**
 * The environment variables a build, a lint run or a report may be given. Each is read here and
 * nowhere else: the build context carries the parsed values to every step.
 */
export const BuildEnvSchema = z.object({
	/**
	 * The handbook folder, relative to the working folder (fixtures, benchmarks).
	 * @default 'content'
	 */
	HANDBOOK_DIR: optionalText,
	/** Another base path for one build, validated like `base` in `handbook.yaml`. */
	HANDBOOK_BASE: optionalText.pipe(HandbookConfigSchema.shape.base.unwrap().optional()),
	/**
	 * Where the site is published.
	 * @default './dist'
	 */
	HANDBOOK_OUT_DIR: optionalText,
	/** "Today" for every date-dependent check, `YYYY-MM-DD`, so that runs give the same answer any day. */
	HANDBOOK_TODAY: optionalText.refine((value) => value === undefined || isCalendarDate(value), {
		message: 'Expected a calendar date written YYYY-MM-DD',
	}),
	/** The build's date and id, an ISO timestamp, for reproducible output. */
	HANDBOOK_BUILD_TIME: optionalText.refine(
		(value) => value === undefined || !Number.isNaN(Date.parse(value)),
		{ message: 'Expected an ISO timestamp such as 2026-11-01T09:00:00Z' },
	),
	/** Any value shows stack traces for problems in the handbook's own files. */
	DEBUG: optionalText,
});

/** The environment as the build uses it: every value checked, absent ones `undefined`. */
export interface BuildEnv {
	/** `HANDBOOK_DIR`. */
	dir: string | undefined;
	/** `HANDBOOK_BASE`: overrides `base` from `handbook.yaml`. */
	base: string | undefined;
	/** `HANDBOOK_OUT_DIR`. */
	outDir: string | undefined;
	/** `HANDBOOK_TODAY`. */
	today: string | undefined;
	/** `HANDBOOK_BUILD_TIME`. */
	buildTime: string | undefined;
	/** `DEBUG` set, or `--verbose` on the command line. */
	verbose: boolean;
}

/**
 * Parses the variables of `env` once. A wrong value stops with its name and what was expected
 * (`HANDBOOK_BASE:1:1: Expected a path that starts and ends with "/"…, received "handbook"`).
 */
export function readBuildEnv(
	env: Record<string, string | undefined> = process.env,
	argv: readonly string[] = process.argv,
): BuildEnv {
	const result = BuildEnvSchema.safeParse(env);
	if (!result.success) {
		throw new HandbookInputErrors(
			result.error.issues.map((issue) => {
				const name = String(issue.path[0]);
				return new HandbookInputError(
					name,
					1,
					1,
					`${issue.message}, received "${env[name] ?? ''}"`,
				);
			}),
		);
	}
	const values = result.data;
	return {
		dir: values.HANDBOOK_DIR,
		base: values.HANDBOOK_BASE,
		outDir: values.HANDBOOK_OUT_DIR,
		today: values.HANDBOOK_TODAY,
		buildTime: values.HANDBOOK_BUILD_TIME,
		verbose: Boolean(values.DEBUG) || argv.includes('--verbose'),
	};
}

let processEnv: BuildEnv | undefined;

/**
 * This process's environment, parsed on first use and kept: for the tools that start without a
 * build context (remark and editors running the rules one file at a time).
 */
export function processBuildEnv(): BuildEnv {
	processEnv ??= readBuildEnv();
	return processEnv;
}

/** Today as `YYYY-MM-DD`: the fixed day of `env` when it has one, else the clock's UTC day. */
export function todayOf(env: Pick<BuildEnv, 'today'>, now: Date = new Date()): string {
	return env.today ?? toIsoDate(now);
}

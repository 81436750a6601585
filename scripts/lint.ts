#!/usr/bin/env node
/**
 * handbook-lint: checks chapters with the handbook's remark-lint rules.
 *
 *   npm run lint                         lint every chapter of the handbook (content/ or HANDBOOK_DIR)
 *   npm run lint -- content/ja/07.mdx    lint only the files or folders given
 *   --format stylish|github|json         terminal report, GitHub Actions annotations, or JSON
 *   --max-warnings N                     fail when there are more than N warnings
 *   --today YYYY-MM-DD                   the date the review rules treat as today
 *
 * Exits 1 when any error is found (or too many warnings), 2 on wrong usage or a broken config.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { createBuildContext, resolveHandbookDir } from '../src/handbook/context.ts';
import { readBuildEnv } from '../src/handbook/env.ts';
import { HandbookInputErrors } from '../src/config/yaml-file.ts';
import { findHandbookDir } from '../src/lint/handbook-context.ts';
import { countMessages, findChapterFiles, lintChapters } from '../src/lint/lint-files.ts';
import { githubAnnotations } from '../src/lint/report-github.ts';
import { lintThesaurus } from '../src/lint/lint-thesaurus.ts';
import { lintHandbookLayout } from '../src/lint/lint-layout.ts';
import { discoverHandbook } from '../src/handbook/discover.ts';
import { thesaurusPath } from '../src/search/thesaurus/load-thesaurus.ts';

const USAGE =
	'Usage: handbook-lint [paths...] [--format stylish|github|json] [--max-warnings N] [--today YYYY-MM-DD]';

function fail(message: string, code = 2): never {
	process.stderr.write(`${message}\n`);
	process.exit(code);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			format: { type: 'string', default: 'stylish' },
			'max-warnings': { type: 'string' },
			today: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
if (!['stylish', 'github', 'json'].includes(values.format))
	fail(`Unknown --format "${values.format}"\n${USAGE}`);
const maxWarnings =
	values['max-warnings'] === undefined ? Number.POSITIVE_INFINITY : Number(values['max-warnings']);
if (Number.isNaN(maxWarnings) || maxWarnings < 0)
	fail(`--max-warnings takes a whole number\n${USAGE}`);
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
	fail(`--today takes a date written YYYY-MM-DD\n${USAGE}`);

for (const path of positionals) {
	if (!existsSync(path)) fail(`${path}: no such file or folder`);
}
let context;
try {
	const env = readBuildEnv();
	const firstPath = positionals[0] ? resolve(positionals[0]) : undefined;
	const dir =
		(firstPath &&
			findHandbookDir(statSync(firstPath).isDirectory() ? firstPath : resolve(firstPath, '..'))) ??
		resolveHandbookDir(env);
	context = createBuildContext({ env, dir });
} catch (error) {
	if (error instanceof HandbookInputErrors) fail(error.message);
	throw error;
}
const { handbook } = context;

const targets = positionals.length > 0 ? positionals : [handbook.dir];
const files = targets.flatMap((target) =>
	statSync(target).isDirectory() ? findChapterFiles(resolve(target)) : [resolve(target)],
);
const results = await lintChapters(
	handbook,
	files.filter((file) => file !== thesaurusPath(handbook.dir)),
	{ today: values.today ?? context.today },
);
// The thesaurus is checked with the whole handbook, or when it is named.
if (
	targets.some((target) => {
		const path = resolve(target);
		return path === resolve(handbook.dir) || path === thesaurusPath(handbook.dir);
	})
) {
	const thesaurus = lintThesaurus(handbook);
	if (thesaurus) results.push(thesaurus);
	// Whether the handbook as a whole would build: no empty locale, its crisis guide, no stray file.
	results.push(...lintHandbookLayout(handbook, discoverHandbook(handbook)));
}
const { errors, warnings } = countMessages(results);

if (values.format === 'json') {
	process.stdout.write(`${reporterJson(results)}\n`);
} else if (values.format === 'github') {
	process.stdout.write(githubAnnotations(results));
} else {
	const report = reporter(results, { quiet: true });
	process.stderr.write(
		report ? `${report}\n` : `${files.length} chapter(s) checked: no problems\n`,
	);
}
process.exitCode = errors > 0 || warnings > maxWarnings ? 1 : 0;

#!/usr/bin/env node
/**
 * review-report: which chapters are overdue or due soon, for owners and scheduled reminders.
 *
 *   npm run review-report                              a table in the terminal
 *   npm run review-report -- --format markdown         json | csv | markdown | table
 *   npm run review-report -- --owner pr-manager        only one owner's chapters
 *   npm run review-report -- --group-by section        one table per section (or per owner)
 *   npm run review-report -- --fail-on overdue         exit 1 if any chapter is overdue
 *                                                      (due-soon: also when due soon; translation-behind)
 *   npm run review-report -- --today 2027-01-01        the day to judge against
 *
 * Files are named from the handbook's repository (its git root, else the handbook folder's parent),
 * whatever folder the command runs in.
 *
 * Exits 2 on wrong usage or a broken handbook config.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { HandbookInputErrors } from '../src/config/yaml-file.ts';
import { createBuildContext } from '../src/handbook/context.ts';
import { handbookPathInRepository, readCatalogue } from '../src/handbook/discover.ts';
import { sectionOrder } from '../src/handbook/catalogue.ts';
import {
	formatCsv,
	formatGroupedTable,
	formatJson,
	formatMarkdown,
	formatTable,
	GROUP_BY,
	groupRecords,
	toRecords,
	type GroupBy,
} from '../src/review/report-formats.ts';

const USAGE =
	'Usage: review-report [--format table|json|csv|markdown] [--owner ID] [--group-by owner|section] [--fail-on overdue|due-soon|translation-behind] [--today YYYY-MM-DD]';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			format: { type: 'string', default: 'table' },
			owner: { type: 'string' },
			'group-by': { type: 'string' },
			'fail-on': { type: 'string' },
			today: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	}));
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
if (!['table', 'json', 'csv', 'markdown'].includes(values.format))
	fail(`Unknown --format "${values.format}"\n${USAGE}`);
if (
	values['fail-on'] &&
	!['overdue', 'due-soon', 'translation-behind'].includes(values['fail-on'])
) {
	fail(`Unknown --fail-on "${values['fail-on']}"\n${USAGE}`);
}
const groupBy = values['group-by'];
if (groupBy !== undefined && !(GROUP_BY as readonly string[]).includes(groupBy))
	fail(`Unknown --group-by "${groupBy}"\n${USAGE}`);
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
	fail(`--today takes a date written YYYY-MM-DD\n${USAGE}`);

let context;
try {
	context = createBuildContext();
} catch (error) {
	if (error instanceof HandbookInputErrors) fail(error.message);
	throw error;
}
const { handbook } = context;
if (values.owner && !handbook.owners.some((owner) => owner.id === values.owner)) {
	fail(
		`Unknown owner "${values.owner}"; owners are: ${handbook.owners.map((owner) => owner.id).join(', ')}`,
	);
}

const today = values.today ?? context.today;
const { catalogue, unreadable } = readCatalogue(handbook);
for (const chapter of unreadable) {
	process.stderr.write(
		`${relative(process.cwd(), chapter.path)}: skipped, not a valid chapter (${chapter.reason}); run npm run lint\n`,
	);
}
const rows = catalogue
	.reviewRows(today)
	.filter((row) => !values.owner || row.owner === values.owner);
// Reports go to people in other folders and to issue trackers: section titles in English when
// the handbook has it, like owners' names.
const reportLocale = handbook.config.locales.includes('en') ? 'en' : handbook.config.defaultLocale;
const records = toRecords(rows, handbookPathInRepository(handbook.dir), (id) =>
	catalogue.sectionTitle(id, reportLocale),
);
const groups =
	groupBy === undefined
		? undefined
		: groupRecords(
				records,
				groupBy as GroupBy,
				groupBy === 'owner'
					? handbook.owners.map((owner) => owner.id)
					: sectionOrder(
							handbook.config,
							records.map((record) => record.section || undefined),
						).map((id) => id ?? ''),
			);

const output = {
	table: () => (groups ? formatGroupedTable(groups) : formatTable(records)),
	json: () => formatJson(groups ?? records),
	csv: () => formatCsv(groups ? groups.flatMap((group) => group.records) : records),
	markdown: () => formatMarkdown(records, today, groups),
}[values.format as 'table' | 'json' | 'csv' | 'markdown']();
process.stdout.write(output);

const failOn = values['fail-on'];
const failing = rows.filter((row) =>
	failOn === 'overdue'
		? row.status === 'overdue'
		: failOn === 'due-soon'
			? row.status !== 'ok'
			: failOn === 'translation-behind'
				? row.translationBehind
				: false,
);
if (failing.length > 0) {
	process.stderr.write(
		`${failing.length} chapter(s) ${failOn === 'translation-behind' ? 'have translations behind their source' : `are ${failOn}`}\n`,
	);
	process.exitCode = 1;
}

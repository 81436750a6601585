import stringWidth from 'string-width';
import type { ReviewRow } from '../handbook/catalogue.ts';

/** A row of the review report in plain values, the same in every format. */
export interface ReportRecord {
	status: ReviewRow['status'];
	translationBehind: boolean;
	due: string;
	reviewed: string;
	owner: string;
	ownerName: string;
	locale: string;
	slug: string;
	title: string;
	/** The source file, relative to the handbook's repository. */
	file: string;
	/** The section's id, `''` for a chapter in none. */
	section: string;
	/** The section's heading, `''` for none. */
	sectionTitle: string;
}

/**
 * Plain values for each row, with owners' names in English for reports that go to anyone.
 * `handbookPath` is the handbook folder as the report shows it, put before each chapter's path;
 * `sectionTitle` names a section by its id.
 */
export function toRecords(
	rows: readonly ReviewRow[],
	handbookPath: string,
	sectionTitle: (id: string | undefined) => string = (id) => id ?? '',
): ReportRecord[] {
	return rows.map((row) => {
		const name = row.chapter.owner?.name;
		return {
			status: row.status,
			translationBehind: row.translationBehind,
			due: row.due,
			reviewed: row.reviewed,
			owner: row.owner,
			ownerName: typeof name === 'string' ? name : (name?.en ?? name?.ja ?? row.owner),
			locale: row.locale,
			slug: row.chapter.slug,
			title: row.chapter.data.title,
			file: handbookPath ? `${handbookPath}/${row.chapter.sourcePath}` : row.chapter.sourcePath,
			section: row.chapter.section ?? '',
			sectionTitle: sectionTitle(row.chapter.section),
		};
	});
}

const STATUS_LABELS: Record<ReportRecord['status'], string> = {
	overdue: 'OVERDUE',
	'due-soon': 'due soon',
	ok: 'ok',
};

function statusLabel(record: ReportRecord): string {
	return `${STATUS_LABELS[record.status]}${record.translationBehind ? ' (translation behind)' : ''}`;
}

const COLUMNS: Array<[string, (record: ReportRecord) => string]> = [
	['Status', statusLabel],
	['Due', (record) => record.due],
	['Reviewed', (record) => record.reviewed],
	['Owner', (record) => record.owner],
	['Chapter', (record) => `${record.locale}/${record.slug}  ${record.title}`],
];

/** What a report can be grouped by. */
export const GROUP_BY = ['owner', 'section'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Records under one heading: one owner's or one section's. */
export interface RecordGroup {
	/** The owner id or section id (`''` for chapters in no section). */
	key: string;
	/** What the heading says: `PR Manager (pr-manager)`, `Crisis (crisis)`, `No section`. */
	label: string;
	records: ReportRecord[];
}

/**
 * Splits records into groups in the given order of keys (the owners registry's order, or the
 * handbook's section order); each group keeps the records' own order, most urgent first.
 */
export function groupRecords(
	records: readonly ReportRecord[],
	by: GroupBy,
	order: readonly string[],
): RecordGroup[] {
	const keyOf = (record: ReportRecord) => (by === 'owner' ? record.owner : record.section);
	const keys = [...new Set(records.map(keyOf))].sort(
		(a, b) =>
			(order.includes(a) ? order.indexOf(a) : order.length) -
				(order.includes(b) ? order.indexOf(b) : order.length) || a.localeCompare(b),
	);
	return keys.map((key) => {
		const inGroup = records.filter((record) => keyOf(record) === key);
		const first = inGroup[0]!;
		const label =
			by === 'owner'
				? `${first.ownerName} (${key})`
				: key === ''
					? 'No section'
					: `${first.sectionTitle} (${key})`;
		return { key, label, records: inGroup };
	});
}

/** A table for the terminal, aligned for Japanese text too. */
export function formatTable(records: readonly ReportRecord[]): string {
	const cells = [
		COLUMNS.map(([title]) => title),
		...records.map((record) => COLUMNS.map(([, value]) => value(record))),
	];
	const widths = COLUMNS.map((_, column) =>
		Math.max(...cells.map((row) => stringWidth(row[column]!))),
	);
	return `${cells
		.map((row) =>
			row
				.map((cell, column) => cell + ' '.repeat(widths[column]! - stringWidth(cell)))
				.join('  ')
				.trimEnd(),
		)
		.join('\n')}\n`;
}

/** One terminal table per group, each under its heading and count. */
export function formatGroupedTable(groups: readonly RecordGroup[]): string {
	return groups
		.map((group) => `== ${group.label}: ${group.records.length} ==\n${formatTable(group.records)}`)
		.join('\n');
}

/** JSON for tools: an array of records, or of groups each with its records. */
export function formatJson(records: readonly ReportRecord[] | readonly RecordGroup[]): string {
	return `${JSON.stringify(records, null, 2)}\n`;
}

function csvCell(value: string | boolean): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV (RFC 4180) for spreadsheets. */
export function formatCsv(records: readonly ReportRecord[]): string {
	const keys = [
		'status',
		'translationBehind',
		'due',
		'reviewed',
		'owner',
		'ownerName',
		'locale',
		'slug',
		'title',
		'file',
		'section',
	] as const;
	return `${[keys.join(','), ...records.map((record) => keys.map((key) => csvCell(record[key])).join(','))].join('\r\n')}\r\n`;
}

function markdownCell(text: string): string {
	return text.replaceAll('|', '\\|');
}

/** Markdown for issue bodies and chat reminders: a summary line, then a table (one per group). */
export function formatMarkdown(
	records: readonly ReportRecord[],
	today: string,
	groups?: readonly RecordGroup[],
): string {
	const count = (status: ReportRecord['status']) =>
		records.filter((record) => record.status === status).length;
	const behind = records.filter((record) => record.translationBehind).length;
	const table = (rows: readonly ReportRecord[]) => [
		'| Status | Due | Last reviewed | Owner | Chapter | File |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map(
			(record) =>
				`| ${statusLabel(record)} | ${record.due} | ${record.reviewed} | ${markdownCell(record.ownerName)} (\`${record.owner}\`) | ${markdownCell(record.title)} (${record.locale}) | \`${record.file}\` |`,
		),
	];
	const lines = [
		`## Handbook review status on ${today}`,
		'',
		`${count('overdue')} overdue, ${count('due-soon')} due soon, ${count('ok')} up to date; ${behind} translation(s) behind their source.`,
		'',
		...(groups
			? groups.flatMap((group) => [
					`### ${markdownCell(group.label)}: ${group.records.length}`,
					'',
					...table(group.records),
					'',
				])
			: table(records)),
	];
	return `${lines.join('\n').trimEnd()}\n`;
}

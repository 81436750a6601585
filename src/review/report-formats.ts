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
	file: string;
}

/** Plain values for each row, with owners' names in English for reports that go to anyone. */
export function toRecords(rows: readonly ReviewRow[], handbookDir: string): ReportRecord[] {
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
			file: `${handbookDir}/${row.chapter.sourcePath}`,
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

/** JSON for tools: an array of records. */
export function formatJson(records: readonly ReportRecord[]): string {
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
	] as const;
	return `${[keys.join(','), ...records.map((record) => keys.map((key) => csvCell(record[key])).join(','))].join('\r\n')}\r\n`;
}

function markdownCell(text: string): string {
	return text.replaceAll('|', '\\|');
}

/** Markdown for issue bodies and chat reminders: a summary line, then a table. */
export function formatMarkdown(records: readonly ReportRecord[], today: string): string {
	const count = (status: ReportRecord['status']) =>
		records.filter((record) => record.status === status).length;
	const behind = records.filter((record) => record.translationBehind).length;
	const lines = [
		`## Handbook review status on ${today}`,
		'',
		`${count('overdue')} overdue, ${count('due-soon')} due soon, ${count('ok')} up to date; ${behind} translation(s) behind their source.`,
		'',
		'| Status | Due | Last reviewed | Owner | Chapter | File |',
		'| --- | --- | --- | --- | --- | --- |',
		...records.map(
			(record) =>
				`| ${statusLabel(record)} | ${record.due} | ${record.reviewed} | ${markdownCell(record.ownerName)} (\`${record.owner}\`) | ${markdownCell(record.title)} (${record.locale}) | \`${record.file}\` |`,
		),
	];
	return `${lines.join('\n')}\n`;
}

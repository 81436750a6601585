/**
 * When each source page last changed, for pages that record no review or update date: the date of
 * the last commit that touched it when the source folder is in a Git work tree, the file's
 * modification time otherwise. The report says which one stands in for the review date.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** A date `YYYY-MM-DD` and what it is, in words for the report. */
export interface ChangeDate {
	value: string;
	from: string;
}

/** Last-commit dates of every file under `root`, newest commit first; empty outside Git. */
function gitDates(root: string): Map<string, string> {
	const dates = new Map<string, string>();
	let log: string;
	try {
		log = execFileSync(
			'git',
			[
				'-C',
				root,
				'log',
				'--format=%x00%cs',
				'--name-only',
				'--relative',
				'--no-renames',
				'--',
				'.',
			],
			{ encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
		);
	} catch {
		return dates;
	}
	for (const commit of log.split('\0')) {
		const [date, ...files] = commit.split('\n');
		for (const file of files) if (file && !dates.has(file)) dates.set(file, date!);
	}
	return dates;
}

/** Finds the last-change date of source pages, reading Git's history once. */
export function lastChanged(root: string): (source: string) => ChangeDate {
	const dates = gitDates(root);
	return (source) => {
		const committed = dates.get(source);
		if (committed) return { value: committed, from: 'date of its last Git commit' };
		const modified = statSync(join(root, source)).mtime.toISOString().slice(0, 10);
		return { value: modified, from: "file's modification date" };
	};
}

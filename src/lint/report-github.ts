import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** Escapes text for a GitHub Actions workflow command's message. */
function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes text for a workflow command's property (`file=…`). */
function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * The messages as GitHub Actions annotations (`::error file=…,line=…::message`), so that a pull
 * request shows each problem on the line it is about.
 */
export function githubAnnotations(files: readonly VFile[]): string {
	const lines: string[] = [];
	for (const file of files) {
		const path = relative(process.cwd(), file.path).split('\\').join('/');
		for (const message of file.messages) {
			const level = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice';
			const properties = [
				`file=${escapeProperty(path)}`,
				`line=${message.line ?? 1}`,
				`col=${message.column ?? 1}`,
				...(message.place && 'end' in message.place
					? [`endLine=${message.place.end.line}`, `endColumn=${message.place.end.column}`]
					: []),
				`title=${escapeProperty([message.source, message.ruleId].filter(Boolean).join(':'))}`,
			];
			lines.push(`::${level} ${properties.join(',')}::${escapeData(message.reason)}\n`);
		}
	}
	return lines.join('');
}

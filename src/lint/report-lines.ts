import type { VFile } from 'vfile';

/**
 * One line per problem, `file:line:col: severity message (rule)`: the form terminals and editors
 * turn into links, and the form a build log can be searched in.
 */
export function formatLines(files: readonly VFile[]): string {
	const lines: string[] = [];
	for (const file of files) {
		for (const message of file.messages) {
			const severity = message.fatal ? 'error' : 'warning';
			const rule = message.ruleId
				? ` (${message.source ? `${message.source}:` : ''}${message.ruleId})`
				: '';
			lines.push(
				`${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${message.reason}${rule}`,
			);
		}
	}
	return lines.join('\n');
}

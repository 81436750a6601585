import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';

/** A problem in a file a writer edits, with where it is. Printed as `file:line:col: message`. */
export class HandbookInputError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly reason: string;

	constructor(file: string, line: number, column: number, reason: string) {
		super(`${file}:${line}:${column}: ${reason}`);
		this.name = 'HandbookInputError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

/** Several input problems found in one pass, reported together. */
export class HandbookInputErrors extends Error {
	readonly errors: HandbookInputError[];

	constructor(errors: HandbookInputError[]) {
		super(errors.map((error) => error.message).join('\n'));
		this.name = 'HandbookInputErrors';
		this.errors = errors;
	}
}

/** Path of `file` as a writer sees it: relative to the working folder. */
export function displayPath(file: string): string {
	return relative(process.cwd(), file) || file;
}

interface ParsedYaml {
	document: Document;
	lineCounter: LineCounter;
	file: string;
}

function readYaml(file: string): ParsedYaml {
	const shown = displayPath(file);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new HandbookInputErrors([
			new HandbookInputError(shown, 1, 1, 'Cannot read this file; expected it to exist'),
		]);
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false });
	if (document.errors.length > 0) {
		throw new HandbookInputErrors(
			document.errors.map((error) => {
				const position = lineCounter.linePos(error.pos[0]);
				return new HandbookInputError(
					shown,
					position.line,
					position.col,
					`Invalid YAML: ${error.message.split('\n')[0]}`,
				);
			}),
		);
	}
	return { document, lineCounter, file: shown };
}

/** Where the value at `path` starts in the document, falling back to its nearest parent. */
function positionOf(
	parsed: ParsedYaml,
	path: readonly PropertyKey[],
): { line: number; col: number } {
	for (let length = path.length; length >= 0; length--) {
		const node = parsed.document.getIn(path.slice(0, length), true);
		if (isNode(node) && node.range) return parsed.lineCounter.linePos(node.range[0]);
	}
	return { line: 1, col: 1 };
}

/**
 * Reads a YAML file and validates it with `schema`. Every problem is reported at once, each naming
 * the file, the line and column of the value, and the field: `content/handbook.yaml:3:8: title.en: …`.
 */
export function loadYamlFile<Schema extends z.ZodType>(
	file: string,
	schema: Schema,
): z.output<Schema> {
	const parsed = readYaml(file);
	const result = schema.safeParse(parsed.document.toJS() ?? {});
	if (result.success) return result.data;
	throw new HandbookInputErrors(
		result.error.issues.map((issue) => {
			const path = issue.path as PropertyKey[];
			const position = positionOf(parsed, path);
			const field = path.length > 0 ? `${path.map(String).join('.')}: ` : '';
			return new HandbookInputError(
				parsed.file,
				position.line,
				position.col,
				`${field}${issue.message}`,
			);
		}),
	);
}

/**
 * Where values of a YAML file sit, for checks that run after its schema passed (a term that no
 * chapter uses, say): `at(['ja', 'words', '叩かれる'])` is the line and column of that value.
 */
export function yamlLocator(file: string): {
	file: string;
	at(path: readonly PropertyKey[]): { line: number; col: number };
} {
	const parsed = readYaml(file);
	return { file: parsed.file, at: (path) => positionOf(parsed, path) };
}

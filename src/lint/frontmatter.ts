import type { Root, Yaml } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A chapter's frontmatter as the lint rules see it: the raw values and where each one is. */
export interface FrontmatterInfo {
	/** The `---` block, when the file has one. */
	node: Yaml | undefined;
	/** The values as written (dates stay text); `undefined` when missing, broken or not a mapping. */
	data: Record<string, unknown> | undefined;
	/** YAML syntax errors, already placed in the file. */
	syntaxErrors: Array<{ reason: string; place: Position }>;
	/** Where `key`'s value is in the file; the whole block when the key is absent. */
	placeOf(key: string): Position | undefined;
	/** Where `key` itself is in the file. */
	placeOfKey(key: string): Position | undefined;
	/** Where a nested value is, e.g. `['changes', 0, 'date']`; its nearest parent when absent. */
	placeOfPath(path: ReadonlyArray<string | number>): Position | undefined;
}

/** Where {@link readFrontmatter} keeps a file's frontmatter in `file.data`. */
export const FRONTMATTER_KEY = 'handbookFrontmatter';

/**
 * Reads the frontmatter of `tree` once per file and shares it between every rule. Values are
 * parsed with `yaml`'s core schema, which keeps `2025-02-30` as the text the writer typed instead
 * of a `Date` that silently rolled over to March.
 */
export function readFrontmatter(tree: Root, file: VFile): FrontmatterInfo {
	const cached = file.data[FRONTMATTER_KEY] as FrontmatterInfo | undefined;
	if (cached) return cached;
	const first = tree.children[0];
	const node = first?.type === 'yaml' ? first : undefined;
	const info = node ? parse(node) : missing();
	file.data[FRONTMATTER_KEY] = info;
	return info;
}

function missing(): FrontmatterInfo {
	return {
		node: undefined,
		data: undefined,
		syntaxErrors: [],
		placeOf: () => undefined,
		placeOfKey: () => undefined,
		placeOfPath: () => undefined,
	};
}

function parse(node: Yaml): FrontmatterInfo {
	const lineCounter = new LineCounter();
	const document: Document = parseDocument(node.value, { lineCounter, prettyErrors: false });
	// The YAML text starts on the line after the opening `---`.
	const firstLine = (node.position?.start.line ?? 1) + 1;
	const toPlace = (start: number, end: number): Position => {
		const from = lineCounter.linePos(start);
		const to = lineCounter.linePos(end);
		return {
			start: { line: firstLine + from.line - 1, column: from.col },
			end: { line: firstLine + to.line - 1, column: to.col },
		};
	};
	const syntaxErrors = document.errors.map((error) => ({
		reason: error.message.split('\n')[0] ?? error.message,
		place: toPlace(error.pos[0], Math.max(error.pos[1], error.pos[0])),
	}));
	const contents = document.contents;
	const data =
		syntaxErrors.length === 0 && isMap(contents)
			? (document.toJS() as Record<string, unknown>)
			: undefined;
	const pairFor = (key: string) =>
		isMap(contents)
			? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
			: undefined;
	return {
		node,
		data,
		syntaxErrors,
		placeOf(key) {
			const value = pairFor(key)?.value;
			if (isNode(value) && value.range) return toPlace(value.range[0], value.range[1]);
			return this.placeOfKey(key);
		},
		placeOfKey(key) {
			const keyNode = pairFor(key)?.key;
			if (isNode(keyNode) && keyNode.range) return toPlace(keyNode.range[0], keyNode.range[1]);
			return node.position;
		},
		placeOfPath(path) {
			for (let length = path.length; length > 0; length--) {
				const value = document.getIn(path.slice(0, length), true);
				if (isNode(value) && value.range) return toPlace(value.range[0], value.range[1]);
			}
			return node.position;
		},
	};
}

/** The value of `key` as trimmed text, or `undefined` when it is absent, empty or not text. */
export function textValue(info: FrontmatterInfo, key: string): string | undefined {
	const value = info.data?.[key];
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return undefined;
}

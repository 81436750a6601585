import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../build/build-fixture.ts';
import { chapterSyntax, parseMarkdownChapter } from '../../src/lint/parser.ts';
import { remark } from 'remark';

/** The parser the build's Markdown processor matches: frontmatter, GFM and MDX. */
const remarkMdxParser = remark()
	.use([...chapterSyntax])
	.freeze();

/** Every chapter of the shipped handbook and of the fixtures. */
const chapters = ['content', 'tests/fixtures'].flatMap((dir) =>
	readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.mdx'))
		.map((path) => join(dir, path)),
);

/** A tree as lint rules read it: types, values, attributes and each node's line and column. */
function shape(node: Node): unknown {
	const { position, data: _data, children, ...rest } = node as Node & { children?: Node[] };
	const place = position
		? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
		: undefined;
	return {
		...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
		place,
		...(children ? { children: children.map(shape) } : {}),
	};
}

describe('the fast chapter parser', () => {
	it('finds chapters to compare', () => {
		expect(chapters.length).toBeGreaterThan(40);
	});

	it.each(chapters)('gives %s the tree remark-mdx gives, or leaves it to remark-mdx', (path) => {
		const text = readFileSync(join(ROOT, path), 'utf8');
		const fast = parseMarkdownChapter(text);
		if (fast === undefined) return;
		expect(shape(fast)).toEqual(shape(remarkMdxParser.parse(text)));
	});

	it('parses plain Markdown chapters itself', () => {
		expect(
			parseMarkdownChapter('---\ntitle: T\n---\n\n## A [link](../x/)\n')?.children[0],
		).toMatchObject({ type: 'yaml', value: 'title: T' });
	});

	it('leaves chapters with MDX syntax, task lists, or that do not parse, to remark-mdx', () => {
		expect(parseMarkdownChapter('<Callout type="note">Hi</Callout>\n')).toBeUndefined();
		expect(parseMarkdownChapter("import X from './x.js'\n\nText.\n")).toBeUndefined();
		expect(parseMarkdownChapter('Text {1 + 1}.\n')).toBeUndefined();
		expect(parseMarkdownChapter('<Callout>\n\nnever closed\n')).toBeUndefined();
		// GFM task items: satteri places their text after the checkbox, remark-gfm at it.
		expect(parseMarkdownChapter('- [ ] read the handbook\n')).toBeUndefined();
	});
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { chapterLoader } from '../../src/handbook/chapter-loader.ts';
import { readsAsMarkdown } from '../../src/markdown/chapter-syntax.ts';

describe('readsAsMarkdown: an .mdx chapter that reads the same as Markdown', () => {
	it('is plain text, headings, lists, tables, links and fenced code', () => {
		const text = [
			'## 見出し',
			'',
			'本文と[リンク](../planning/#goals)。',
			'',
			'- 項目',
			'  続き',
			'',
			'| a | b |',
			'| --- | --- |',
			'| 1 | 2 |',
			'',
			'```sh',
			'npm test',
			'```',
		].join('\n');
		expect(readsAsMarkdown(text)).toBe(true);
	});

	it('is not a chapter with components, HTML, expressions or import/export', () => {
		expect(readsAsMarkdown('<Callout type="note">Hi</Callout>\n')).toBe(false);
		expect(readsAsMarkdown('Press <kbd>Ctrl</kbd>.\n')).toBe(false);
		expect(readsAsMarkdown('Text {1 + 1}.\n')).toBe(false);
		expect(readsAsMarkdown("import X from './x.js'\n\nText.\n")).toBe(false);
		expect(readsAsMarkdown('export const x = 1\n')).toBe(false);
	});

	it('is not a chapter MDX reads otherwise: autolinks and indented code', () => {
		// MDX has no `<https://…>` autolinks and no indented code: such text is a paragraph there.
		expect(readsAsMarkdown('See <https://example.org>.\n')).toBe(false);
		expect(readsAsMarkdown('Text.\n\n    indented\n')).toBe(false);
		expect(readsAsMarkdown('Text.\n\n\tindented\n')).toBe(false);
	});
});

describe('chapterLoader', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	/** Runs the loader on `files` with a content layer stand-in; returns what it stored. */
	async function load(
		files: Record<string, string>,
		withMarkdown = true,
		watcher?: { add(): void; on(event: string, listener: (path: string) => void): void },
	) {
		dir = mkdtempSync(join(tmpdir(), 'chapter-loader-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		const stored = new Map<string, Record<string, unknown>>();
		const rendered: string[] = [];
		const errors: string[] = [];
		const entryInfo = ({ contents }: { contents: string }) => {
			const [, front = '', body = contents] =
				/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
			return { data: Object.fromEntries(front.split('\n').map((line) => line.split(': '))), body };
		};
		const entryTypes = new Map<string, object>([
			[
				'.md',
				{
					getEntryInfo: entryInfo,
					getRenderFunction: async () => async (entry: { body: string; filePath: string }) => {
						if (entry.body.includes('BROKEN-RENDER')) throw new Error('cannot render');
						rendered.push(entry.filePath);
						return { html: `<p>${entry.body.trim()}</p>`, metadata: { imagePaths: [] } };
					},
				},
			],
			['.mdx', { getEntryInfo: entryInfo, contentModuleTypes: '' }],
		]);
		if (!withMarkdown) entryTypes.set('.md', { getEntryInfo: entryInfo });
		const store = {
			keys: () => [...stored.keys()],
			get: (id: string) => stored.get(id),
			set: (entry: { id: string }) => (stored.set(entry.id, entry), true),
			delete: (id: string) => stored.delete(id),
			addModuleImport: () => {},
			addAssetImports: () => {},
		};
		const context = {
			collection: 'chapters',
			store,
			config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
			logger: {
				warn: () => {},
				error: (message: string) => errors.push(message),
				info: () => {},
				debug: () => {},
			},
			watcher,
			parseData: async ({ data }: { data: unknown }) => data,
			generateDigest: (text: string) => String(text.length),
			entryTypes,
		} as unknown as LoaderContext;
		await chapterLoader({ base: dir, pattern: 'ja/*.{md,mdx}' }).load(context);
		return { stored, rendered, errors };
	}

	const files = {
		'ja/01-plain.mdx': '---\ntitle: A\n---\n## 見出し\n\n本文。\n',
		'ja/02-callout.mdx': '---\ntitle: B\n---\n<Callout>注意</Callout>\n',
		'ja/03-markdown.md': '---\ntitle: C\n---\n本文。\n',
	};

	it('renders a plain .mdx chapter once while loading, as a .md chapter is', async () => {
		const { stored, rendered } = await load(files);
		const plain = stored.get('ja/01-plain')!;
		expect(plain.deferredRender).toBeUndefined();
		expect(plain.rendered).toEqual({
			html: '<p>## 見出し\n\n本文。</p>',
			metadata: { imagePaths: [] },
		});
		expect(plain.filePath).toBe('ja/01-plain.mdx');
		expect(plain.data).toEqual({ title: 'A' });
		// Nothing reads a chapter's source from the store, which the build loads whole.
		expect(plain.body).toBeUndefined();
		expect(rendered.sort()).toEqual([join(dir, 'ja/01-plain.mdx'), join(dir, 'ja/03-markdown.md')]);
	});

	it('renders a chapter saved while `astro dev` runs, and reports one it cannot render', async () => {
		const listeners = new Map<string, (path: string) => void>();
		const watcher = {
			add: () => {},
			on: (event: string, listener: (path: string) => void) => void listeners.set(event, listener),
		};
		const { stored, errors } = await load(files, true, watcher);
		const path = join(dir, 'ja/01-plain.mdx');
		writeFileSync(path, '---\ntitle: A\n---\n## 新しい見出し\n');
		listeners.get('change')!(path);
		await expect
			.poll(() => (stored.get('ja/01-plain')!.rendered as { html: string }).html)
			.toBe('<p>## 新しい見出し</p>');
		writeFileSync(path, '---\ntitle: A\n---\nBROKEN-RENDER\n');
		listeners.get('change')!(path);
		await expect.poll(() => errors).toEqual(['ja/01-plain.mdx: cannot render']);
	});

	it('leaves a chapter that uses MDX syntax to MDX', async () => {
		const { stored } = await load(files);
		const callout = stored.get('ja/02-callout')!;
		expect(callout.deferredRender).toBe(true);
		expect(callout.rendered).toBeUndefined();
	});

	it('leaves every .mdx chapter to MDX when Astro renders Markdown no longer while loading', async () => {
		const { stored } = await load({ 'ja/01-plain.mdx': files['ja/01-plain.mdx'] }, false);
		expect(stored.get('ja/01-plain')!.deferredRender).toBe(true);
	});
});

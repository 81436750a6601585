import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, ROOT } from './build-fixture.ts';

const CORPUS = join(ROOT, 'tests/fixtures/bad-input');
const scratch = mkdtempSync(join(tmpdir(), 'handbook-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A handbook made of the corpus's base plus the files of the named cases (and any extra files). */
function handbookWith(cases: string[], extra: Record<string, string | Buffer> = {}): string {
	const dir = mkdtempSync(join(scratch, 'handbook-'));
	cpSync(join(CORPUS, 'base'), dir, { recursive: true });
	for (const name of cases) cpSync(join(CORPUS, 'cases', name), dir, { recursive: true });
	for (const [path, content] of Object.entries(extra)) writeFileSync(join(dir, path), content);
	return dir;
}

function build(handbook: string, outDir?: string) {
	return buildFixture('bad-input', {
		env: { HANDBOOK_DIR: handbook },
		...(outDir ? { outDir } : {}),
	});
}

/** Each broken input, the file and line the build must name, and the rule that explains it. */
const BROKEN: Array<{ name: string; file: string; line: number; rule: string }> = [
	{ name: 'no-frontmatter', file: 'ja/02-bad.mdx', line: 1, rule: 'valid-frontmatter' },
	{ name: 'yaml-syntax-error', file: 'ja/02-bad.mdx', line: 4, rule: 'valid-frontmatter' },
	{ name: 'missing-owner', file: 'ja/02-bad.mdx', line: 1, rule: 'require-owner' },
	{ name: 'unknown-owner', file: 'ja/02-bad.mdx', line: 4, rule: 'known-owner' },
	{ name: 'impossible-date', file: 'ja/02-bad.mdx', line: 5, rule: 'review-date-format' },
	{ name: 'future-date', file: 'ja/02-bad.mdx', line: 5, rule: 'review-date-format' },
	{ name: 'unclosed-jsx', file: 'ja/02-bad.mdx', line: 8, rule: 'mdx-syntax' },
	{ name: 'unknown-component', file: 'ja/02-bad.mdx', line: 8, rule: 'mdx-allowed-syntax' },
	{ name: 'import-export', file: 'ja/02-bad.mdx', line: 8, rule: 'mdx-allowed-syntax' },
	{ name: 'expression', file: 'ja/02-bad.mdx', line: 8, rule: 'mdx-allowed-syntax' },
	{ name: 'duplicate-slug', file: 'ja/planning.mdx', line: 1, rule: 'chapter-url' },
	{ name: 'empty-file', file: 'ja/02-bad.mdx', line: 1, rule: 'valid-frontmatter' },
	{ name: 'outside-locale', file: 'fr/01-objet.mdx', line: 1, rule: 'chapter-url' },
	{ name: 'dead-chapter-link', file: 'ja/02-bad.mdx', line: 8, rule: 'no-dead-internal-link' },
	{ name: 'dead-anchor-link', file: 'ja/02-bad.mdx', line: 8, rule: 'no-dead-internal-link' },
];

describe('a build given bad input', () => {
	it.each(BROKEN)(
		'fails on $name, naming $file:$line and what is expected, without a stack trace',
		({ name, file, line, rule }) => {
			const handbook = handbookWith([name]);
			const result = build(handbook);
			expect(result.status).not.toBe(0);
			const shown = relative(ROOT, join(handbook, file));
			const message = result.output
				.split('\n')
				.find((each) => each.startsWith(`${shown}:${line}:`));
			expect(message, result.output).toMatch(
				new RegExp(`: error Unexpected .+ \\(handbook:${rule}\\)$`),
			);
			expect(message).toMatch(/expected/);
			expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
			expect(result.exists('index.html')).toBe(false);
		},
	);

	it('fails on bytes that are not UTF-8, naming the line they are on', () => {
		const bytes = Buffer.concat([
			Buffer.from(
				'---\ntitle: 壊れた章\ndescription: 文字コード\nowner: social-media-lead\nreviewed: 2026-09-01\n---\n\n',
			),
			Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a]), // "テスト" in Shift_JIS
		]);
		const handbook = handbookWith([], { 'ja/02-sjis.mdx': bytes });
		const result = build(handbook);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(
			/02-sjis\.mdx:8:1: error Unexpected bytes that are not UTF-8, expected the file saved as UTF-8/,
		);
	});

	it('reports every broken chapter in one run', () => {
		const cases = BROKEN.map((each) => each.name).filter((name) => name !== 'no-frontmatter');
		// Each case writes ja/02-bad.mdx; give each its own file name so that all of them are present.
		const handbook = handbookWith(['duplicate-slug', 'outside-locale']);
		for (const [index, name] of cases.entries()) {
			const source = join(CORPUS, 'cases', name, 'ja/02-bad.mdx');
			try {
				writeFileSync(join(handbook, `ja/${20 + index}-${name}.mdx`), readFileSync(source));
			} catch {
				// The cases without a ja/02-bad.mdx were copied whole above.
			}
		}
		const result = build(handbook);
		expect(result.status).not.toBe(0);
		for (const each of BROKEN.filter(
			(item) => item.file === 'ja/02-bad.mdx' && item.name !== 'no-frontmatter',
		)) {
			expect(result.output, each.name).toMatch(
				new RegExp(`-${each.name}\\.mdx:\\d+:\\d+: error .*\\(handbook:${each.rule}\\)`),
			);
		}
		expect(result.output).toMatch(/ja\/planning\.mdx:1:1: error/);
		expect(result.output).toMatch(/fr\/01-objet\.mdx:1:1: error/);
	});

	it('builds a file name with spaces and Japanese into a readable URL', () => {
		const result = build(handbookWith(['japanese-file-name']));
		expect(result.status, result.output).toBe(0);
		expect(result.exists('社内-ルール-一覧/index.html')).toBe(true);
	});

	it('builds a 5 MB chapter', () => {
		const paragraph = '本文の段落です。長い章でも読み込めることを確かめます。'.repeat(40);
		const body = Array.from(
			{ length: 1600 },
			(_, index) => `## 節 ${index + 1}\n\n${paragraph}\n`,
		).join('\n');
		const chapter = `---\ntitle: とても長い章\ndescription: 5 MB の章\nowner: social-media-lead\nreviewed: 2026-09-01\n---\n\n${body}`;
		expect(Buffer.byteLength(chapter)).toBeGreaterThan(5_000_000);
		const result = build(handbookWith([], { 'ja/09-huge.mdx': chapter }));
		expect(result.status, result.output.slice(-2000)).toBe(0);
		expect(result.read('huge/index.html')).toContain('節 1600');
	});
});

describe('a failed build', () => {
	function snapshot(dir: string): Record<string, string> {
		return Object.fromEntries(
			readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => {
					const path = join(entry.parentPath, entry.name);
					return [
						relative(dir, path),
						createHash('sha256').update(readFileSync(path)).digest('hex'),
					];
				}),
		);
	}

	it('leaves the previous output byte for byte as it was, whether it fails before or after rendering', () => {
		const outDir = join(scratch, 'dist');
		const good = build(handbookWith([]), outDir);
		expect(good.status, good.output).toBe(0);
		const before = snapshot(outDir);
		expect(Object.keys(before)).toContain('index.html');

		const lintFailure = build(handbookWith(['unknown-owner']), outDir);
		expect(lintFailure.status).not.toBe(0);
		expect(snapshot(outDir)).toEqual(before);

		// Lint cannot see this one: the anchor is on a page the site makes, so the link check of the
		// rendered site is what stops it, after every page was written.
		const lateFailure = build(handbookWith(['dead-link-after-render']), outDir);
		expect(lateFailure.status).not.toBe(0);
		expect(lateFailure.output).toMatch(
			/dead link\(s\) in the built site:\n\/bad\/ → \/owners\/#nobody/,
		);
		expect(lateFailure.output).not.toMatch(/Stack trace|\n\s+at /);
		expect(snapshot(outDir)).toEqual(before);
	});
});

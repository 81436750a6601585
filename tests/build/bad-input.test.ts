import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { lintHandbookChapters } from '../../src/lint/lint-files.ts';
import { formatLines } from '../../src/lint/report-lines.ts';
import {
	buildHandbook as build,
	CORPUS,
	handbookWith as corpusHandbook,
	scratchFolder,
} from './bad-input-corpus.ts';
import { ROOT, SPAWN_TIMEOUT_MS } from './build-fixture.ts';

const scratch = scratchFolder();

/** A handbook of the corpus's base plus the named cases' files (and any extra files). */
function handbookWith(cases: string[], extra: Record<string, string | Buffer> = {}): string {
	return corpusHandbook(scratch, cases, extra);
}

/** What `npm run lint` and the build's first step print for a handbook: one line per problem. */
async function lintReport(handbook: string): Promise<string> {
	const { files } = await lintHandbookChapters(loadHandbook(handbook), { today: '2026-11-01' });
	return formatLines(files);
}

/** Each broken input, the file and line it must be reported at, and the rule that explains it. */
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
	// Hostile chapters: what a pull request could try against readers or the build machine.
	{ name: 'javascript-link', file: 'ja/02-bad.mdx', line: 8, rule: 'no-unsafe-url' },
	{ name: 'vbscript-link', file: 'ja/02-bad.mdx', line: 8, rule: 'no-unsafe-url' },
	{ name: 'data-url', file: 'ja/02-bad.mdx', line: 8, rule: 'no-unsafe-url' },
	{ name: 'image-outside-handbook', file: 'ja/02-bad.mdx', line: 8, rule: 'asset-inside-handbook' },
	{
		name: 'image-escapes-to-secret',
		file: 'ja/02-bad.mdx',
		line: 8,
		rule: 'asset-inside-handbook',
	},
	{ name: 'image-absolute-path', file: 'ja/02-bad.mdx', line: 8, rule: 'asset-inside-handbook' },
];

/** The cases that are chapters the rules refuse, each under a file name of its own. */
function everyBrokenChapter(): string {
	const handbook = handbookWith(['duplicate-slug', 'outside-locale']);
	for (const [index, each] of BROKEN.entries()) {
		if (each.file !== 'ja/02-bad.mdx' || each.name === 'no-frontmatter') continue;
		writeFileSync(
			join(handbook, `ja/${20 + index}-${each.name}.mdx`),
			readFileSync(join(CORPUS, 'cases', each.name, 'ja/02-bad.mdx')),
		);
	}
	return handbook;
}

// Lint-level problems are checked through the lint API the build calls first: the rule examples
// prove each message, these prove every corpus case is caught with its file and line.
// `lint-in-build.test.ts` proves that a build stops on the same report.
describe('lint given bad input', () => {
	it.each(BROKEN)('reports $name at $file:$line with what is expected', async (each) => {
		const handbook = handbookWith([each.name]);
		const shown = relative(process.cwd(), join(handbook, each.file));
		const report = await lintReport(handbook);
		const message = report.split('\n').find((line) => line.startsWith(`${shown}:${each.line}:`));
		expect(message, report).toMatch(
			new RegExp(`: error Unexpected .+ \\(handbook:${each.rule}\\)$`),
		);
		expect(message).toMatch(/expected/);
	});

	it('reports bytes that are not UTF-8, naming the line they are on', async () => {
		const bytes = Buffer.concat([
			Buffer.from(
				'---\ntitle: 壊れた章\ndescription: 文字コード\nowner: social-media-lead\nreviewed: 2026-09-01\n---\n\n',
			),
			Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a]), // "テスト" in Shift_JIS
		]);
		const report = await lintReport(handbookWith([], { 'ja/02-sjis.mdx': bytes }));
		expect(report).toMatch(
			/02-sjis\.mdx:8:1: error Unexpected bytes that are not UTF-8, expected the file saved as UTF-8/,
		);
	});

	it('reports every broken chapter in one run', async () => {
		const report = await lintReport(everyBrokenChapter());
		for (const each of BROKEN.filter(
			(item) => item.file === 'ja/02-bad.mdx' && item.name !== 'no-frontmatter',
		)) {
			expect(report, each.name).toMatch(
				new RegExp(`-${each.name}\\.mdx:\\d+:\\d+: error .*\\(handbook:${each.rule}\\)`),
			);
		}
		expect(report).toMatch(/ja\/planning\.mdx:1:1: error/);
		expect(report).toMatch(/fr\/01-objet\.mdx:1:1: error/);
	});

	it('refuses an image reached through a symbolic link that points out of the handbook', async () => {
		const handbook = handbookWith(['image-escapes-to-secret']);
		writeFileSync(join(scratch, 'secret-canary.txt'), 'not for the handbook\n');
		symlinkSync(join(scratch, 'secret-canary.txt'), join(handbook, 'ja/diagram.png'));
		writeFileSync(
			join(handbook, 'ja/02-bad.mdx'),
			'---\ntitle: 壊れた章\ndescription: リンク\nowner: social-media-lead\nreviewed: 2026-09-01\n---\n\n![図](./diagram.png)\n',
		);
		expect(await lintReport(handbook)).toMatch(
			/02-bad\.mdx:8:1: error Unexpected image path `\.\/diagram\.png` outside the handbook folder.*\(handbook:asset-inside-handbook\)/,
		);
	});
});

describe('a build given hostile chapters', () => {
	it(
		'stops before reading any file outside the handbook, and prints and publishes nothing of it',
		() => {
			const canary = `canary-${createHash('sha256').update(scratch).digest('hex').slice(0, 16)}`;
			writeFileSync(join(scratch, 'secret-canary.txt'), `${canary}\n`);
			const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
			const handbook = everyBrokenChapter();
			// Asking the handbook to lower the rules that guard against this is refused as well.
			writeFileSync(
				join(handbook, 'handbook.yaml'),
				`${readFileSync(join(handbook, 'handbook.yaml'), 'utf8')}lint:\n  asset-inside-handbook: off\n`,
			);
			const lowered = build(handbook);
			expect(lowered.status).not.toBe(0);
			expect(lowered.output).toMatch(/handbook\.yaml:\d+:\d+: lint\.asset-inside-handbook: /);

			writeFileSync(
				join(handbook, 'handbook.yaml'),
				readFileSync(join(CORPUS, 'base/handbook.yaml')),
			);
			const result = build(handbook);
			expect(result.status).not.toBe(0);
			for (const name of [
				'image-outside-handbook',
				'image-escapes-to-secret',
				'image-absolute-path',
			]) {
				expect(result.output).toMatch(
					new RegExp(
						`-${name}\\.mdx:8:\\d+: error Unexpected .*\\(handbook:asset-inside-handbook\\)`,
					),
				);
			}
			expect(result.output).toMatch(
				/-javascript-link\.mdx:8:1: error Unexpected `javascript:` URL/,
			);
			for (const output of [result.output, lowered.output]) {
				expect(output).not.toContain(canary);
				expect(output).not.toContain(passwd);
				expect(output).not.toMatch(/Stack trace|\n\s+at /);
			}
			expect(existsSync(result.outDir) ? readdirSync(result.outDir) : []).toEqual([]);
		},
		2 * SPAWN_TIMEOUT_MS + 10_000,
	);
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

	/** The folder a build staged in, as its log names it. */
	function stagingOf(output: string): string | undefined {
		return /Building in (\S+), published to/.exec(output)?.[1];
	}

	it(
		'leaves the previous output byte for byte as it was, and no staging folder, whether it fails before or after rendering',
		() => {
			// Outside the project, and named so that its path starts with the project's own path: Astro
			// once took such a folder for one inside the project and could not load its own modules.
			const outDir = `${ROOT}-out-${process.pid}`;
			try {
				const good = build(handbookWith([]), outDir);
				expect(good.status, good.output).toBe(0);
				const before = snapshot(outDir);
				expect(Object.keys(before)).toContain('index.html');
				expect(stagingOf(good.output)).toBeDefined();
				expect(existsSync(stagingOf(good.output)!)).toBe(false);

				const lintFailure = build(handbookWith(['unknown-owner']), outDir);
				expect(lintFailure.status).not.toBe(0);
				expect(snapshot(outDir)).toEqual(before);

				// Lint cannot see this one: the anchor is on a page the site makes, so the link check of the
				// rendered site is what stops it, after every page was written.
				const lateFailure = build(handbookWith(['dead-link-after-render']), outDir);
				expect(lateFailure.status).not.toBe(0);
				expect(lateFailure.output).toMatch(
					/dead link\(s\) in the built site:\n\S*ja\/02-bad\.mdx:8:7: \/bad\/ → \/owners\/#nobody \(no such section\); also on \/print\//,
				);
				expect(lateFailure.output).not.toMatch(/Stack trace|\n\s+at /);
				expect(snapshot(outDir)).toEqual(before);
				expect(stagingOf(lateFailure.output)).toBeDefined();
				expect(existsSync(stagingOf(lateFailure.output)!)).toBe(false);
				for (const suffix of ['.staging', '.incoming', '.previous']) {
					expect(existsSync(`${outDir}${suffix}`), suffix).toBe(false);
				}
			} finally {
				rmSync(outDir, { recursive: true, force: true });
			}
		},
		3 * SPAWN_TIMEOUT_MS + 10_000,
	);
});

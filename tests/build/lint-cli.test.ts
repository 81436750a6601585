import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from './build-fixture.ts';

const BROKEN = 'tests/fixtures/broken-chapters';
const WARNINGS = 'tests/fixtures/warnings-only';

function lint(args: string[], env: Record<string, string> = {}) {
	const result = runNode([join(ROOT, 'scripts/lint.ts'), ...args], {
		env: { ...process.env, HANDBOOK_TODAY: '2026-11-01', NO_COLOR: '1', ...env },
	});
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		output: result.stdout + result.stderr,
	};
}

describe('npm run lint', () => {
	it('passes the handbook this repository ships', () => {
		// Judged on the real date: reviews falling due over time are warnings and do not fail.
		const result = lint([], { HANDBOOK_TODAY: '' });
		expect(result.status, result.output).toBe(0);
		expect(result.output).not.toMatch(/\berror\b/);
	});

	it('reports every broken chapter of a folder at once, with file:line:col, and exits 1', () => {
		const result = lint([BROKEN]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${BROKEN}/ja/02-unknown-owner.mdx\n4:8-4:24`);
		expect(result.stderr).toMatch(
			/Unexpected unknown owner `socal-media-lead`.*did you mean `social-media-lead`\?\s+known-owner/,
		);
		expect(result.stderr).toContain(`${BROKEN}/ja/03-impossible-date.mdx\n5:11-5:21`);
		expect(result.stderr).toMatch(/Unexpected `import`\/`export` statement/);
		expect(result.stderr).toMatch(/4 messages \(✖ 3 errors, ⚠ 1 warning\)/);
	});

	it('lints only the files it is given', () => {
		const result = lint([`${BROKEN}/ja/01-ok.mdx`, `${BROKEN}/ja/03-impossible-date.mdx`]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('03-impossible-date.mdx');
		expect(result.stderr).not.toContain('02-unknown-owner.mdx');
		expect(lint([`${BROKEN}/ja/01-ok.mdx`]).status).toBe(0);
	});

	it('passes with warnings unless --max-warnings says otherwise', () => {
		const relaxed = lint([WARNINGS]);
		expect(relaxed.status).toBe(0);
		expect(relaxed.stderr).toMatch(/warning Unexpected overdue review, due on 2026-01-15/);
		expect(lint([WARNINGS, '--max-warnings', '0']).status).toBe(1);
	});

	it('takes "today" from --today', () => {
		expect(lint([WARNINGS, '--today', '2025-06-01', '--max-warnings', '0']).status).toBe(0);
	});

	it('prints GitHub Actions annotations with --format github', () => {
		const result = lint([BROKEN, '--format', 'github']);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			`::error file=${BROKEN}/ja/02-unknown-owner.mdx,line=4,col=8,endLine=4,endColumn=24,title=handbook%3Aknown-owner::Unexpected unknown owner`,
		);
		expect(result.stdout).toMatch(
			/^::warning file=[^\n]*en\/01-ok\.mdx,line=5,[^\n]*translation-in-sync::/m,
		);
	});

	it('prints machine-readable results with --format json', () => {
		const result = lint([BROKEN, '--format', 'json']);
		const files = JSON.parse(result.stdout) as Array<{
			path: string;
			messages: Array<{ ruleId: string; line: number; fatal: boolean }>;
		}>;
		const owner = files.find((file) => file.path.endsWith('02-unknown-owner.mdx'));
		expect(owner?.messages).toEqual([
			expect.objectContaining({ ruleId: 'known-owner', line: 4, fatal: true }),
		]);
	});

	it('refuses an unknown format and a missing path with exit code 2', () => {
		expect(lint(['--format', 'xml']).status).toBe(2);
		expect(lint(['no/such/folder']).status).toBe(2);
	});

	it('reports a broken handbook.yaml with its line instead of linting', () => {
		const result = lint(['tests/fixtures/broken-config']);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/broken-config\/handbook\.yaml:2:7: base: Expected a path/);
	});
});

describe('.remarkrc.mjs', () => {
	it('makes `remark` report the same messages as npm run lint', () => {
		const remark = runNode(
			[
				join(ROOT, 'node_modules/remark-cli/cli.js'),
				BROKEN,
				'--ext',
				'mdx',
				'--quiet',
				'--frail',
				'--no-color',
			],
			{ env: { ...process.env, HANDBOOK_TODAY: '2026-11-01' } },
		);
		expect(remark.status).toBe(1);
		const ours = lint([BROKEN]);
		const messages = (text: string) =>
			text
				.split('\n')
				.filter((line) => /^\d+:\d+/.test(line.trim()))
				.map((line) => line.trim().replace(/\s+/g, ' '))
				.sort();
		expect(messages(remark.stderr).length).toBeGreaterThan(0);
		expect(messages(remark.stderr)).toEqual(messages(ours.stderr));
	});
});

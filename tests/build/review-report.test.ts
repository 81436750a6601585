import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from './build-fixture.ts';

const HANDBOOK = 'tests/fixtures/review-site';

function report(args: string[], cwd = ROOT) {
	const result = runNode(
		[join(ROOT, 'scripts/review-report.ts'), '--today', '2026-11-01', ...args],
		{
			cwd,
			env: { ...process.env, HANDBOOK_DIR: join(ROOT, HANDBOOK) },
		},
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run review-report', () => {
	it('prints a table, most urgent first, with translations behind their source marked', () => {
		const result = report([]);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines[0]).toMatch(/^Status\s+Due\s+Reviewed\s+Owner\s+Chapter$/);
		expect(lines[1]).toMatch(/^OVERDUE\s+2026-10-01\s+2025-10-01\s+pr-manager\s+ja\/overdue/);
		expect(lines[2]).toMatch(
			/^due soon\s+2026-11-20\s+2025-11-20\s+social-media-lead\s+ja\/due-soon/,
		);
		expect(result.stdout).toMatch(
			/ok \(translation behind\)\s+2027-08-01\s+2026-08-01\s+legal-counsel\s+en\/current/,
		);
	});

	it('prints JSON records for tools', () => {
		const records = JSON.parse(report(['--format', 'json']).stdout) as Array<
			Record<string, unknown>
		>;
		expect(records).toHaveLength(4);
		expect(records[0]).toMatchObject({
			status: 'overdue',
			due: '2026-10-01',
			owner: 'pr-manager',
			ownerName: 'PR Manager',
			locale: 'ja',
			slug: 'overdue',
			file: `${HANDBOOK}/ja/01-overdue.mdx`,
		});
		expect(records.find((record) => record.locale === 'en')).toMatchObject({
			translationBehind: true,
		});
	});

	it('prints CSV with a header row and quoted cells where needed', () => {
		const lines = report(['--format', 'csv']).stdout.trim().split('\r\n');
		expect(lines[0]).toBe(
			'status,translationBehind,due,reviewed,owner,ownerName,locale,slug,title,file,section',
		);
		expect(lines).toContain(
			`ok,true,2027-08-01,2026-08-01,legal-counsel,Legal Counsel,en,current,"Current, but behind",${HANDBOOK}/en/03-current.mdx,`,
		);
	});

	it('prints Markdown with a summary for issue bodies and reminders', () => {
		const markdown = report(['--format', 'markdown']).stdout;
		expect(markdown).toContain('## Handbook review status on 2026-11-01');
		expect(markdown).toContain(
			'1 overdue, 1 due soon, 2 up to date; 1 translation(s) behind their source.',
		);
		expect(markdown).toContain(
			'| OVERDUE | 2026-10-01 | 2025-10-01 | PR Manager (`pr-manager`) | 期限切れ (ja) |',
		);
	});

	it('names files from the repository that holds the handbook, whatever folder it runs in', () => {
		const [first] = JSON.parse(
			report(['--format', 'json'], join(ROOT, 'src/review')).stdout,
		) as Array<{
			file: string;
		}>;
		expect(first?.file).toBe(`${HANDBOOK}/ja/01-overdue.mdx`);
	});

	it('groups by owner, one table per owner, and refuses another grouping', () => {
		const result = report(['--group-by', 'owner']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^== Head of Social Media \(social-media-lead\): 1 ==\nStatus/);
		expect(result.stdout).toMatch(/\n== Legal Counsel \(legal-counsel\): 2 ==\n/);
		expect(report(['--group-by', 'team']).status).toBe(2);
	});

	it('filters to one owner', () => {
		const records = JSON.parse(
			report(['--format', 'json', '--owner', 'legal-counsel']).stdout,
		) as Array<{ owner: string }>;
		expect(records.map((record) => record.owner)).toEqual(['legal-counsel', 'legal-counsel']);
		expect(report(['--owner', 'nobody']).status).toBe(2);
	});

	it('fails on overdue, due soon or translations behind only when asked', () => {
		expect(report(['--fail-on', 'overdue']).status).toBe(1);
		expect(report(['--fail-on', 'overdue', '--today', '2026-09-01']).status).toBe(0);
		expect(report(['--fail-on', 'due-soon', '--today', '2026-09-01']).status).toBe(1);
		expect(report(['--fail-on', 'translation-behind']).status).toBe(1);
		expect(report(['--fail-on', 'overdue', '--owner', 'legal-counsel']).status).toBe(0);
		expect(report(['--fail-on', 'soon']).status).toBe(2);
	});
});

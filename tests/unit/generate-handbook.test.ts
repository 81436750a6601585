import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHandbook } from '../../scripts/lib/generate-handbook.ts';
import { createBuildContext } from '../../src/handbook/context.ts';
import { lintHandbookChapters } from '../../src/lint/lint-files.ts';
import { formatLines } from '../../src/lint/report-lines.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function generate(chapters: number, seed?: number): { dir: string; files: string[] } {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-generate-'));
	dirs.push(dir);
	return {
		dir,
		files: generateHandbook(dir, { chapters, ...(seed === undefined ? {} : { seed }) }),
	};
}

describe('the benchmark handbook generator', () => {
	it('puts a component in the given share of chapters, both languages alike, and lint accepts it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-generate-'));
		dirs.push(dir);
		const files = generateHandbook(dir, { chapters: 20, componentShare: 0.3 });
		const chapters = files.filter((file) => file.endsWith('.mdx'));
		const withComponent = chapters.filter((file) =>
			readFileSync(join(dir, file), 'utf8').includes('<Callout type="warning">'),
		);
		expect(withComponent).toHaveLength(6);
		expect(withComponent.filter((file) => file.startsWith('ja/'))).toHaveLength(3);
		const { files: linted, errors } = await lintHandbookChapters(
			createBuildContext({ dir }).handbook,
			{ today: '2026-11-01' },
		);
		expect(errors, formatLines(linted)).toBe(0);
	});

	it('writes identical files for the same number of chapters and seed', () => {
		const first = generate(12);
		const second = generate(12);
		expect(second.files).toEqual(first.files);
		for (const file of first.files) {
			expect(readFileSync(join(second.dir, file), 'utf8'), file).toBe(
				readFileSync(join(first.dir, file), 'utf8'),
			);
		}
	});

	it('writes different text for another seed', () => {
		const first = generate(4, 1);
		const other = generate(4, 2);
		expect(readFileSync(join(other.dir, 'ja/0001-chapter-0001.mdx'), 'utf8')).not.toBe(
			readFileSync(join(first.dir, 'ja/0001-chapter-0001.mdx'), 'utf8'),
		);
	});

	it('alternates Japanese and English chapters of about 6 KB, each with its translation', () => {
		const { dir, files } = generate(10);
		const chapters = files.filter((file) => file.endsWith('.mdx'));
		expect(chapters.filter((file) => file.startsWith('ja/'))).toHaveLength(5);
		expect(chapters.filter((file) => file.startsWith('en/'))).toHaveLength(5);
		for (const file of chapters) {
			const size = Buffer.byteLength(readFileSync(join(dir, file), 'utf8'));
			expect(size, file).toBeGreaterThan(5500);
			expect(size, file).toBeLessThan(9000);
		}
	});

	it('spreads chapters over sections in sub-folders, all but the last listed in handbook.yaml', () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-generate-'));
		dirs.push(dir);
		const files = generateHandbook(dir, { chapters: 12, sections: 3 });
		expect(files.filter((file) => file.startsWith('ja/section-03/'))).toHaveLength(2);
		expect(files).toContain('en/section-01/0001-chapter-0001.mdx');
		const config = readFileSync(join(dir, 'handbook.yaml'), 'utf8');
		expect(config).toContain('crisisGuide: section-01/chapter-0001');
		expect(config).toContain('id: section-02');
		expect(config).not.toContain('id: section-03');
		for (const file of files.filter((each) => each.endsWith('.mdx'))) {
			for (const [, link] of readFileSync(join(dir, file), 'utf8').matchAll(/\]\(([^)]+)\)/g)) {
				expect(link, file).toMatch(/^\.\.\/\.\.\/section-0[123]\/chapter-\d{4}\/$/);
			}
		}
	});
});

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentCacheKey } from '../../src/integration/content-cache-key.ts';

describe('the folder of parsed chapters kept between builds', () => {
	let sources: string;

	beforeEach(() => {
		sources = mkdtempSync(join(tmpdir(), 'generator-'));
		mkdirSync(join(sources, 'markdown'));
		writeFileSync(join(sources, 'markdown', 'processor.ts'), 'export const version = 1;\n');
		writeFileSync(join(sources, 'schema.ts'), 'export const schema = {};\n');
	});

	afterEach(() => rmSync(sources, { recursive: true, force: true }));

	it('stays the same while nothing it covers changes, wherever the generator lies', () => {
		const key = contentCacheKey('/handbook', '/', sources);
		expect(contentCacheKey('/handbook', '/', sources)).toBe(key);
		const copy = mkdtempSync(join(tmpdir(), 'generator-copy-'));
		cpSync(sources, copy, { recursive: true });
		expect(contentCacheKey('/handbook', '/', copy)).toBe(key);
		rmSync(copy, { recursive: true, force: true });
	});

	it('changes with the code that renders chapters, even a file deep in the generator', () => {
		const key = contentCacheKey('/handbook', '/', sources);
		writeFileSync(join(sources, 'markdown', 'processor.ts'), 'export const version = 2;\n');
		expect(contentCacheKey('/handbook', '/', sources)).not.toBe(key);
	});

	it('changes with a file added to the generator', () => {
		const key = contentCacheKey('/handbook', '/', sources);
		writeFileSync(join(sources, 'markdown', 'table-labels.ts'), 'export {};\n');
		expect(contentCacheKey('/handbook', '/', sources)).not.toBe(key);
	});

	it('differs for another handbook and another base path', () => {
		const key = contentCacheKey('/handbook', '/', sources);
		expect(contentCacheKey('/other-handbook', '/', sources)).not.toBe(key);
		expect(contentCacheKey('/handbook', '/handbook/', sources)).not.toBe(key);
	});
});

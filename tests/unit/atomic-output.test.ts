import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStagingDir, publishStaged } from '../../src/integration/atomic-output.ts';

/** Folders a rename must not move, as if they were on another file system (`EXDEV`). */
const otherDevice = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', async (original) => {
	const fs = await original<typeof import('node:fs')>();
	return {
		...fs,
		renameSync(from: string, to: string) {
			if (otherDevice.has(from)) {
				throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), {
					code: 'EXDEV',
				});
			}
			fs.renameSync(from, to);
		},
	};
});

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(parent = tmpdir()): string {
	const dir = mkdtempSync(join(parent, 'handbook-publish-'));
	made.push(dir);
	return dir;
}

/** A finished build in `dir`: one page saying `text`. */
function site(dir: string, text: string): string {
	mkdirSync(join(dir, 'planning'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), text);
	writeFileSync(join(dir, 'planning/index.html'), `${text} planning`);
	return dir;
}

describe('publishing a staged build', () => {
	it('replaces the previous output and leaves nothing beside it', () => {
		const work = tempDir();
		const outDir = site(join(work, 'dist'), 'old');
		publishStaged(site(join(work, 'staging'), 'new'), outDir);
		expect(readFileSync(join(outDir, 'planning/index.html'), 'utf8')).toBe('new planning');
		expect(readdirSync(work)).toEqual(['dist']);
	});

	it('creates the output folder and its parents when they do not exist yet', () => {
		const work = tempDir();
		const outDir = join(work, 'srv/www/handbook');
		publishStaged(site(join(work, 'staging'), 'first'), outDir);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
	});

	it('copies across file systems, where a rename cannot move a folder', () => {
		const work = tempDir();
		const staging = site(join(work, 'staging'), 'across');
		otherDevice.add(staging);
		const outDir = site(join(work, 'dist'), 'old');
		publishStaged(staging, outDir);
		expect(readFileSync(join(outDir, 'planning/index.html'), 'utf8')).toBe('across planning');
		expect(readdirSync(work)).toEqual(['dist']);
	});
});

describe('the staging folder', () => {
	it('removes what a killed build left behind, and nothing of a build still running', () => {
		const cache = tempDir();
		const parent = join(cache, 'handbook-staging');
		// Process ids are below 2^22 on Linux: this one cannot be running.
		const killed = join(parent, 'build-4194305-left-behind');
		const running = join(parent, `build-${process.pid}-still-building`);
		mkdirSync(killed, { recursive: true });
		mkdirSync(running);
		createStagingDir(cache);
		expect(existsSync(killed)).toBe(false);
		expect(existsSync(running)).toBe(true);
	});

	it('is made inside the given cache folder, readable by others like any new folder', () => {
		const cache = tempDir();
		const staging = createStagingDir(cache);
		expect(dirname(dirname(staging))).toBe(cache);
		// A folder made the ordinary way, under the same umask.
		const usual = join(tempDir(), 'usual');
		mkdirSync(usual);
		expect(statSync(staging).mode & 0o777).toBe(statSync(usual).mode & 0o777);
	});
});

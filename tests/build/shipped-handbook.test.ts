import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { countMessages, findChapterFiles, lintChapters } from '../../src/lint/lint-files.ts';
import { parseChapterPath } from '../../src/handbook/urls.ts';
import { ROOT } from './build-fixture.ts';

const handbook = loadHandbook(join(ROOT, 'content'));
const files = findChapterFiles(handbook.dir);
const slugsIn = (locale: string) =>
	readdirSync(join(handbook.dir, locale))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => parseChapterPath(`${locale}/${name}`).slug)
		.sort();
const bodyOf = (path: string) => readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('the social-media handbook this repository ships', () => {
	it('has every Japanese chapter in English and every English chapter in Japanese', () => {
		expect(slugsIn('en')).toEqual(slugsIn('ja'));
	});

	it('covers the ten topics, the crisis quick guide and what a person needs to act', () => {
		expect(slugsIn('ja')).toEqual(
			[
				'crisis-quick-guide',
				'purpose',
				'governance',
				'planning',
				'japan-us-culture',
				'press-and-social',
				'persona-and-accounts',
				'personal-accounts',
				'crisis-handling',
				'measurement',
				'training',
				'glossary',
				'contact-sheet',
				'approval-matrix',
				'law-and-disclosure',
				'account-security',
				'generative-ai',
				'disasters',
				'templates',
			].sort(),
		);
	});

	it('passes every lint rule: owners known, dates real, links and anchors alive, translations in step', async () => {
		const results = await lintChapters(handbook, files);
		// A review falling due is the owners' work, not a defect of the handbook: as the real date
		// moves on, "overdue" warnings are expected and are the only messages allowed.
		const messages = results.flatMap((file) =>
			file.messages
				.filter((message) => message.ruleId !== 'no-overdue-review')
				.map((message) => `${file.path}: ${message.reason}`),
		);
		expect(messages).toEqual([]);
		expect(countMessages(results).errors).toBe(0);
	});

	it('gives every chapter an owner from the registry', () => {
		const owners = new Set(handbook.owners.map((owner) => owner.id));
		for (const file of files) {
			const owner = /^owner: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
			expect(owners.has(owner ?? ''), `${file} owner ${owner}`).toBe(true);
		}
	});

	it('gives every chapter but the one-page crisis guide enough substance to act on', () => {
		for (const file of files.filter((path) => !path.includes('crisis-quick-guide'))) {
			const body = bodyOf(file);
			if (file.includes('/ja/')) {
				const characters = body.replace(/\]\([^)]*\)/g, ']').replace(/[\s|#*\-[\]]/g, '').length;
				expect(characters, file).toBeGreaterThanOrEqual(1700);
			} else {
				const words = body.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
				expect(words, file).toBeGreaterThanOrEqual(600);
			}
		}
	});

	it('links every chapter to the glossary or another chapter', () => {
		for (const file of files.filter((path) => !path.includes('glossary'))) {
			expect(bodyOf(file), file).toMatch(/\]\(\.\.\/[^)]+\/\)/);
		}
	});
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blindQuestions } from '../search-quality/blind-questions.ts';
import { secondBlindQuestions } from '../search-quality/blind-questions-2.ts';
import { thirdBlindQuestions } from '../search-quality/blind-questions-3.ts';
import { fourthBlindQuestions, fourthBlindSections } from '../search-quality/blind-questions-4.ts';
import { fifthBlindQuestions, fifthBlindSections } from '../search-quality/blind-questions-5.ts';
import { sixthBlindQuestions, sixthBlindSections } from '../search-quality/blind-questions-6.ts';
import {
	seventhBlindQuestions,
	seventhBlindSections,
} from '../search-quality/blind-questions-7.ts';
import { eighthBlindQuestions, eighthBlindSections } from '../search-quality/blind-questions-8.ts';
import { ninthBlindQuestions, ninthBlindSections } from '../search-quality/blind-questions-9.ts';
import { tenthBlindQuestions, tenthBlindSections } from '../search-quality/blind-questions-10.ts';
import {
	eleventhBlindQuestions,
	eleventhBlindSections,
} from '../search-quality/blind-questions-11.ts';
import { SEARCH_QUESTIONS } from '../search-quality/questions.ts';

const CONTENT = join(import.meta.dirname, '../../content');

/** The chapter slugs of one language, from the file names (`13-law-and-disclosure.mdx`). */
function slugs(locale: string): Set<string> {
	return new Set(
		readdirSync(join(CONTENT, locale))
			.filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
			.map((file) => file.replace(/^\d+-/, '').replace(/\.mdx?$/, '')),
	);
}

describe.each([
	['the tuned set', SEARCH_QUESTIONS],
	['the blind set', blindQuestions],
	['the second blind set', secondBlindQuestions],
	['the third blind set', thirdBlindQuestions],
	['the fourth blind set', fourthBlindQuestions],
	['the fifth blind set', fifthBlindQuestions],
	['the sixth blind set', sixthBlindQuestions],
	['the seventh blind set', seventhBlindQuestions],
	['the eighth blind set', eighthBlindQuestions],
	['the ninth blind set', ninthBlindQuestions],
	['the tenth blind set', tenthBlindQuestions],
	['the eleventh blind set', eleventhBlindQuestions],
])('%s', (_, questions) => {
	test("names only chapters the handbook has, so that no question misses for a typo's sake", () => {
		const unknown = questions.flatMap(({ locale, query, answers }) =>
			answers.filter((slug) => !slugs(locale).has(slug)).map((slug) => `${query} → ${slug}`),
		);
		expect(unknown).toEqual([]);
	});

	test('asks each question once, with at least one answer', () => {
		const asked = questions.map(({ locale, query }) => `${locale} ${query}`);
		expect(asked.length - new Set(asked).size).toBe(0);
		expect(questions.filter(({ answers }) => answers.length === 0)).toEqual([]);
	});
});

describe.each([
	['the fourth blind set', fourthBlindQuestions, fourthBlindSections],
	['the fifth blind set', fifthBlindQuestions, fifthBlindSections],
	['the sixth blind set', sixthBlindQuestions, sixthBlindSections],
	['the seventh blind set', seventhBlindQuestions, seventhBlindSections],
	['the eighth blind set', eighthBlindQuestions, eighthBlindSections],
	['the ninth blind set', ninthBlindQuestions, ninthBlindSections],
	['the tenth blind set', tenthBlindQuestions, tenthBlindSections],
	['the eleventh blind set', eleventhBlindQuestions, eleventhBlindSections],
])('%s', (_, questions, sections) => {
	test('names the section that answers each question, so that where a result opens is measured', () => {
		expect(questions.filter(({ query }) => sections[query] === undefined)).toEqual([]);
	});
});

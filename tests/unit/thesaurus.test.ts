import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { HandbookInputErrors } from '../../src/config/yaml-file.ts';
import {
	glossaryAliases,
	glossaryEntries,
	glossaryTerms,
} from '../../src/search/thesaurus/glossary-aliases.ts';
import {
	checkThesaurus,
	loadThesaurus,
	searchThesaurus,
} from '../../src/search/thesaurus/load-thesaurus.ts';

let dir: string;

function handbookWith(thesaurus: string): string {
	dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
	writeFileSync(join(dir, 'thesaurus.yaml'), thesaurus);
	return dir;
}

const chapters = [
	{ locale: 'ja' as const, text: '炎上したときは、批判に落ち着いて答えます。' },
	{ locale: 'en' as const, text: 'A backlash is a wave of criticism.' },
];

function problems(thesaurus: string): string[] {
	const folder = handbookWith(thesaurus);
	return checkThesaurus(folder, loadThesaurus(folder), chapters).map((error) =>
		error.message.replace(/^.*thesaurus\.yaml:/, 'thesaurus.yaml:'),
	);
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('thesaurus.yaml', () => {
	test('a handbook without one has an empty thesaurus', () => {
		dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
		expect(loadThesaurus(dir)).toEqual({});
	});

	test('passes when every term is a word the chapters use', () => {
		expect(
			problems(
				'ja:\n  words:\n    叩かれる: [炎上, 批判]\n  incident: [炎上]\nen:\n  words:\n    attacked: backlash\n',
			),
		).toEqual([]);
	});

	test('names file, line and column of a term no chapter of that language uses', () => {
		expect(problems('ja:\n  words:\n    叩かれる: [炎上, backlash]\n')).toEqual([
			'thesaurus.yaml:3:16: Unexpected term "backlash" that no ja chapter uses, expected a word from the chapters',
		]);
	});

	test('an incident word is a handbook term or one of the everyday words, and nothing else', () => {
		expect(
			problems('ja:\n  words:\n    情報漏えい: 批判\n  incident: [炎上, 情報漏えい, 大惨事]\n'),
		).toEqual([
			'thesaurus.yaml:4:25: Unexpected term "大惨事" that no ja chapter uses, expected a word from the chapters or from `words`',
		]);
	});

	test('a word of spreading or of trouble is checked like an incident word, each once', () => {
		expect(
			problems(
				'en:\n  words:\n    viral: criticism\n  spreading: [viral, viral]\n  trouble: [broken]\n',
			),
		).toEqual([
			'thesaurus.yaml:4:22: Unexpected "viral" twice, expected each term once',
			'thesaurus.yaml:5:13: Unexpected term "broken" that no en chapter uses, expected a word from the chapters or from `words`',
		]);
	});

	test('names an everyday word that a question would read as nothing', () => {
		expect(problems('en:\n  words:\n    who to tell: backlash\n')).toEqual([
			'thesaurus.yaml:3:18: Unexpected "who to tell" that a question reads as nothing (only grammar and question words), expected a word that carries meaning',
		]);
	});

	test('names a one-word term that search would read as grammar, and lets phrases pass', () => {
		const english = [
			{ locale: 'en' as const, text: 'The US team and its stand-in: a wave of criticism.' },
		];
		const folder = handbookWith(
			'en:\n  words:\n    america: US\n    deputy: stand-in\n    usa: [US team]\n',
		);
		expect(
			checkThesaurus(folder, loadThesaurus(folder), english).map((error) =>
				error.message.replace(/^.*thesaurus\.yaml:/, 'thesaurus.yaml:'),
			),
		).toEqual([
			'thesaurus.yaml:3:14: Unexpected term "US" that search reads as grammar ("us"), which nearly every page holds, expected a term of its own (with the words around it in the chapters)',
		]);
	});

	test('finds a cycle of everyday words', () => {
		expect(problems('ja:\n  words:\n    炎上: 批判\n    批判: 炎上\n')).toEqual([
			'thesaurus.yaml:3:9: Unexpected cycle 炎上 → 批判 → 炎上, expected everyday words to lead to handbook terms without coming back',
			'thesaurus.yaml:4:9: Unexpected cycle 批判 → 炎上 → 批判, expected everyday words to lead to handbook terms without coming back',
		]);
	});

	test('finds an everyday word written twice in two spellings, and a term listed twice', () => {
		expect(
			problems('en:\n  words:\n    Attacked: backlash\n    attacked: [backlash, backlash]\n'),
		).toEqual([
			'thesaurus.yaml:4:15: Unexpected "attacked" again (as "Attacked"), expected each everyday word once',
			'thesaurus.yaml:4:26: Unexpected "backlash" twice for "attacked", expected each term once',
		]);
	});

	test('reports a wrong shape with file, line and field when loaded', () => {
		const folder = handbookWith('fr:\n  words: {}\nja:\n  words:\n    叩かれる: 42\n');
		expect(() => loadThesaurus(folder)).toThrow(HandbookInputErrors);
		try {
			loadThesaurus(folder);
		} catch (error) {
			const messages = (error as HandbookInputErrors).errors.map((each) => each.message);
			expect(
				messages.some((message) => /thesaurus\.yaml:5:\d+: ja\.words\.叩かれる/.test(message)),
			).toBe(true);
		}
	});

	test('a duplicate key is a YAML error at its line', () => {
		const folder = handbookWith('ja:\n  words:\n    炎上: 批判\n    炎上: 批判\n');
		expect(() => loadThesaurus(folder)).toThrow(
			/thesaurus\.yaml:4:\d+: Invalid YAML: Map keys must be unique/,
		);
	});
});

describe('glossaryAliases', () => {
	test('reads the other names a glossary gives its terms, in Japanese and English', () => {
		const markdown = [
			'## 危機対応',
			'',
			'### 炎上',
			'',
			'批判が殺到する状態。「ネット炎上」とも呼ばれます。',
			'',
			'### 多要素認証',
			'',
			'別の手段でも確かめるログイン。二段階認証とも呼ばれます。',
			'',
			'### UGC',
			'',
			'User Generated Content の略。お客様の投稿。',
			'',
			'### Monitoring',
			'',
			'Checking what people say, also',
			'called social listening. It spots backlashes early.',
			'',
			'### ROI',
			'',
			'Return on investment: (gross profit − cost) ÷ cost.',
			'',
			'### Persona',
			'',
			'Who the official account speaks as.',
		].join('\n');
		expect(glossaryAliases(markdown)).toEqual({
			ネット炎上: '炎上',
			二段階認証: '多要素認証',
			'User Generated Content': 'UGC',
			'social listening': 'Monitoring',
			'Return on investment': 'ROI',
		});
	});

	test('the thesaurus file wins over the glossary for the same word', () => {
		const merged = searchThesaurus(
			{ ja: { words: { ネット炎上: '批判' }, incident: [], spreading: [], trouble: [] } },
			{
				ja: '### 炎上\n\n「ネット炎上」とも呼ばれます。\n\n### ペルソナ\n\n「キャラ」とも呼ばれます。\n',
			},
		);
		expect(merged.ja?.words).toEqual({ ネット炎上: '批判', キャラ: 'ペルソナ' });
	});

	test("search knows the glossary's terms: its headings and the other names it gives them", () => {
		expect(
			glossaryTerms('## Measuring\n\n### Reach\n\nPeople who saw it.\n\n### **CVR**\n'),
		).toEqual(['Reach', 'CVR']);
		const merged = searchThesaurus(
			{},
			{ ja: '### 炎上\n\n「ネット炎上」とも呼ばれます。\n\n### リーチ\n\n見た人の数。\n' },
		);
		expect(merged.ja?.glossary).toEqual({ 炎上: '炎上', リーチ: 'リーチ', ネット炎上: '炎上' });
	});

	test("each glossary term comes with its entry's id on the page, as the build gives it", () => {
		expect(
			glossaryEntries(
				'## Terms\n\n### Social listening\n\n### Terms\n\n### [POST](/planning/)\n\n### Persona {#persona-sheet}\n',
			),
		).toEqual({
			'Social listening': 'social-listening',
			// The second heading that reads "Terms" gets the id the slugger gives a repeat.
			Terms: 'terms-1',
			POST: 'post',
			Persona: 'persona-sheet',
		});
	});
});

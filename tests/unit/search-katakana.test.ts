import { describe, expect, test } from 'vitest';
import {
	createKatakanaReader,
	mayHoldUnconverted,
	toHiragana,
} from '../../src/search/query/katakana-reading.ts';
import { katakanaWords } from '../../src/search/spelling/handbook-words.ts';

describe('createKatakanaReader', () => {
	const read = createKatakanaReader([
		'インフルエンサー',
		'アカウント',
		'フォロー',
		'フォロワー',
		'ソーシャルメディア',
		'マネージャー',
		'リスト',
		'バズ',
		'ステマ',
	]);

	test('writes a loanword typed unconverted on a phone as the handbook does', () => {
		expect(read('いんふるえんさーに頼みたい').query).toBe('インフルエンサーに頼みたい');
		expect(read('すてまってなに').query).toBe('ステマってなに');
	});

	test('says which words it read, as typed and as searched', () => {
		expect(read('あかうんと のっとられた').read).toEqual([
			{ typed: 'あかうんと', meant: 'アカウント' },
		]);
	});

	test('finds a loanword right after a particle inside a run of hiragana', () => {
		expect(read('公式のあかうんと作りたい').query).toBe('公式のアカウント作りたい');
	});

	test('takes the longest word a run starts with', () => {
		expect(read('ふぉろわーをふやしたい').query).toBe('フォロワーをふやしたい');
		expect(read('ふぉろーしていい').query).toBe('フォローしていい');
	});

	test('reads loanwords that follow one another in one run', () => {
		expect(read('そーしゃるめでぃあまねーじゃーの仕事').query).toBe(
			'ソーシャルメディアマネージャーの仕事',
		);
	});

	test('leaves hiragana in the middle of a run as typed', () => {
		// こ|とりすと: the run neither starts with リスト nor has it after a particle.
		expect(read('ことりすと').query).toBe('ことりすと');
	});

	test('leaves spellings of two kana as typed: they are grammar as often as words', () => {
		expect(read('ばずった').query).toBe('ばずった');
	});

	test('leaves a question without such words untouched', () => {
		expect(read('炎上したらどうすればいい')).toEqual({
			query: '炎上したらどうすればいい',
			read: [],
		});
	});
});

describe('mayHoldUnconverted', () => {
	test('is true for three kana or more in a row, false for kanji and short endings', () => {
		expect(mayHoldUnconverted('いんふるえんさー')).toBe(true);
		expect(mayHoldUnconverted('炎上の対応')).toBe(false);
		expect(mayHoldUnconverted('KPI')).toBe(false);
	});
});

describe('toHiragana', () => {
	test('writes katakana as hiragana and keeps the long-vowel mark', () => {
		expect(toHiragana('インフルエンサー')).toBe('いんふるえんさー');
	});
});

describe('katakanaWords', () => {
	test("lists each language's katakana words, the most used first, split at middle dots", () => {
		expect(
			katakanaWords([
				{ locale: 'ja', text: 'アカウントとパスワード。アカウントの管理。ソーシャル・メディア' },
				{ locale: 'en', text: 'No katakana here.' },
			]),
		).toEqual({ ja: ['アカウント', 'ソーシャル', 'パスワード', 'メディア'], en: [] });
	});

	test('leaves out single characters and runs of long-vowel marks', () => {
		expect(katakanaWords([{ locale: 'ja', text: 'ヶ月 ーー ア' }])).toEqual({ ja: [] });
	});
});

import { describe, expect, test } from 'vitest';
import {
	createHiraganaReader,
	mayHoldUnconverted,
	mayNeedKanji,
	toHiragana,
	typedInHiragana,
} from '../../src/search/query/hiragana-reading.ts';
import { katakanaWords } from '../../src/search/spelling/handbook-words.ts';
import { kanjiReadings } from '../../src/search/spelling/kanji-readings.ts';

describe('createHiraganaReader', () => {
	const read = createHiraganaReader({
		katakana: [
			'インフルエンサー',
			'アカウント',
			'フォロー',
			'フォロワー',
			'ソーシャルメディア',
			'マネージャー',
			'リスト',
			'バズ',
			'ステマ',
		],
		kanji: { しゃしん: '写真', こうしき: '公式', はいる: '入る' },
	});

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

	test('reads kanji words in a question typed wholly in hiragana, and loanwords after them', () => {
		expect(read('しゃしん のせていい？')).toEqual({
			query: '写真 のせていい？',
			read: [{ typed: 'しゃしん', meant: '写真' }],
		});
		expect(read('こうしきあかうんと').query).toBe('公式アカウント');
	});

	test('reads a word of hiragana alone between spaces as a kanji word, where it is one whole', () => {
		expect(read('しゃしん 載せていい？')).toEqual({
			query: '写真 載せていい？',
			read: [{ typed: 'しゃしん', meant: '写真' }],
		});
		// のせて is no kanji noun's reading: left as typed.
		expect(read('写真 のせていい').query).toBe('写真 のせていい');
	});

	test('leaves the kana of a question that holds kanji as its endings and particles', () => {
		// 承認はいる asks whether approval is needed: は is a particle, not the start of 入る.
		expect(read('承認はいる？').query).toBe('承認はいる？');
		expect(read('インスタにしゃしん').query).toBe('インスタにしゃしん');
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

describe('mayNeedKanji', () => {
	test('is true for a question in hiragana, or with a word of three kana alone between spaces', () => {
		expect(mayNeedKanji('しゃしん のせていい？')).toBe(true);
		expect(mayNeedKanji('きしゃ 対応')).toBe(true);
		expect(mayNeedKanji('承認はいる？')).toBe(false);
		expect(mayNeedKanji('記者 きた')).toBe(false);
	});
});

describe('typedInHiragana', () => {
	test('is true only for a question with hiragana and neither kanji nor katakana', () => {
		expect(typedInHiragana('しゃしん のせていい？')).toBe(true);
		expect(typedInHiragana('写真 のせていい？')).toBe(false);
		expect(typedInHiragana('あかうんと ログイン')).toBe(false);
		expect(typedInHiragana('KPI')).toBe(false);
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

describe('kanjiReadings', () => {
	test("maps the readings of each language's kanji nouns and noun compounds to the words", async () => {
		const readings = await kanjiReadings([
			{ locale: 'ja', text: '写真を載せる前に、著作権と肖像権を確かめます。' },
			{ locale: 'en', text: 'Photos and copyright.' },
		]);
		expect(readings.ja).toMatchObject({
			しゃしん: '写真',
			ちょさくけん: '著作権',
			しょうぞうけん: '肖像権',
		});
		expect(readings.en).toEqual({});
	});

	test('leaves out readings of two kana and readings that are grammar', async () => {
		const readings = await kanjiReadings([{ locale: 'ja', text: '前に使用する所' }]);
		// 前 (まえ) is two kana; 使用 (しよう) and 所 (ところ) read as words of grammar.
		expect(readings.ja).toEqual({});
	});
});

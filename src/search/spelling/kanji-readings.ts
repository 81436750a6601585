/**
 * The readings of the handbook's kanji words, for a question typed wholly in hiragana
 * (しゃしん のせていい → 写真): read at build time with kuromoji's dictionary, one list per
 * language, so the browser needs no dictionary of its own.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from '@sglkc/kuromoji';
import { STOP_WORDS } from '../query/stop-words.ts';
import { SHORTEST_READING, toHiragana } from '../query/hiragana-reading.ts';
import { mostUsedFirst, type LocaleText } from './handbook-words.ts';

/** A run of Japanese text: what the tokenizer reads at once (each distinct run once). */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu;
const HAS_KANJI = /\p{Script=Han}/u;

let loading: Promise<Tokenizer<IpadicFeatures>> | undefined;

/** kuromoji's tokenizer with the IPA dictionary its package ships, loaded once. */
function japaneseTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
	const dicPath = join(
		dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json')),
		'dict',
	);
	loading ??= new Promise((resolve, reject) =>
		kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
	);
	return loading;
}

/**
 * The kanji nouns of a run of text with their readings in hiragana: each noun, and each compound
 * of nouns in a row (著作 + 権 → 著作権, ちょさくけん).
 */
function nounsOf(tokens: readonly IpadicFeatures[]): { word: string; reading: string }[] {
	const nouns: { word: string; reading: string }[] = [];
	let compound: IpadicFeatures[] = [];
	const close = () => {
		if (compound.length > 1) {
			nouns.push({
				word: compound.map((token) => token.surface_form).join(''),
				reading: compound.map((token) => toHiragana(token.reading!)).join(''),
			});
		}
		compound = [];
	};
	for (const token of tokens) {
		if (token.pos !== '名詞' || !token.reading || token.reading === '*') {
			close();
			continue;
		}
		compound.push(token);
		nouns.push({ word: token.surface_form, reading: toHiragana(token.reading) });
	}
	close();
	return nouns;
}

/**
 * Each language's kanji nouns by their reading in hiragana (しゃしん → 写真), for the languages
 * whose chapters hold kanji: of the words one reading names, the one in most of the handbook's
 * phrases.
 * Readings shorter than {@link SHORTEST_READING} kana, and those that are words of grammar
 * (しよう, ところ: `STOP_WORDS`), are left out: a question typed in hiragana says them as grammar.
 */
export async function kanjiReadings(
	chapters: Iterable<LocaleText>,
): Promise<Record<string, Record<string, string>>> {
	const runs = new Map<string, Set<string>>();
	for (const { locale, text } of chapters) {
		const own = runs.get(locale) ?? new Set<string>();
		for (const [run] of text.matchAll(JAPANESE_RUN)) if (HAS_KANJI.test(run)) own.add(run);
		runs.set(locale, own);
	}
	const result: Record<string, Record<string, string>> = {};
	for (const [locale, own] of runs) {
		if (own.size === 0) {
			result[locale] = {};
			continue;
		}
		const tokenizer = await japaneseTokenizer();
		const counts = new Map<string, Map<string, number>>();
		for (const run of own) {
			for (const { word, reading } of nounsOf(tokenizer.tokenize(run))) {
				if (!HAS_KANJI.test(word) || !/^[\p{Script=Hiragana}ー]+$/u.test(reading)) continue;
				if ([...reading].length < SHORTEST_READING || STOP_WORDS.ja.has(reading)) continue;
				const words = counts.get(reading) ?? new Map<string, number>();
				words.set(word, (words.get(word) ?? 0) + 1);
				counts.set(reading, words);
			}
		}
		result[locale] = Object.fromEntries(
			[...counts]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([reading, words]) => [reading, mostUsedFirst(words)[0]!]),
		);
	}
	return result;
}

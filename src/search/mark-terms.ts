/**
 * Marks the words searched for, in a result's excerpt and on the page a result opens. Only whole
 * words are marked, never particles, punctuation or the inside of another word:
 *
 * - a Latin word wherever a Latin word stands (also inside Japanese text: SNS in 「SNS担当」), in any
 *   form that shares its stem (approves → approval, approved), as Pagefind's own English stemming
 *   matched it; a word of three letters or fewer (PR, ad, US) only as it is or with a plural s,
 *   since its stem is the start of too many others (ad → added, us → user);
 * - a Japanese word of two characters or more wherever it occurs (Japanese has no spaces; a stem
 *   of one character such as 書 would light up inside unrelated words), a compound verb's stem
 *   with the kana that ends it as a noun (問い合 → 問い合わせ).
 *
 * - a phrase the thesaurus gives as a handbook term ("US head office", in quotes as searched) only
 *   whole, its words in any case with a plural or possessive ending: its words alone (us, head)
 *   are not what was searched for.
 *
 * Pagefind's own marks are not kept: for Japanese it marks what its prefix search matched (って,
 * あっ for 乗っ取), for English any word starting with a short query word.
 */
import { stemmer } from 'stemmer';
import { normalizeText } from './query/normalize.ts';

/**
 * A Latin word as it stands in text, with an inner apostrophe (don't, don’t) or hyphen
 * (part-time, stand-in: one word, as search reads it).
 */
export const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu;
const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;
/** Words this short count only as they are, or with a plural s. */
const SHORT_WORD = 3;

/** The text as a regular expression that finds it literally. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a word searched for is a phrase, searched in quotes (`"us head office"`). */
function isPhrase(word: string): boolean {
	return /^".+ .+"$/.test(word);
}

/** The words searched for, split into single words and normalised; phrases are left out. */
function searchedWords(words: readonly string[]): string[] {
	return [
		...new Set(
			words
				.filter((word) => !isPhrase(word))
				.flatMap((word) => normalizeText(word.replaceAll('"', '')).split(' ')),
		),
	].filter((word) => [...word].length >= 2);
}

/**
 * The phrases searched for, as a pattern that finds each whole, in any case, each of its words
 * also with a plural or possessive ending (head offices, US head office's); undefined if none.
 */
export function phrasePattern(words: readonly string[]): RegExp | undefined {
	const phrases = words
		.filter(isPhrase)
		.map((phrase) =>
			normalizeText(phrase.slice(1, -1))
				.split(' ')
				.map((word) => `${escapeRegExp(word)}(?:e?s|['’]s?)?`)
				.join('[\\s-]+'),
		)
		.sort((a, b) => b.length - a.length);
	return phrases.length > 0
		? new RegExp(
				`(?<![\\p{Script=Latin}\\p{N}])(?:${phrases.join('|')})(?![\\p{Script=Latin}\\p{N}])`,
				'giu',
			)
		: undefined;
}

/** Whether a Latin word in text is one of the Latin words searched for, in some form. */
export function latinWordMatcher(words: readonly string[]): (word: string) => boolean {
	const exact = new Set<string>();
	const stems = new Set<string>();
	for (const word of searchedWords(words).filter((each) => LATIN_START.test(each))) {
		exact.add(word);
		if (word.length <= SHORT_WORD) exact.add(`${word}s`);
		else stems.add(stemmer(word));
	}
	return (word) => {
		// A possessive is its word: customer's, customers’.
		const written = normalizeText(word).replace(/'s?$/, '');
		return exact.has(written) || (written.length > SHORT_WORD && stems.has(stemmer(written)));
	};
}

/**
 * A compound verb's stem as search cuts it, kana inside and kanji at the end (問い合, 乗っ取,
 * 写り込): on the page it is a word with the kana that makes it a noun or a verb's stem after it
 * (問い合わせ, 乗っ取り, 写り込み), which is marked with it.
 */
const VERB_STEM = /\p{Script=Hiragana}.*\p{Script=Han}$/u;
const STEM_ENDING = '(?:わせ|[いきぎしじちひびみりえけげせぜてでねべめれ])?';

/** The Japanese words searched for, as a pattern that finds them anywhere; undefined if none. */
export function japaneseWordPattern(words: readonly string[]): RegExp | undefined {
	const japanese = searchedWords(words)
		.filter((word) => !LATIN_START.test(word))
		.sort((a, b) => b.length - a.length)
		.map((word) => escapeRegExp(word) + (VERB_STEM.test(word) ? STEM_ENDING : ''));
	return japanese.length > 0 ? new RegExp(japanese.join('|'), 'gu') : undefined;
}

/** Marks what `mark` finds in the parts of marked text not yet marked. */
function markUnmarked(text: string, mark: (part: string) => string): string {
	return text
		.split(/(<mark>.*?<\/mark>)/g)
		.map((part) => (part.startsWith('<mark>') ? part : mark(part)))
		.join('');
}

/** Marks the words in plain (already escaped, entity-free) text: phrases first, whole. */
function markText(
	text: string,
	phrases: RegExp | undefined,
	isLatinMatch: (word: string) => boolean,
	japanese: RegExp | undefined,
): string {
	let marked = phrases ? text.replace(phrases, '<mark>$&</mark>') : text;
	marked = markUnmarked(marked, (part) =>
		part.replace(LATIN_WORD, (word) => (isLatinMatch(word) ? `<mark>${word}</mark>` : word)),
	);
	return japanese
		? markUnmarked(marked, (part) => part.replace(japanese, '<mark>$&</mark>'))
		: marked;
}

/**
 * Puts `<mark>` around the words searched for in an excerpt of escaped HTML text, in place of the
 * marks Pagefind put there.
 */
export function markTerms(excerpt: string, words: readonly string[]): string {
	const plain = excerpt.replace(/<\/?mark>/g, '');
	const phrases = phrasePattern(words);
	const isLatinMatch = latinWordMatcher(words);
	const japanese = japaneseWordPattern(words);
	return plain
		.split(/(&[#\w]+;)/g)
		.map((text) => (text.startsWith('&') ? text : markText(text, phrases, isLatinMatch, japanese)))
		.join('');
}

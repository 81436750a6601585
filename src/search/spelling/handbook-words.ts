/**
 * The handbook's words that search reads a question against, counted at build time from the
 * chapters' text as search indexes it, one list per language: its English words, for a mistyped
 * word (`meant-word.ts`), and its katakana words, for a loanword typed in hiragana
 * (`hiragana-reading.ts`; the readings of its kanji words are in `kanji-readings.ts`).
 */
import {
	FRONTMATTER_BLOCK,
	type ChapterFile,
	type HandbookFiles,
} from '../../handbook/discover.ts';
import { LATIN_WORD } from '../mark-terms.ts';
import { CORRECTABLE, SHORTEST_LISTED } from './meant-word.ts';

/** A chapter's searched text, in the language it is written in. */
export interface LocaleText {
	locale: string;
	text: string;
}

/**
 * Each language's words as `wordsIn` finds them in its chapters, the most used first (ties in
 * code-point order).
 */
function wordsByUse(
	chapters: Iterable<LocaleText>,
	wordsIn: (text: string) => Iterable<string>,
): Record<string, string[]> {
	const counts = new Map<string, Map<string, number>>();
	for (const { locale, text } of chapters) {
		const words = counts.get(locale) ?? new Map<string, number>();
		for (const word of wordsIn(text)) words.set(word, (words.get(word) ?? 0) + 1);
		counts.set(locale, words);
	}
	return Object.fromEntries([...counts].map(([locale, words]) => [locale, mostUsedFirst(words)]));
}

/** Counted words, the most used first (ties in code-point order). */
export function mostUsedFirst(counts: ReadonlyMap<string, number>): string[] {
	return [...counts]
		.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
		.map(([word]) => word);
}

/**
 * Each language's English words, as a question may mistype or spell them otherwise: lower case,
 * of at least {@link SHORTEST_LISTED} letters, the most used first (ties in alphabetical order).
 */
export function handbookWords(chapters: Iterable<LocaleText>): Record<string, string[]> {
	return wordsByUse(chapters, function* (text) {
		for (const [word] of text.matchAll(LATIN_WORD)) {
			const lower = word.toLowerCase();
			if (lower.length >= SHORTEST_LISTED && CORRECTABLE.test(lower)) yield lower;
		}
	});
}

/** A word written in katakana, with its long-vowel marks and middle dots. */
const KATAKANA_WORD = /[\p{Script=Katakana}ー・]+/gu;

/**
 * Each language's words written in katakana (インフルエンサー, アカウント; the words a middle dot
 * joins, each on its own), of two characters or more, the most used first: the forms a loanword
 * typed in hiragana is read as.
 */
export function katakanaWords(chapters: Iterable<LocaleText>): Record<string, string[]> {
	return wordsByUse(chapters, function* (text) {
		for (const [written] of text.matchAll(KATAKANA_WORD)) {
			yield* written.split('・').filter((word) => [...word].length >= 2 && /[ァ-ヺ]/u.test(word));
		}
	});
}

/** The text values of a frontmatter field: a string, a list of them, or questions' `text`. */
function textsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((each) => textsOf(each));
	if (value && typeof value === 'object' && 'text' in value) return textsOf(value.text);
	return [];
}

/**
 * A chapter's text much as search indexes it: its title, description, keywords and reader
 * questions, and its body without what a reader never sees as words (link targets, tags and
 * component markup, `import` lines). The frontmatter's keys and other fields (owners, review
 * dates, the change log) are left out.
 */
export function searchedText(files: HandbookFiles, chapter: ChapterFile): LocaleText {
	const { text } = files.textOf(chapter.path);
	const data = files.frontmatterOf(chapter) ?? {};
	const body = text
		.replace(FRONTMATTER_BLOCK, '')
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<[^>]*>/g, ' ');
	const fields = ['title', 'description', 'keywords', 'questions'].flatMap((key) =>
		textsOf(data[key]),
	);
	return { locale: chapter.locale, text: [...fields, body].join('\n') };
}

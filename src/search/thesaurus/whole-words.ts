import { normalizeText } from '../query/normalize.ts';
import { targetsOf } from './targets.ts';
import type { SearchLocaleThesaurus } from './thesaurus-schema.ts';

/** A verb in its dictionary form written in hiragana alone: it ends in the row of う. */
const HIRAGANA_VERB = /^\p{Script=Hiragana}{3,}[うくぐすつぬぶむる]$/u;

/**
 * A word as a question keeps it whole: a verb written in hiragana by its stem, so that the forms
 * a reader types unconverted on a phone (のっとられた, のっとられて) hold it as のっとられる does.
 */
function keptForm(word: string): string {
	return HIRAGANA_VERB.test(word) ? word.slice(0, -1) : word;
}

/**
 * The words a question keeps whole, because the segmenter cuts them into bits that read as
 * grammar: the thesaurus's words and terms that begin in hiragana (いいね, なりすまし, やらせ,
 * ひな形; a hiragana verb by its stem, see `keptForm`), and the glossary's terms with hiragana
 * inside (中の人, 話題の柱), which name one thing.
 */
export function wordsReadWhole(thesaurus: SearchLocaleThesaurus | undefined): string[] {
	const all = Object.entries(thesaurus?.words ?? {}).flatMap(([word, value]) => [
		word,
		...targetsOf(value),
	]);
	const glossary = Object.keys(thesaurus?.glossary ?? {})
		.map(normalizeText)
		.filter((term) =>
			/^[\p{Script=Han}\p{Script=Katakana}ー]+\p{Script=Hiragana}+[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(
				term,
			),
		);
	return [
		...new Set([
			...all
				.map(normalizeText)
				.filter((word) => /^\p{Script=Hiragana}{2}/u.test(word))
				.map(keptForm),
			...glossary,
		]),
	];
}

import { normalizeText } from '../query/normalize.ts';
import { targetsOf } from './targets.ts';
import type { LocaleThesaurus } from './thesaurus-schema.ts';

/**
 * The thesaurus's words and terms that begin in hiragana (いいね, なりすまし, やらせ, ひな形): the
 * segmenter cuts them into bits that read as grammar, so a question keeps them whole.
 */
export function wordsReadWhole(thesaurus: LocaleThesaurus | undefined): string[] {
	const all = Object.entries(thesaurus?.words ?? {}).flatMap(([word, value]) => [
		word,
		...targetsOf(value),
	]);
	return [...new Set(all.map(normalizeText))].filter((word) =>
		/^\p{Script=Hiragana}{2}/u.test(word),
	);
}

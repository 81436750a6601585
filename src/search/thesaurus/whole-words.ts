import { normalizeText } from '../query/normalize.ts';
import { targetsOf } from './targets.ts';
import type { SearchLocaleThesaurus } from './thesaurus-schema.ts';

/**
 * The words a question keeps whole, because the segmenter cuts them into bits that read as
 * grammar: the thesaurus's words and terms that begin in hiragana (いいね, なりすまし, やらせ,
 * ひな形), and the glossary's terms with hiragana inside (中の人, 話題の柱), which name one thing.
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
			...all.map(normalizeText).filter((word) => /^\p{Script=Hiragana}{2}/u.test(word)),
			...glossary,
		]),
	];
}

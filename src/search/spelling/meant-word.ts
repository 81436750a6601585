/**
 * English words a question spells otherwise than the handbook: another spelling of the same word
 * ("rumor" → rumour, "behavior" → behaviour, "analyze" → analyse, and back), or a typo ("pasword" →
 * password, "jounalist" → journalist), read as the handbook word meant. Pagefind has neither, and
 * a phone keyboard makes many typos. Runs in the browser, with the handbook's own words
 * (`handbook-words.ts`, written into the search bundle at build time and loaded only when a
 * question has a word no page holds).
 */
import leven from 'leven';

/** The shortest words in the handbook's word list, and the shortest spelt another way. */
export const SHORTEST_LISTED = 5;
/**
 * Shorter words are not read as typos: one letter changed makes another real word of them ("rant"
 * → want, "stack" → stock), which the handbook may simply not use.
 */
export const SHORTEST_CORRECTED = 6;

/**
 * How British and American spelling differ, each way (the handbook may be written in either):
 * -our/-or, -ise/-ize, -yse/-yze, -re/-er, -ence/-ense, -ogue/-og, -lled/-led, -mme/-m, with the
 * endings that follow them. A word spelt another way is read so only when the handbook has that
 * word.
 */
const OTHER_SPELLINGS: readonly [RegExp, string][] = [
	[/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
	[/or(s|ed|ing|ite|ites|able)?$/, 'our$1'],
	[/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
	[/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
	[/ys(e|es|ed|ing)$/, 'yz$1'],
	[/yz(e|es|ed|ing)$/, 'ys$1'],
	[/([^aeiou])re(s)?$/, '$1er$2'],
	[/([^aeiou])er(s)?$/, '$1re$2'],
	[/ence$/, 'ense'],
	[/ense$/, 'ence'],
	[/ogue(s)?$/, 'og$1'],
	[/og(s)?$/, 'ogue$1'],
	[/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
	[/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
	[/mme(s)?$/, 'm$1'],
	[/([^m])m(s)?$/, '$1mme$2'],
];

/** A word that can be read as mistyped: English letters, an apostrophe or a hyphen. */
export const CORRECTABLE = /^[a-z'-]+$/;

/** Whether two words of one length differ only by two neighbouring letters swapped (recieve). */
function swapped(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const at = [...a].findIndex((letter, index) => letter !== b[index]);
	return (
		at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
	);
}

/** The handbook's words as a set, made once per list. */
const listed = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The handbook word that a word no page holds most likely means: the same word as the handbook
 * spells it ({@link OTHER_SPELLINGS}); else, for a word of {@link SHORTEST_CORRECTED} letters or
 * more, the one a typo made it from: a handbook word at least as long, with the same first letter
 * (a typo rarely hits the first), one letter added, dropped or changed, or two neighbouring
 * letters swapped; of several, the one the handbook uses most. Two edits would read real words the
 * handbook does not use as others ("attendees" → attended). `words` are the handbook's, most used
 * first.
 */
export function meantWord(typed: string, words: readonly string[]): string | undefined {
	const word = typed.toLowerCase();
	if (word.length < SHORTEST_LISTED || !CORRECTABLE.test(word)) return undefined;
	let known = listed.get(words);
	if (!known) listed.set(words, (known = new Set(words)));
	if (known.has(word)) return undefined;
	for (const [ending, other] of OTHER_SPELLINGS) {
		const spelt = word.replace(ending, other);
		if (spelt !== word && known.has(spelt)) return spelt;
	}
	if (word.length < SHORTEST_CORRECTED) return undefined;
	return words.find(
		(candidate) =>
			candidate[0] === word[0] &&
			candidate.length >= SHORTEST_CORRECTED &&
			Math.abs(candidate.length - word.length) <= 1 &&
			(leven(word, candidate) === 1 || swapped(word, candidate)),
	);
}

/** The file, in the search bundle's folder, that holds one language's words. */
export function handbookWordsFile(locale: string): string {
	return `handbook-words.${locale}.json`;
}

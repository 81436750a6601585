/**
 * Marks the words searched for on a page opened from a search result (its `highlight`
 * parameters), with the same rule as the result's excerpt (`mark-terms.ts`): whole Latin words in
 * any form sharing their stem, Japanese words of two characters or more. Loaded only on such a
 * page, with Pagefind's highlighter, whose mark.js does the marking.
 */
import { HIGHLIGHT_PARAM } from './constants.ts';
import { LATIN_WORD, escapeRegExp, japaneseWordPattern, latinWordMatcher } from './mark-terms.ts';

/** The part of mark.js that Pagefind's highlighter hands to `markText`. */
interface MarkInstance {
	markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
}

/** Pagefind's highlighter, as its bundle exports it. */
type PagefindHighlightClass = new (options: Record<string, unknown>) => {
	markOptions: Record<string, unknown>;
	markText(instance: MarkInstance, words: string[]): void;
};

/**
 * The pattern that finds the words on this page: the page's own Latin words that match a word
 * searched for (mark.js takes one pattern, and stems are not a pattern), standing alone, and the
 * Japanese words.
 */
function pagePattern(words: readonly string[]): RegExp | undefined {
	const body = document.querySelector('[data-pagefind-body]') ?? document.body;
	const matches = latinWordMatcher(words);
	const latin = [...new Set(body.textContent?.match(LATIN_WORD) ?? [])].filter(matches);
	const parts = latin
		.sort((a, b) => b.length - a.length)
		.map(
			(word) =>
				`(?<![\\p{Script=Latin}\\p{N}-])${escapeRegExp(word)}(?![\\p{Script=Latin}\\p{N}]|-[\\p{Script=Latin}\\p{N}])`,
		);
	const japanese = japaneseWordPattern(words);
	if (japanese) parts.push(japanese.source);
	return parts.length > 0 ? new RegExp(parts.join('|'), 'gu') : undefined;
}

/** Marks the page's words through Pagefind's highlighter from the bundle at `bundle`. */
export async function highlightSearchedWords(bundle: string): Promise<void> {
	const { default: PagefindHighlight } = (await import(
		/* @vite-ignore */ `${bundle}pagefind-highlight.js`
	)) as { default: PagefindHighlightClass };
	class WholeWordHighlight extends PagefindHighlight {
		override markText(instance: MarkInstance, words: string[]): void {
			const pattern = pagePattern(words);
			if (pattern) instance.markRegExp(pattern, this.markOptions);
		}
	}
	new WholeWordHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}

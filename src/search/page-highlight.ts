/**
 * Marks the words searched for on a page opened from a search result (its `highlight`
 * parameters), with the same rule as the result's excerpt (`mark-terms.ts`): whole Latin words in
 * any form sharing their stem, Japanese words of two characters or more, in the section the
 * result opened. Loaded only on such a page, with Pagefind's highlighter, whose mark.js does the
 * marking.
 */
import {
	LATIN_WORD,
	escapeRegExp,
	japaneseWordPattern,
	latinWordMatcher,
	phrasePattern,
} from './mark-terms.ts';
import { HIGHLIGHT_PARAM } from './page-index.ts';

/** The part of mark.js that Pagefind's highlighter hands to `markText`. */
interface MarkInstance {
	markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
}

/**
 * The section a result opened: its heading and what follows it up to the next heading of its
 * rank or higher, without the hidden reader questions indexed with it. Undefined when the page
 * opened at its top. A chapter says its common words all over; marked only where the answer is,
 * they show it rather than the whole chapter (a reviewer counted 178 marks for one question).
 */
function openedSection(): Element[] | undefined {
	const id = decodeURIComponent(location.hash.slice(1));
	const heading = id ? document.getElementById(id) : null;
	const rank = heading ? rankOf(heading) : undefined;
	if (!heading || !rank) return undefined;
	// The reading aids wrap a heading with its copy-link button.
	const start = heading.parentElement?.matches('.copy-wrap') ? heading.parentElement : heading;
	const section: Element[] = [start];
	for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
		const level = rankOf(next) ?? rankOf(next.firstElementChild);
		if (level && level <= rank) break;
		if (!next.hasAttribute('hidden')) section.push(next);
	}
	return section;
}

/** A heading's rank ("2" for h2), or undefined for anything else. */
function rankOf(element: Element | null): string | undefined {
	return element ? /^H([1-6])$/.exec(element.tagName)?.[1] : undefined;
}

/** Pagefind's highlighter, as its bundle exports it. */
type PagefindHighlightClass = new (options: Record<string, unknown>) => {
	markOptions: Record<string, unknown>;
	markText(instance: MarkInstance, words: string[]): void;
};

/**
 * The pattern that finds the words on this page: the page's own phrases and Latin words that
 * match one searched for (mark.js takes one pattern, and neither stems nor case-blind phrases are
 * part of it), standing alone, and the Japanese words.
 */
function pagePattern(words: readonly string[]): RegExp | undefined {
	const body = document.querySelector('[data-pagefind-body]') ?? document.body;
	const text = body.textContent ?? '';
	const phrases = phrasePattern(words);
	const matches = latinWordMatcher(words);
	const latin = [...new Set(text.match(LATIN_WORD) ?? [])].filter(matches);
	const parts = [...new Set(phrases ? text.match(phrases) : []), ...latin]
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
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const { default: PagefindHighlight } = (await import(
		/* @vite-ignore */ `${bundle}pagefind-highlight.js`
	)) as { default: PagefindHighlightClass };
	const section = openedSection();
	class WholeWordHighlight extends PagefindHighlight {
		override markText(instance: MarkInstance, words: string[]): void {
			const pattern = pagePattern(words);
			if (!pattern) return;
			instance.markRegExp(pattern, {
				...this.markOptions,
				// Where the opened section shows none of the words (its match was a hidden reader
				// question), the whole chapter is marked instead.
				done: (marked: number) => {
					if (marked > 0 || !section) return;
					const whole = new (instance.constructor as new (context: Element) => MarkInstance)(
						document.querySelector('[data-pagefind-body]') ?? document.body,
					);
					whole.markRegExp(pattern, this.markOptions);
				},
			});
		}
	}
	new WholeWordHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		addStyles: false,
		...(section && { markContext: section }),
	});
}

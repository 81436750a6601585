/**
 * Marks the words searched for in an excerpt that Pagefind made for one of several searches, so
 * that every word of the question shows, not just the last search's. Pagefind's own `<mark>`s stay.
 * Only whole words are marked: Latin words where a word starts (and any Latin ending that follows,
 * as Pagefind's stemming matched it; in Japanese text a Latin word ends where the Japanese
 * starts), Japanese words of two characters or more wherever they occur (Japanese has no spaces;
 * a one-character stem such as 書 would light up inside unrelated words).
 */
import { normalizeText } from './query/normalize.ts';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that finds the words in text, or `undefined` when there is nothing to mark. */
function wordPattern(words: readonly string[]): RegExp | undefined {
	const parts = [...new Set(words.map((word) => normalizeText(word)))]
		.filter((word) => word.length >= 2)
		.sort((a, b) => b.length - a.length)
		.map((word) =>
			// A Latin word stands between non-Latin letters too: SNS in 「SNS担当」 ends at 担.
			/^[\p{Script=Latin}\p{N}]/u.test(word)
				? `(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(word)}[\\p{Script=Latin}\\p{N}]*`
				: escapeRegExp(word),
		);
	return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : undefined;
}

/**
 * Adds `<mark>` around the words in an excerpt of escaped HTML text that may already hold
 * `<mark>` elements; text inside those is left as it is, but punctuation at their edges is moved
 * out of them.
 */
export function markTerms(excerpt: string, words: readonly string[]): string {
	// Pagefind marks a whole indexed token, punctuation and all ("criticism,"): keep marks to words.
	const trimmed = excerpt.replace(
		/<mark>([\p{P}\s]*)(.*?)([\p{P}\s]*)<\/mark>/gu,
		(whole, before: string, word: string, after: string) =>
			word ? `${before}<mark>${word}</mark>${after}` : `${before}${after}`,
	);
	const pattern = wordPattern(words);
	if (!pattern) return trimmed;
	return trimmed
		.split(/(<mark>.*?<\/mark>)/g)
		.map((part) =>
			part.startsWith('<mark>')
				? part
				: part
						.split(/(&[#\w]+;)/g)
						.map((text) => (text.startsWith('&') ? text : text.replace(pattern, '<mark>$&</mark>')))
						.join(''),
		)
		.join('');
}

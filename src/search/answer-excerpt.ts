/**
 * A section's excerpt taken from its answer. The readers' questions a chapter's owner put under a
 * heading (`questions` frontmatter) are indexed with that section and weigh like a heading, so
 * Pagefind's excerpt, drawn where the matching words weigh most, quotes them back: the reader sees
 * a question like their own instead of what the handbook answers. Here the excerpt is drawn from
 * the section's text after the questions, around the words found there, or from its first words
 * when the questions alone matched.
 */
import { EXCERPT_ELLIPSIS, QUESTIONS_ANCHOR_PREFIX } from './page-index.ts';

/** An element of the page with an `id`, as Pagefind records it. */
export interface PageAnchor {
	element: string;
	id: string;
	text: string;
	/** The page's word position where its text starts. */
	location: number;
}

/** A word the search found, with its score as Pagefind weighs it. */
export interface FoundWord {
	location: number;
	balanced_score: number;
}

/** Word positions from `start` (inclusive) to `end` (exclusive). */
export interface WordSpan {
	start: number;
	end: number;
}

/**
 * The page's words as Pagefind counts them: Japanese text is indexed with a zero-width space
 * between words, other text with whitespace.
 */
export function pageWords(rawContent: string): { words: string[]; joiner: string } {
	if (rawContent.includes('\u200B')) return { words: rawContent.split('\u200B'), joiner: '' };
	return { words: rawContent.split(/[^\S\uFEFF]+/), joiner: ' ' };
}

/** Letters only: how a question's text and the page's words are compared. */
function letters(text: string): string {
	return text.replace(/[\s\u200B.]/g, '');
}

/**
 * Where each block of readers' questions stands among the page's words: from its anchor's
 * location, as many words as its text holds.
 */
export function questionSpans(
	words: readonly string[],
	anchors: readonly PageAnchor[],
): WordSpan[] {
	return anchors
		.filter((anchor) => anchor.id.startsWith(QUESTIONS_ANCHOR_PREFIX))
		.map((anchor) => {
			const length = letters(anchor.text).length;
			let end = anchor.location;
			let held = 0;
			while (end < words.length && held < length) held += letters(words[end++]!).length;
			return { start: anchor.location, end };
		});
}

/**
 * The start of the `length` words within `span` where the found words weigh most: the earliest
 * such window, so that a section with no found words in its answer opens at its first words.
 */
function densestStart(found: readonly FoundWord[], span: WordSpan, length: number): number {
	const last = Math.max(span.start, span.end - length);
	let best = span.start;
	let bestScore = -1;
	for (let start = span.start; start <= last; start += 1) {
		const score = found
			.filter((word) => word.location >= start && word.location < start + length)
			.reduce((sum, word) => sum + word.balanced_score, 0);
		if (score > bestScore) [best, bestScore] = [start, score];
	}
	return best;
}

/**
 * The excerpt of the section from `section.start` to `section.end`, when readers' questions stand
 * in it: `length` words of the text after them, with `<mark>` around the found words, in the form
 * Pagefind gives its own excerpts (its escaped text, words joined as indexed, an ellipsis where
 * the excerpt starts or ends inside the text). `undefined` for a
 * section without questions, whose Pagefind excerpt already quotes its text, and for one with no
 * text after its questions.
 */
export function answerExcerpt(
	page: { words: readonly string[]; joiner: string; questions: readonly WordSpan[] },
	section: WordSpan,
	found: readonly FoundWord[],
	length: number,
): string | undefined {
	const questions = page.questions.find(
		(span) => span.start >= section.start && span.start < section.end,
	);
	if (!questions) return undefined;
	const answer = { start: questions.end, end: section.end };
	if (answer.end <= answer.start) return undefined;
	const inAnswer = found.filter(
		(word) => word.location >= answer.start && word.location < answer.end,
	);
	const start = densestStart(inAnswer, answer, length);
	const marked = new Set(inAnswer.map((word) => word.location));
	const end = Math.min(start + length, answer.end);
	const shown: string[] = [];
	for (let at = start; at < end; at += 1) {
		const word = page.words[at] ?? '';
		shown.push(marked.has(at) ? `<mark>${word}</mark>` : word);
	}
	const before = start > answer.start ? `${EXCERPT_ELLIPSIS}${page.joiner}` : '';
	const after = end < answer.end ? `${page.joiner}${EXCERPT_ELLIPSIS}` : '';
	return `${before}${shown.join(page.joiner).trim()}${after}`;
}

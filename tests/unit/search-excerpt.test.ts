import { describe, expect, test } from 'vitest';
import {
	answerExcerpt,
	pageWords,
	questionSpans,
	type PageAnchor,
} from '../../src/search/answer-excerpt.ts';
import { QUESTIONS_ANCHOR_PREFIX } from '../../src/search/page-index.ts';

/**
 * A page as Pagefind indexes it: a heading, the hidden readers' questions under it, then the
 * section's answer, with the anchors Pagefind records for the heading and the questions.
 */
function page(heading: string, questions: string, answer: string, joiner = ' ') {
	const parts = [heading, questions, answer].map((text) =>
		joiner === '' ? text.split('|') : text.split(' '),
	);
	const rawContent = parts.flat().join(joiner === '' ? '\u200B' : ' ');
	const anchors: PageAnchor[] = [
		{ element: 'h2', id: 'heading', text: parts[0]!.join(joiner), location: 0 },
		{
			element: 'p',
			id: `${QUESTIONS_ANCHOR_PREFIX}1`,
			text: parts[1]!.join(joiner),
			location: parts[0]!.length,
		},
	];
	const { words } = pageWords(rawContent);
	return {
		words,
		joiner,
		questions: questionSpans(words, anchors),
		section: { start: 0, end: words.length },
		at: (word: string) => words.indexOf(word),
	};
}

describe('answerExcerpt', () => {
	const english = page(
		'Deleting posts',
		'Can I delete a post that went wrong? Should I remove an old post?',
		'Never silently delete a post under criticism: add a correction and say why the post must go.',
	);

	test('a section whose questions match is quoted from its answer, not its questions', () => {
		const found = [{ location: english.at('delete'), balanced_score: 5 }];
		const excerpt = answerExcerpt(english, english.section, found, 6);
		expect(excerpt).toBe('Never silently delete a post under …');
		expect(excerpt).not.toContain('Can I');
	});

	test('the excerpt centres on the words found in the answer and marks them', () => {
		const correction = english.words.indexOf('correction', english.questions[0]!.end);
		const found = [
			{ location: english.at('delete'), balanced_score: 5 },
			{ location: correction, balanced_score: 1 },
		];
		const excerpt = answerExcerpt(english, english.section, found, 4);
		expect(excerpt).toContain('<mark>correction</mark>');
		expect(excerpt!.startsWith('…')).toBe(true);
	});

	test('the questions span exactly the words of their anchor text', () => {
		expect(english.questions).toEqual([{ start: 2, end: 16 }]);
		expect(english.words[english.questions[0]!.end]).toBe('Never');
	});

	test('Japanese words, indexed without spaces, are joined without them', () => {
		const japanese = page(
			'投稿|を|消す',
			'誤爆|した|投稿|、|消し|て|いい|？',
			'投稿|を|消さ|ない|。|訂正|を|追記|し|ます|。',
			'',
		);
		const found = [{ location: japanese.words.indexOf('誤爆'), balanced_score: 5 }];
		expect(answerExcerpt(japanese, japanese.section, found, 5)).toBe('投稿を消さない。…');
	});

	test('a section without readers’ questions keeps the excerpt Pagefind made', () => {
		const { words } = pageWords('Plain heading. Just text here.');
		const plain = { words, joiner: ' ', questions: [] };
		expect(answerExcerpt(plain, { start: 0, end: words.length }, [], 4)).toBeUndefined();
	});

	test('questions with nothing after them before the next heading keep Pagefind’s excerpt', () => {
		const bare = page('Heading', 'Only a question?', '');
		const excerpt = answerExcerpt(bare, { start: 0, end: bare.questions[0]!.end }, [], 4);
		expect(excerpt).toBeUndefined();
	});
});

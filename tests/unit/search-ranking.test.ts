import { describe, expect, test } from 'vitest';
import { markTerms } from '../../src/search/mark-terms.ts';
import {
	conceptWeights,
	fuseRankings,
	SCORE_FACTOR,
	withSectionBonus,
} from '../../src/search/rank-fusion.ts';

const pages = (...entries: [string, number][]) => entries.map(([id, score]) => ({ id, score }));

describe('withSectionBonus', () => {
	const lists = [
		{ concept: 0, pages: pages(['scattered', 0.5], ['focused', 0.5], ['other', 0.1]) },
		{ concept: 1, pages: pages(['scattered', 0.5], ['focused', 0.4]) },
	];

	test("the page whose one section holds the question's words comes before one that scatters them", () => {
		const merged = fuseRankings(lists, 10);
		expect(merged[0]!.id).toBe('scattered');
		const ranked = withSectionBonus(
			merged,
			new Map([
				['scattered', [new Set([0]), new Set([1])]],
				['focused', [new Set([0, 1]), new Set([0])]],
			]),
			conceptWeights(lists, 10),
		);
		expect(ranked.map((page) => page.id)).toEqual(['focused', 'scattered', 'other']);
	});

	test('a rare concept in the section counts more than a common one', () => {
		const weights = conceptWeights(lists, 10);
		expect(weights.get(1)).toBeGreaterThan(weights.get(0)!);
		expect(weights.get(0)).toBeCloseTo(Math.log(1 + 10 / 3));
	});

	test('pages it knows no sections of keep their score and order', () => {
		const merged = fuseRankings(lists, 10);
		expect(withSectionBonus(merged, new Map(), conceptWeights(lists, 10))).toEqual(merged);
	});
});

describe('fuseRankings', () => {
	test('puts a page that matches more of the question first', () => {
		const fused = fuseRankings(
			[
				{ concept: 0, pages: pages(['a', 0.6], ['b', 0.3]) },
				{ concept: 1, pages: pages(['b', 0.2], ['c', 0.8]) },
			],
			10,
		);
		expect(fused[0]).toMatchObject({ id: 'b', concepts: [0, 1] });
	});

	test('a rare word counts more than a word every page has', () => {
		const fused = fuseRankings(
			[
				{ concept: 0, pages: pages(['a', 0.5], ['b', 0.5], ['c', 0.5], ['d', 0.5]) },
				{ concept: 1, pages: pages(['d', 0.1]) },
			],
			4,
		);
		expect(fused[0]!.id).toBe('d');
		const common = fuseRankings([{ concept: 0, pages: pages(['x', 0.5], ['y', 0.5]) }], 2)[0]!;
		const rare = fuseRankings([{ concept: 0, pages: pages(['x', 0.5]) }], 2)[0]!;
		expect(rare.score).toBeGreaterThan(common.score);
	});

	test('among pages matching the same words, the one about the word ranks first', () => {
		const fused = fuseRankings(
			[{ concept: 0, pages: pages(['mentions', 0.03], ['about', 0.4]) }],
			10,
		);
		expect(fused.map((page) => page.id)).toEqual(['about', 'mentions']);
	});

	test("a page's score counts as Pagefind gave it, not relative to the search's best page", () => {
		// A word the handbook does not hold, which Pagefind matched by its first characters only:
		// its best page scores next to nothing, and stays next to nothing.
		const weak = fuseRankings([{ concept: 0, pages: pages(['first-characters', 0.0005]) }], 10);
		const strong = fuseRankings([{ concept: 0, pages: pages(['about', 0.5]) }], 10);
		expect(weak[0]!.score).toBeCloseTo(Math.log(1 + 10), 2);
		expect(strong[0]!.score).toBeCloseTo(Math.log(1 + 10) * (1 + SCORE_FACTOR * 0.5));
	});

	test('a concept counts through its most telling search: the term few pages hold', () => {
		// The reader's everyday word is on every page; the handbook's term for it on one.
		const lists = [
			{ concept: 0, pages: pages(['a', 0.3], ['b', 0.3], ['c', 0.3], ['term', 0.3]) },
			{ concept: 0, pages: pages(['term', 0.3]) },
		];
		const fused = fuseRankings(lists, 4);
		expect(fused[0]).toMatchObject({ id: 'term', concepts: [0] });
		expect(fused[0]!.score).toBeCloseTo(Math.log(1 + 4 / 1) * (1 + SCORE_FACTOR * 0.3));
		expect(fused[1]!.score).toBeCloseTo(Math.log(1 + 4 / 4) * (1 + SCORE_FACTOR * 0.3));
	});

	test('counts a concept once however many of its variants found the page', () => {
		const once = fuseRankings([{ concept: 0, pages: pages(['a', 0.4]) }], 5);
		const twice = fuseRankings(
			[
				{ concept: 0, pages: pages(['a', 0.4]) },
				{ concept: 0, pages: pages(['a', 0.4]) },
			],
			5,
		);
		expect(twice[0]!.score).toBeCloseTo(once[0]!.score);
		expect(twice[0]!.concepts).toEqual([0]);
	});
});

describe('markTerms', () => {
	test('marks the words of every search, in place of the marks Pagefind made', () => {
		expect(markTerms('<mark>炎上</mark>したら批判に答える', ['炎上', '批判'])).toBe(
			'<mark>炎上</mark>したら<mark>批判</mark>に答える',
		);
	});

	test("marks a compound verb's stem with the kana that end it as a word, never a particle", () => {
		expect(markTerms('問い合わせが来た。乗っ取りの前に', ['問い合', '乗っ取'])).toBe(
			'<mark>問い合わせ</mark>が来た。<mark>乗っ取り</mark>の前に',
		);
		expect(markTerms('乗っ取られた。炎上した', ['乗っ取', '炎上'])).toBe(
			'<mark>乗っ取</mark>られた。<mark>炎上</mark>した',
		);
	});

	test("drops Pagefind's marks on the grammar its prefix search matched", () => {
		expect(markTerms('<mark>って</mark>いた<mark>あっ</mark>た。乗っ取られた', ['乗っ取'])).toBe(
			'っていたあった。<mark>乗っ取</mark>られた',
		);
	});

	test('marks an English word in any form that shares its stem, never inside another word', () => {
		expect(markTerms('Followers and unfollowed accounts', ['follow'])).toBe(
			'<mark>Followers</mark> and unfollowed accounts',
		);
		expect(markTerms('the approval, approved by the approver', ['approves'])).toBe(
			'the <mark>approval</mark>, <mark>approved</mark> by the <mark>approver</mark>',
		);
	});

	test('marks a hyphenated word whole, and a word searched for never inside one', () => {
		expect(markTerms('part-time staff and a stand-in', ['part-timers', 'stand-in'])).toBe(
			'<mark>part-time</mark> staff and a <mark>stand-in</mark>',
		);
		expect(markTerms('part-time staff, on time', ['time'])).toBe(
			'part-time staff, on <mark>time</mark>',
		);
	});

	test('marks a possessive as its word, with either apostrophe', () => {
		expect(markTerms("a customer's photo and the customers’ photos", ['customer'])).toBe(
			"a <mark>customer's</mark> photo and the <mark>customers</mark>’ photos",
		);
	});

	test('marks a word of three letters or fewer only as it is or with a plural s', () => {
		expect(markTerms('Users added an ad, two ads and a US customer', ['us', 'ad', 'PR'])).toBe(
			'Users added an <mark>ad</mark>, two <mark>ads</mark> and a <mark>US</mark> customer',
		);
	});

	test('marks a Latin word in Japanese text as that word alone, not the Japanese around it', () => {
		expect(markTerms('広報とSNS担当を採用するなら', ['sns'])).toBe(
			'広報と<mark>SNS</mark>担当を採用するなら',
		);
	});

	test('marks a phrase only whole, in any case and with plural or possessive endings, never its words alone', () => {
		const words = ['"us head office"', 'approval'];
		expect(markTerms('Ask the US head office. Tell us. Head offices', words)).toBe(
			'Ask the <mark>US head office</mark>. Tell us. Head offices',
		);
		expect(markTerms('the US head office’s approval; US head-offices', words)).toBe(
			'the <mark>US head office’s</mark> <mark>approval</mark>; <mark>US head-offices</mark>',
		);
		expect(markTerms('focus head office', words)).toBe('focus head office');
	});

	test('keeps punctuation out of the marks', () => {
		expect(
			markTerms('the <mark>criticism,</mark> and <mark>「炎上」</mark><mark>。</mark>', [
				'criticize',
				'炎上',
			]),
		).toBe('the <mark>criticism</mark>, and 「<mark>炎上</mark>」。');
	});

	test('never marks a one-character stem or text inside an entity', () => {
		expect(markTerms('書類を書く &amp; 送る', ['書', 'amp'])).toBe('書類を書く &amp; 送る');
	});
});

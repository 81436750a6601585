import { describe, expect, test } from 'vitest';
import { guideFirst, pageFirst, pageNoHigherThan } from '../../src/search/answer-order.ts';
import type { QueryAnalysis } from '../../src/search/query/analyse-query.ts';
import { questionsAsText } from '../../src/markdown/chapter-questions.ts';
import {
	createSearchEngine,
	readableExcerpt,
	type Pagefind,
	type PagefindData,
	type PagefindResult,
	type SearchEngineOptions,
} from '../../src/search/search-engine.ts';

/** A section of a fake page; one that names the words it `holds` is found only by them. */
type FakeSection = PagefindData['sub_results'][number] & { holds?: string[] };

/**
 * A Pagefind stand-in: each page holds words; a query finds the pages holding all its words, with
 * their sections that hold any of them. As in Pagefind, a word no page holds is passed over.
 */
function fakePagefind(
	pages: Record<string, string[]>,
	sections: Record<string, FakeSection[]> = {},
) {
	const queries: string[] = [];
	const pagefind: Pagefind = {
		options: async () => {},
		init: async () => {},
		search: async (query, options) => {
			queries.push(query);
			const held = Object.values(pages).flat();
			const words = query.split(' ').filter((word) => held.includes(word));
			if (words.length === 0) return { results: [] };
			// Each page's title is its URL, and the `chapter` filter names it.
			const chapter = options?.filters?.chapter;
			const results: PagefindResult[] = Object.entries(pages)
				.filter(([url]) => chapter === undefined || url === chapter)
				.filter(([, held]) => words.every((word) => held.includes(word)))
				.map(([url, held]) => {
					const found = (sections[url] ?? []).filter(
						(section) => !section.holds || section.holds.some((word) => words.includes(word)),
					);
					return {
						id: url,
						score: words.reduce(
							(sum, word) => sum + held.filter((each) => each === word).length,
							0,
						),
						words: found.flatMap((section) => section.locations ?? []),
						data: async () => ({ url, excerpt: '', meta: { title: url }, sub_results: found }),
					};
				})
				.sort((a, b) => b.score - a.score);
			return { results };
		},
	};
	return { pagefind, queries };
}

/** An analyser that takes each space-separated word as a concept, with optional expansions. */
function analyser(expansions: Record<string, string[]> = {}) {
	return (query: string): QueryAnalysis => {
		const terms = query.split(' ');
		return {
			terms,
			concepts: terms.map((word) => ({
				words: [word],
				variants: [word, ...(expansions[word] ?? [])],
			})),
			incident: false,
			definition: false,
		};
	};
}

function engine(
	pages: Record<string, string[]>,
	expansions?: Record<string, string[]>,
	sections?: Record<string, FakeSection[]>,
	sectionScores?: SearchEngineOptions['sectionScores'],
) {
	const fake = fakePagefind(pages, sections);
	const search = createSearchEngine({
		pagefind: fake.pagefind,
		analyse: analyser(expansions),
		pageCount: Object.keys(pages).length,
		limit: 5,
		highlightUrl: (url) => url,
		sectionScores,
	});
	return { search, queries: fake.queries };
}

/** Word positions given out so far: each section's words stand at places of their own. */
let positions = 0;

/** A section whose words score `scores` (one per word found), found by the words it `holds`. */
function section(url: string, scores: number[], holds?: string[]): FakeSection {
	const locations = scores.map(() => positions++);
	return {
		title: url,
		url,
		excerpt: url,
		locations,
		weighted_locations: scores.map((balanced_score, index) => ({
			location: locations[index]!,
			balanced_score,
		})),
		...(holds && { holds }),
	};
}

describe('createSearchEngine', () => {
	test('says when the pages it counts hold only some of the words, and when all of them', async () => {
		const pages = {
			'/a/': ['press', 'release'],
			'/b/': ['press', 'release'],
			'/c/': ['press', 'release'],
			'/d/': ['press'],
			'/e/': ['calendar'],
		};
		// Three pages hold both words: those are counted, each with all of them.
		expect(await engine(pages).search('press release')).toMatchObject({
			total: 3,
			partial: false,
		});
		// No page holds both: each word is searched alone, and every page counted holds one.
		expect(await engine(pages).search('press calendar')).toMatchObject({
			total: 5,
			partial: true,
		});
	});

	test('a page with a section about the words ranks before one that says them more often, spread out', async () => {
		const pages = {
			'/spread/': ['personal', 'account', 'personal', 'account', 'personal'],
			'/about/': ['personal', 'account'],
			'/other/': ['personal', 'account'],
		};
		const order = async (sectionScores?: SearchEngineOptions['sectionScores']) =>
			(
				await engine(pages, undefined, undefined, sectionScores).search('personal account')
			).pages.map((page) => page.url);
		expect(await order()).toEqual(['/spread/', '/about/', '/other/']);
		// The section index: /about/ has the section that is about both words.
		const best = new Map([
			['/about/', 60],
			['/spread/', 10],
			['/other/', 5],
		]);
		expect(await order(async () => best)).toEqual(['/about/', '/spread/', '/other/']);
	});

	test("a page's sections come with the one where the question's words weigh most first", async () => {
		const { search } = engine({ '/a/': ['follower', 'buy'] }, undefined, {
			// Many plain mentions, against a reader's question (weighted) in the section that answers.
			'/a/': [section('/a/#mentions', [1, 1, 1]), section('/a/#answer', [5, 5])],
		});
		const [page] = (await search('buy follower')).pages;
		expect(page!.sections.map((hit) => hit.url)).toEqual(['/a/#answer', '/a/#mentions']);
	});

	test("a page's first section is the one with the question's rarest words, not the most of its common ones", async () => {
		const common = ['policy', 'deadline'];
		const { search } = engine(
			{ '/a/': [...common, 'stealth'], '/b/': common, '/c/': common, '/d/': common },
			undefined,
			{ '/a/': [section('/a/#common', [5, 5], common), section('/a/#rare', [1], ['stealth'])] },
		);
		const { pages } = await search('policy deadline stealth');
		expect(pages[0]!.url).toBe('/a/');
		expect(pages[0]!.sections.map((hit) => hit.url)).toEqual(['/a/#rare', '/a/#common']);
	});

	test('with enough pages holding all the words, a page still leads with the section holding the rarest', async () => {
		const sections = [
			section('/a/#common', [5, 5], ['policy']),
			section('/a/#rare', [1], ['stealth']),
		];
		const { search } = engine(
			{
				'/a/': ['policy', 'policy', 'stealth'],
				'/b/': ['policy', 'stealth'],
				'/c/': ['policy', 'stealth'],
				'/d/': ['policy'],
				'/e/': ['policy'],
			},
			undefined,
			{ '/a/': sections },
		);
		const { pages } = await search('policy stealth');
		expect(pages.map((page) => page.url)).toEqual(['/a/', '/b/', '/c/']);
		expect(pages[0]!.sections.map((hit) => hit.url)).toEqual(['/a/#rare', '/a/#common']);
	});

	test('a question whose words no page holds together still finds the pages holding some', async () => {
		const { search } = engine({
			'/a/': ['press', 'release'],
			'/b/': ['press'],
			'/c/': ['measure'],
		});
		const outcome = await search('press measure');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/c/', '/a/', '/b/']);
	});

	test('the page about one of the words comes second when it lacks another of them', async () => {
		const { search } = engine({
			'/training/': ['training', 'training', 'training'],
			'/a/': ['training', 'required'],
			'/b/': ['training', 'required'],
			'/c/': ['training', 'required'],
		});
		const outcome = await search('training required');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/a/', '/training/', '/b/', '/c/']);
	});

	test('two pages about one of the words both come after the first answer', async () => {
		const { search } = engine({
			'/guide/': ['crisis', 'crisis', 'crisis'],
			'/chapter/': ['crisis', 'crisis', 'crisis'],
			'/a/': ['crisis', 'checklist'],
			'/b/': ['crisis', 'checklist'],
			'/c/': ['crisis', 'checklist'],
		});
		const outcome = await search('crisis checklist');
		expect(outcome.pages.map((page) => page.url)).toEqual([
			'/a/',
			'/guide/',
			'/chapter/',
			'/b/',
			'/c/',
		]);
	});

	test('the page about one of the words comes first when it holds them all', async () => {
		const { search } = engine({
			'/measure/': ['paid', 'paid', 'paid', 'paid', 'ads', 'ads', 'ads', 'ads', 'approval'],
			'/approvals/': ['approval', 'approval', 'approval', 'approval', 'approval', 'paid', 'ads'],
			'/c/': ['paid', 'ads', 'approval'],
			// Others say "paid" and "ads" as often: no page is about them.
			'/glossary/': ['paid', 'paid', 'paid', 'paid', 'ads', 'ads', 'ads', 'ads'],
			'/costs/': ['paid', 'paid', 'paid', 'ads', 'ads', 'ads'],
		});
		const outcome = await search('approval paid ads');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/approvals/', '/measure/', '/c/']);
	});

	test('a page that says a word no more than others is not taken to be about it', async () => {
		const { search } = engine({
			'/mentions/': ['training'],
			'/a/': ['training', 'required'],
			'/b/': ['training', 'required'],
			'/c/': ['training', 'required'],
		});
		const outcome = await search('training required');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/a/', '/b/', '/c/']);
	});

	test('a compound no page holds is searched again as the words it was joined from', async () => {
		const { search, queries } = engine({
			'/approvals/': ['課長', '承認'],
			'/other/': ['毎日'],
		});
		const outcome = await search('毎回課長 承認');
		expect(queries).toContain('課長');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/approvals/']);
		expect(outcome.analysis.concepts.map((concept) => concept.words)).toEqual([
			['毎回'],
			['課長'],
			['承認'],
		]);
	});

	test('a compound no page holds is searched as its words even when the other words find enough', async () => {
		// Pagefind passes over 毎回課長, so the search for all the words finds every page with 承認.
		const { search } = engine(
			{
				'/a/': ['承認', '承認'],
				'/b/': ['承認', '承認'],
				'/c/': ['承認', '承認'],
				'/approvals/': ['上長', '承認'],
			},
			{ 課長: ['上長'] },
		);
		const outcome = await search('毎回課長 承認');
		expect(outcome.pages[0]?.url).toBe('/approvals/');
		expect(outcome.analysis.concepts.map((concept) => concept.variants)).toEqual([
			['毎回'],
			['課長', '上長'],
			['承認'],
		]);
	});

	test('a word made stronger by a prefix, held by no page, is searched as the word itself', async () => {
		const { search } = engine({ '/spread/': ['拡散'], '/other/': ['投稿'] });
		const outcome = await search('超拡散');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/spread/']);
		expect(outcome.analysis.concepts.map((concept) => concept.words)).toEqual([['拡散']]);
	});

	test('a compound that several pages hold is searched as it is', async () => {
		const { search, queries } = engine({
			'/a/': ['個人情報'],
			'/b/': ['個人情報'],
			'/c/': ['個人情報'],
			'/d/': ['個人'],
		});
		await search('個人情報');
		expect(queries).not.toContain('個人');
	});

	test('a compound that only a page or two hold is also found through its words', async () => {
		const { search } = engine({
			'/mention/': ['取材依頼'],
			'/press/': ['取材', '取材', '依頼'],
			'/other/': ['毎日'],
		});
		const outcome = await search('取材依頼');
		expect(outcome.pages.map((page) => page.url)).toEqual(['/press/', '/mention/']);
		expect(outcome.analysis.concepts).toHaveLength(1);
	});

	test("loads one page's data for its searches one after another, never two at once", async () => {
		// Pagefind 1.6 gives a page's results from two searches, loaded at the same time, both the
		// sections of the last one to load.
		const { pagefind } = fakePagefind({ '/a/': ['hacked', 'takeover', 'login'], '/b/': ['login'] });
		let loading = 0;
		let most = 0;
		const search = createSearchEngine({
			pagefind: {
				...pagefind,
				search: async (query) => {
					const found = await pagefind.search(query);
					return {
						results: (found?.results ?? []).map((result) => ({
							...result,
							data: async () => {
								most = Math.max(most, ++loading);
								await new Promise((done) => setTimeout(done, 5));
								loading -= 1;
								return result.data();
							},
						})),
					};
				},
			},
			analyse: analyser({ hacked: ['takeover'] }),
			pageCount: 2,
			limit: 1,
			highlightUrl: (url) => url,
		});
		const { pages } = await search('hacked login');
		expect(pages[0]!.url).toBe('/a/');
		expect(most).toBe(1);
	});

	test('runs each distinct query once per question', async () => {
		const { search, queries } = engine(
			{ '/a/': ['hacked', 'takeover'], '/b/': ['takeover'] },
			{ hacked: ['takeover'], stolen: ['takeover'] },
		);
		await search('hacked stolen');
		expect(queries.filter((query) => query === 'takeover')).toHaveLength(1);
		expect(new Set(queries).size).toBe(queries.length);
	});

	test('a phrase term is marked whole: it goes to the marking with the quotes that make it one', async () => {
		const marked: string[][] = [];
		const fake = fakePagefind({ '/a/': ['livestream', 'demo'], '/b/': ['demo'] });
		const search = createSearchEngine({
			pagefind: fake.pagefind,
			analyse: analyser({ livestream: ['"live stream"'] }),
			pageCount: 2,
			limit: 5,
			highlightUrl: (url, words) => (marked.push([...words]), url),
		});
		await search('livestream demo');
		expect(marked.length).toBeGreaterThan(0);
		expect(marked[0]).toEqual(expect.arrayContaining(['"live stream"', 'livestream']));
		expect(marked.flat()).not.toContain('live');
	});

	describe('asked for more than the first pages', () => {
		/** Eight pages holding "post" (page n n times), two of them "delete" as well. */
		const pages = Object.fromEntries(
			Array.from({ length: 8 }, (_, n) => [
				`/p${n + 1}/`,
				[...Array(n + 1).fill('post'), ...(n < 2 ? ['delete'] : [])],
			]),
		);

		test.each([
			['all the words together', 'post'],
			['each word alone, merged', 'delete post'],
		])('through %s: the first pages stay as they were, the rest follow', async (_, query) => {
			const { search } = engine(pages);
			const first = await search(query);
			const more = await search(query, 50);
			expect(first.pages).toHaveLength(5);
			expect(more.pages.slice(0, 5).map((page) => page.url)).toEqual(
				first.pages.map((page) => page.url),
			);
			expect(more.pages).toHaveLength(more.total);
			expect(new Set(more.pages.map((page) => page.url)).size).toBe(8);
		});
	});

	test('each word a result opens with marked is named once, though a term of several words repeats it', async () => {
		const marked: string[][] = [];
		const fake = fakePagefind({ '/a/': ['brand', 'account'] });
		const search = createSearchEngine({
			pagefind: fake.pagefind,
			analyse: analyser({ brand: ['brand account'] }),
			pageCount: 1,
			limit: 5,
			highlightUrl: (url, words) => (marked.push([...words]), url),
		});
		await search('brand');
		expect(marked[0]).toEqual(['brand', 'account']);
	});

	describe('an English word no page holds', () => {
		/**
		 * Pagefind's answer to a word its index lacks: the pages with words that begin like it,
		 * scored next to nothing; quoted, the word finds only the pages that hold it.
		 */
		function prefixFallback(pages: Record<string, string[]>, scoreOfLacking: number) {
			const { pagefind, queries } = fakePagefind(pages);
			const held = new Set(Object.values(pages).flat());
			const fallback: Pagefind = {
				...pagefind,
				search: async (query, options) => {
					const word = query.replaceAll('"', '');
					if (held.has(word) || query.includes(' ')) return pagefind.search(query, options);
					queries.push(query);
					if (query.startsWith('"')) return { results: [] };
					const results = Object.keys(pages)
						.filter((url) => pages[url]!.some((each) => each.startsWith(word.slice(0, 2))))
						.map((url) => ({
							id: url,
							score: scoreOfLacking,
							data: async () => ({ url, excerpt: '', meta: { title: url }, sub_results: [] }),
						}));
					return { results };
				},
			};
			return { pagefind: fallback, queries };
		}

		const pages = {
			'/review/': ['review', 'review', 'crisis'],
			'/retail/': ['retail', 'shop'],
			'/returns/': ['returns', 'shop'],
		};

		function fallbackEngine(scoreOfLacking: number) {
			const { pagefind, queries } = prefixFallback(pages, scoreOfLacking);
			const search = createSearchEngine({
				pagefind,
				analyse: analyser(),
				pageCount: 3,
				limit: 5,
				highlightUrl: (url) => url,
			});
			return { search, queries };
		}

		test('counts as found nowhere, so that pages sharing only its first letters do not rank', async () => {
			const { search } = fallbackEngine(0.001);
			const outcome = await search('crisis retrospective');
			expect(outcome.pages.map((page) => page.url)).toEqual(['/review/']);
		});

		test('is asked for exactly only when every page it found scored next to nothing', async () => {
			const { search, queries } = fallbackEngine(0.5);
			const outcome = await search('crisis retrospective');
			expect(queries).not.toContain('"retrospective"');
			expect(outcome.pages.map((page) => page.url)).toContain('/retail/');
		});
	});

	/**
	 * An engine given one of the word lists it loads when a question needs it (`words` or
	 * `katakanaWords`), which counts how often it was loaded.
	 */
	function engineWithList(
		pages: Record<string, string[]>,
		list: 'words' | 'katakanaWords',
		words: readonly string[] | undefined,
	) {
		const fake = fakePagefind(pages);
		let loaded = 0;
		const search = createSearchEngine({
			pagefind: fake.pagefind,
			analyse: analyser(),
			pageCount: Object.keys(pages).length,
			limit: 5,
			highlightUrl: (url) => url,
			[list]: words && (async () => (loaded++, words)),
		});
		return { search, queries: fake.queries, loads: () => loaded };
	}

	describe('a mistyped word', () => {
		// Without the mistyped word, the page that says "manager" most comes first.
		const pages = { '/security/': ['password', 'manager'], '/press/': ['manager', 'manager'] };
		const spellingEngine = (words: readonly string[] | undefined) =>
			engineWithList(pages, 'words', words);

		test('is searched as the handbook word it most likely meant, and says so', async () => {
			const { search } = spellingEngine(['manager', 'password']);
			const outcome = await search('pasword manager');
			expect(outcome.pages[0]!.url).toBe('/security/');
			expect(outcome.corrected).toEqual([{ typed: 'pasword', meant: 'password' }]);
			expect(outcome.analysis.concepts[0]!.words).toEqual(['password']);
		});

		test("loads the handbook's words only for a question with a word no page holds, once", async () => {
			const { search, loads } = spellingEngine(['manager', 'password']);
			await search('password manager');
			expect(loads()).toBe(0);
			await search('pasword manager');
			await search('pasword');
			expect(loads()).toBe(1);
		});

		test('stays as typed without the handbook words', async () => {
			const { search } = spellingEngine(undefined);
			const outcome = await search('pasword manager');
			expect(outcome.corrected).toEqual([]);
			expect(outcome.pages.map((page) => page.url)).toEqual(['/press/', '/security/']);
		});
	});

	describe('a loanword typed in hiragana', () => {
		const pages = { '/law/': ['インフルエンサー', '契約'], '/ai/': ['契約'] };

		const kanaEngine = () =>
			engineWithList(pages, 'katakanaWords', ['インフルエンサー', 'アカウント']);

		test('is searched as the handbook writes it, in katakana, and says so', async () => {
			const { search, queries } = kanaEngine();
			const outcome = await search('いんふるえんさー 契約');
			expect(outcome.pages[0]!.url).toBe('/law/');
			expect(queries).toContain('インフルエンサー 契約');
			expect(outcome.corrected).toEqual([{ typed: 'いんふるえんさー', meant: 'インフルエンサー' }]);
		});

		test("loads the handbook's katakana words once, and only for a question with hiragana", async () => {
			const { search, loads } = kanaEngine();
			await search('契約');
			expect(loads()).toBe(0);
			await search('いんふるえんさー 契約');
			await search('あかうんと');
			expect(loads()).toBe(1);
		});
	});

	test('reads kanji words in a question typed in hiragana, or in a word alone between spaces, loading their readings once', async () => {
		const fake = fakePagefind({ '/law/': ['写真', '契約'], '/ai/': ['契約'] });
		let loaded = 0;
		const search = createSearchEngine({
			pagefind: fake.pagefind,
			analyse: analyser(),
			pageCount: 2,
			limit: 5,
			highlightUrl: (url) => url,
			kanjiReadings: async () => (loaded++, { しゃしん: '写真' }),
		});
		// Hiragana after kanji, in one word: its endings and particles, read as typed.
		await search('契約のしゃしん');
		expect(loaded).toBe(0);
		const outcome = await search('しゃしん のせたい');
		const mixed = await search('契約 しゃしん');
		expect(loaded).toBe(1);
		expect(outcome.pages[0]!.url).toBe('/law/');
		expect(outcome.corrected).toEqual([{ typed: 'しゃしん', meant: '写真' }]);
		expect(mixed.corrected).toEqual([{ typed: 'しゃしん', meant: '写真' }]);
	});

	test('asks again for a new question rather than reusing an earlier answer', async () => {
		const { search, queries } = engine({ '/a/': ['press'] });
		await search('press');
		await search('press');
		expect(queries.filter((query) => query === 'press')).toHaveLength(2);
	});
});

describe('a question that asks what a word means', () => {
	const pages = {
		'/a/': ['ugc', 'ugc', 'ugc'],
		'/b/': ['ugc', 'ugc', 'ugc'],
		'/c/': ['ugc', 'ugc'],
		'/d/': ['ugc', 'ugc'],
		'/e/': ['ugc', 'ugc'],
		'/f/': ['ugc', 'ugc'],
		'/glossary/': ['ugc'],
	};
	const sections = {
		'/glossary/': [
			section('/glossary/#reach', [3], ['ugc']),
			section('/glossary/#ugc', [1], ['ugc']),
		],
	};
	function definitionEngine(definition: boolean, defined: string | undefined) {
		const fake = fakePagefind(pages, sections);
		return createSearchEngine({
			pagefind: fake.pagefind,
			analyse: (query) => ({
				terms: [query],
				concepts: [{ words: [query], variants: [query] }],
				incident: false,
				definition,
				defined,
			}),
			pageCount: Object.keys(pages).length,
			limit: 5,
			highlightUrl: (url) => url,
			glossary: { path: '/glossary/', title: '/glossary/' },
		});
	}

	test("lists the glossary, opened at the word's entry, though the word's search ranked it low", async () => {
		const { pages: found } = await definitionEngine(true, 'ugc')('ugc');
		expect(found).toHaveLength(5);
		const glossary = found.find((page) => page.url === '/glossary/');
		expect(glossary?.sections.map((hit) => hit.url)).toEqual([
			'/glossary/#ugc',
			'/glossary/#reach',
		]);
	});

	test('other questions leave the glossary where its score puts it', async () => {
		const { pages: found } = await definitionEngine(false, undefined)('ugc');
		expect(found.map((page) => page.url)).not.toContain('/glossary/');
	});

	test('nor does asking about a word the glossary has no entry for bring it up', async () => {
		const { pages: found } = await definitionEngine(true, undefined)('ugc');
		expect(found.map((page) => page.url)).not.toContain('/glossary/');
	});
});

describe('answer order', () => {
	const pages = ['a', 'glossary', 'b', 'c'];
	const isGlossary = (page: string) => page === 'glossary';

	test('moves a reference page that ranked high down to the given place', () => {
		expect(pageNoHigherThan(pages, isGlossary, 2)).toEqual(['a', 'b', 'glossary', 'c']);
	});

	test('leaves a reference page that already stands low where it is', () => {
		expect(pageNoHigherThan(pages, isGlossary, 1)).toEqual(pages);
		expect(pageNoHigherThan(['a', 'b'], isGlossary, 0)).toEqual(['a', 'b']);
	});

	test('puts the page a question calls for first', () => {
		expect(pageFirst(pages, isGlossary)).toEqual(['glossary', 'a', 'b', 'c']);
	});

	test('puts the crisis guide first for an incident, second after the page about what is asked of it', () => {
		type Page = { url: string; aboutCalmWord?: boolean };
		const guide: Page = { url: 'guide' };
		const contacts: Page = { url: 'contacts', aboutCalmWord: true };
		const other: Page = { url: 'other' };
		expect(guideFirst([other, contacts], guide)).toEqual([guide, other, contacts]);
		expect(guideFirst([contacts, other], guide)).toEqual([contacts, guide, other]);
		expect(guideFirst([], guide)).toEqual([guide]);
	});
});

describe('incident questions', () => {
	const pages = {
		'/contacts/': ['backlash', 'call', 'call', 'call', 'call'],
		'/crisis/': ['backlash', 'backlash', 'backlash', 'backlash', 'call'],
		'/culture/': ['backlash', 'call'],
		'/other/': ['backlash', 'call'],
	};
	function incidentEngine() {
		const fake = fakePagefind(pages);
		return createSearchEngine({
			pagefind: fake.pagefind,
			analyse: (query) => ({
				...analyser()(query),
				incident: true,
				incidentConcepts: query
					.split(' ')
					.flatMap((word, index) => (word === 'backlash' ? [index] : [])),
			}),
			pageCount: Object.keys(pages).length,
			limit: 5,
			highlightUrl: (url) => url,
		});
	}

	test('mark the page about what the question asks, beside the incident, and only that page', async () => {
		const { pages: found } = await incidentEngine()('backlash call');
		const about = found.filter((page) => page.aboutCalmWord).map((page) => page.url);
		// The contact sheet leads the search for "call"; the crisis chapter leads "backlash", the
		// incident itself, and so is not marked.
		expect(about).toEqual(['/contacts/']);
	});
});

describe('excerpts read as text', () => {
	test("Pagefind's block ends read as a Japanese full stop, and never open an excerpt", () => {
		expect(readableExcerpt('…登録しちゃ<mark>った</mark>. 回復用の')).toBe(
			'…登録しちゃ<mark>った</mark>。回復用の',
		);
		expect(readableExcerpt('. 新しいアカウント')).toBe('新しいアカウント');
		expect(readableExcerpt('…. 新しい')).toBe('…新しい');
	});

	test('English full stops and decimal points stay as they are', () => {
		expect(readableExcerpt('Reach. Impressions are counted in v1.2')).toBe(
			'Reach. Impressions are counted in v1.2',
		);
	});

	test("a chapter's questions end as questions, so they do not run together", () => {
		expect(questionsAsText(['消していい', 'Can I delete it', 'もう遅い？', 'Too late?'])).toBe(
			'消していい？\nCan I delete it?\nもう遅い？\nToo late?',
		);
	});
});

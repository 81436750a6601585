/**
 * Answers a question with Pagefind in the browser: writes words typed in hiragana as the handbook
 * does (`hiragana-reading.ts`), reads the question (`analyseQuery`), searches
 * all its words together, and when that offers fewer than {@link ENOUGH_PAGES} pages, or the
 * thesaurus has other words for the question's, searches each concept on its own, merges the
 * lists (`fuseRankings`) and ranks the first pages again by their best section
 * (`withSectionBonus`). Each page comes with its best-matching sections.
 */
import type { Concept, QueryAnalysis } from './query/analyse-query.ts';
import { looserWords } from './query/query-terms.ts';
import {
	conceptWeights,
	fuseRankings,
	withSectionBonus,
	type ConceptResults,
} from './rank-fusion.ts';
import { EXCERPT_WORDS, SUMMARY_ANCHOR } from './page-index.ts';
import { markTerms } from './mark-terms.ts';
import { meantWord } from './spelling/meant-word.ts';
import {
	createHiraganaReader,
	mayHoldUnconverted,
	mayNeedKanji,
	type HiraganaReading,
} from './query/hiragana-reading.ts';
import {
	answerExcerpt,
	pageWords,
	questionSpans,
	type FoundWord,
	type PageAnchor,
} from './answer-excerpt.ts';

/** The parts of Pagefind's browser API used here. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Where on the page the words searched for stand (word positions, as in `locations`). */
	words?: number[];
	data(): Promise<PagefindData>;
}

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** The heading the section starts at; none for the page's opening. */
	anchor?: PageAnchor;
	locations?: number[];
	/** Each matching word with its score, which counts the weight of the element it stands in. */
	weighted_locations?: FoundWord[];
}

export interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
	/** The page's indexed text, escaped, its words as the locations count them. */
	raw_content?: string;
	/** The page's elements with an id, each with its word position. */
	anchors?: PageAnchor[];
}

/** Fewer pages than this from all the words together, and each concept is searched alone. */
export const ENOUGH_PAGES = 3;
/**
 * A page is *about* a word when it comes first in that word's own search by this factor over the
 * next page, with at least {@link ABOUT_SCORE}: the word is in its title, headings or reader
 * questions, not in a passing mention. Two pages can be about one word (the crisis guide and the
 * crisis chapter): the first two, each by this factor over the third. Chosen on the 520 tuning
 * questions, where factors of 1 to 10 and scores of 0.3 to 1 do the same.
 */
export const ABOUT_MARGIN = 2;
export const ABOUT_SCORE = 0.5;
/** Where a page about one of the words goes when the search for all of them left it out. */
export const ABOUT_POSITION = 1;
/**
 * A one-word English search whose best page scores below this may have found only Pagefind's
 * stand-in for a word no page holds: the words that share its first letters ("retrospective" →
 * "retro…", "aligned" → "al…"), each scored up to a few hundredths. The exact search then tells
 * (see `pagesHolding`): a word the handbook holds, however rarely, is kept. Chosen on the 1240
 * tuning questions, where 0.005 to 0.1 do about the same.
 */
export const FALLBACK_SCORE = 0.05;
/** Sections shown under one page. */
export const SECTIONS_PER_PAGE = 3;

/** A section of a page that answers the question. */
export interface SectionHit {
	title: string;
	url: string;
	/** Escaped text with `<mark>` around the words searched for. */
	excerpt: string;
}

/** A section of a page that the question's searches found. */
interface SectionMatch {
	hit: SectionHit;
	/** The concepts of the searches that found it. */
	concepts: Set<number>;
	/** How much the words found in it weigh (Pagefind's balanced scores, summed). */
	score: number;
	/** Where the words found in it stand on the page. */
	locations: number[];
	/** The words found in it, with their scores. */
	found: FoundWord[];
	/** The word position where it starts. */
	start: number;
}

/** Where on a page the words of one concept stand, from that concept's own search. */
interface ConceptWords {
	concept: number;
	words: ReadonlySet<number>;
}

/** A page's data and the sections of it that the question's searches found. */
interface PageSections {
	data: PagefindData;
	sections: SectionMatch[];
}

/** A page that answers the question. */
export interface PageHit {
	url: string;
	title: string;
	description: string;
	ownerContact: string | undefined;
	ownerName: string | undefined;
	sections: SectionHit[];
	/** The concepts (indexes into the analysis) the page matched. */
	concepts: number[];
	/**
	 * Whether the page is about one of the question's words that names no incident: it leads that
	 * word's own search (see {@link ABOUT_MARGIN}), as the contact sheet does for "who do I call"
	 * in 「夜中に炎上 誰に連絡」.
	 */
	aboutCalmWord?: boolean;
}

export interface SearchOutcome {
	analysis: QueryAnalysis;
	pages: PageHit[];
	/** How many pages matched in all, before only the first were described. */
	total: number;
	/**
	 * Whether some of the pages counted in `total` hold only some of the question's words: the
	 * search for all of them found too little, and each word was searched alone.
	 */
	partial: boolean;
	/** The mistyped words searched as the handbook words they were read as. */
	corrected: readonly Correction[];
}

/**
 * A word no page holds, searched as the handbook word it most likely meant; or a word typed in
 * hiragana, searched as the handbook writes it.
 */
export interface Correction {
	typed: string;
	meant: string;
}

export interface SearchEngineOptions {
	pagefind: Pagefind;
	analyse: (query: string) => QueryAnalysis;
	/** Pages in this language's index (N in the fusion formula). */
	pageCount: number;
	/** How many pages to describe. */
	limit: number;
	/** Adds the words to highlight on the page a result opens. */
	highlightUrl: (url: string, words: readonly string[]) => string;
	/**
	 * The glossary chapter: its path, and its title as the index files it under the `chapter`
	 * filter. A question that asks what one of the glossary's terms means always lists it.
	 */
	glossary?: { path: string; title: string } | undefined;
	/**
	 * The handbook's English words, most used first, for reading a mistyped word (`meantWord`);
	 * asked for only when a question has a word no page holds. Without it, no word is corrected.
	 */
	words?: (() => Promise<readonly string[]>) | undefined;
	/**
	 * The handbook's katakana words, for reading a loanword typed in hiragana (いんふるえんさー →
	 * インフルエンサー, `hiragana-reading.ts`); asked for when a question first has a run of
	 * hiragana long enough to be one. Without it, hiragana is read as typed.
	 */
	katakanaWords?: (() => Promise<readonly string[]>) | undefined;
	/**
	 * The readings of the handbook's kanji nouns (しゃしん → 写真), for a question typed wholly in
	 * hiragana or with a word of hiragana alone between spaces; asked for when such a question
	 * first comes.
	 */
	kanjiReadings?: (() => Promise<Readonly<Record<string, string>>>) | undefined;
	/**
	 * How many words an excerpt drawn from a section's answer holds, as Pagefind's own (default: an
	 * English excerpt's).
	 */
	excerptWords?: number | undefined;
	/**
	 * The section index's answer to a search: each page's best section's score, by the page's id.
	 * Without it, pages rank by their own scores alone.
	 */
	sectionScores?: ((query: string) => Promise<ReadonlyMap<string, number>>) | undefined;
}

/**
 * How much a page's best section counts beside the page itself, when search has the section index.
 * A handbook has few chapters, and each says most of its common words (個人, account, executives):
 * among them a word's rarity tells little, and Pagefind scores every chapter that says it much
 * alike. Among hundreds of sections it tells which one is about the word. Half and half: chosen
 * on the 2200 tuned-on questions, where it put 12 more answers in the top three than the pages
 * alone (+19, −7) and 8 more first. A share of 0.3 or 0.4 put 5 or 4 fewer in the top three than
 * 0.5 and 8 or 5 more first; 0.8 put fewer of both; each search's sections scaled to its best page
 * instead of by {@link SECTION_SCALE}, 8 fewer in the top three and 16 fewer first.
 */
export const SECTION_SHARE = 0.5;
/**
 * Sections score about ten times their pages (a word is a far larger share of a section), so a
 * section's score is brought to its page's scale before the two are mixed.
 */
export const SECTION_SCALE = 0.1;

/**
 * A search's pages ranked again with their best sections:
 * score = (1 − share) × page's score + share × scale × best section's score. A page none of
 * whose sections the section index found keeps its own part alone.
 */
export function withSectionScores(
	results: readonly PagefindResult[],
	best: ReadonlyMap<string, number>,
): PagefindResult[] {
	return results
		.map((result) => ({
			...result,
			score:
				(1 - SECTION_SHARE) * result.score +
				SECTION_SHARE * SECTION_SCALE * (best.get(result.id) ?? 0),
		}))
		.sort((a, b) => b.score - a.score);
}

/** One English word (or number), as one search of a concept may be. */
const ONE_LATIN_WORD = /^[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'-]*$/u;

/** Removes the query string Pagefind added (its own highlight parameter) from a result URL. */
function withoutQuery(url: string): string {
	return url.replace(/\?[^#]*/, '');
}

/**
 * Pagefind's excerpt made readable: Pagefind ends each heading and block without a full stop with
 * ". ", which in Japanese text reads as 「。」, and an excerpt may start on that mark.
 */
export function readableExcerpt(excerpt: string): string {
	const japanese = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー」』）]';
	return excerpt
		.replace(/^(…?)\. /, '$1')
		.replace(new RegExp(`(?<=${japanese}(?:</mark>)?)\\. ?`, 'gu'), '。');
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Creates the search function the dialog calls for every question. */
export function createSearchEngine(options: SearchEngineOptions) {
	const { pagefind, analyse, pageCount, limit } = options;
	/** The handbook's words, loaded once, when a question first has a word no page holds. */
	let handbookWords: Promise<readonly string[]> | undefined;
	/** The handbook's katakana words and kanji readings, each loaded once, when first needed. */
	let katakanaWords: Promise<readonly string[]> | undefined;
	let kanjiReadings: Promise<Readonly<Record<string, string>> | undefined> | undefined;
	/** The reader made from them, made again once the kanji readings have come. */
	let hiraganaReader: { kanji: unknown; read: (query: string) => HiraganaReading } | undefined;

	/** The question with its words typed in hiragana written as the handbook writes them. */
	async function readHiragana(query: string): Promise<HiraganaReading> {
		if (!mayHoldUnconverted(query)) return { query, read: [] };
		katakanaWords ??= (options.katakanaWords?.() ?? Promise.resolve([])).catch(() => []);
		if (mayNeedKanji(query) && options.kanjiReadings)
			kanjiReadings ??= options.kanjiReadings().catch(() => undefined);
		const spellings = { katakana: await katakanaWords, kanji: await kanjiReadings };
		if (!hiraganaReader || hiraganaReader.kanji !== spellings.kanji)
			hiraganaReader = { kanji: spellings.kanji, read: createHiraganaReader(spellings) };
		return hiraganaReader.read(query);
	}

	/**
	 * A search function for one question: a question often searches the same words twice (all its
	 * words are one concept, or two concepts share a handbook term), and each query runs once.
	 */
	function searcher(): (query: string) => Promise<PagefindResult[]> {
		const asked = new Map<string, Promise<PagefindResult[]>>();
		return (query) => {
			let results = asked.get(query);
			if (!results) asked.set(query, (results = pagesHolding(query)));
			return results;
		};
	}

	/**
	 * The pages a search finds; none for an English word that no page holds, which Pagefind would
	 * answer with other words that begin like it (see {@link FALLBACK_SCORE}). Such matches gave a
	 * page the question's word it lacks, and put it before the page that has the question's other
	 * words. The exact search ("word" in quotes: the same word, any ending) tells a word the
	 * handbook holds, rarely, from one it lacks.
	 */
	async function pagesHolding(query: string): Promise<PagefindResult[]> {
		const [found, best] = await Promise.all([
			pagefind.search(query),
			options.sectionScores?.(query),
		]);
		const results = best ? withSectionScores(found?.results ?? [], best) : (found?.results ?? []);
		if (
			results.length === 0 ||
			!ONE_LATIN_WORD.test(query) ||
			results.some((result) => result.score >= FALLBACK_SCORE)
		)
			return results;
		const exact = (await pagefind.search(`"${query}"`))?.results ?? [];
		return exact.length > 0 ? results : [];
	}

	/**
	 * A page's sections that the question's searches found, each with the concepts of the searches
	 * that found it (`found`: every search that found the page, with the concepts it searched for)
	 * and the weight of its words; the first search to find a section gives its excerpt. `held`
	 * adds the concepts whose words stand in a section, from where each concept's own search found
	 * them on the page: no further data to load.
	 */
	async function sectionsOf(
		found: readonly { result: PagefindResult; concepts: readonly number[] }[],
		held: readonly ConceptWords[] = [],
	): Promise<PageSections> {
		const sections = new Map<string, SectionMatch>();
		let first: PagefindData | undefined;
		// One search's data after another: Pagefind 1.6 gives two searches' results for one page,
		// loaded at the same time, both the sections of the last one to load.
		for (const { result, concepts } of found) {
			const data = await dataOf(result);
			first ??= data;
			for (const sub of data.sub_results) {
				if (!sub.locations?.length) continue;
				// The hidden summary (description and keywords) is for ranking, never an excerpt.
				if (sub.url.endsWith(`#${SUMMARY_ANCHOR}`)) continue;
				const score = sub.weighted_locations
					? sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0)
					: sub.locations.length;
				const url = withoutQuery(sub.url);
				const known = sections.get(url) ?? {
					hit: { title: sub.title, url, excerpt: sub.excerpt },
					concepts: new Set<number>(),
					score: 0,
					locations: [],
					found: [],
					start: sub.anchor?.location ?? 0,
				};
				concepts.forEach((concept) => known.concepts.add(concept));
				known.score += score;
				known.locations.push(...sub.locations);
				known.found.push(...(sub.weighted_locations ?? []));
				sections.set(url, known);
			}
		}
		for (const section of sections.values()) {
			for (const { concept, words } of held) {
				if (section.locations.some((location) => words.has(location)))
					section.concepts.add(concept);
			}
		}
		return { data: first!, sections: [...sections.values()] };
	}

	/**
	 * The excerpt of each of a page's sections: from its answer when readers' questions stand under
	 * its heading (`answerExcerpt`), Pagefind's own otherwise. The page's words are split once for
	 * all its sections.
	 */
	function excerptsOf(data: PagefindData): (section: SectionMatch) => string {
		if (!data.raw_content || !data.anchors) return (section) => section.hit.excerpt;
		const { words, joiner } = pageWords(data.raw_content);
		const questions = questionSpans(words, data.anchors);
		if (questions.length === 0) return (section) => section.hit.excerpt;
		const headings = data.anchors
			.filter((anchor) => /^h\d$/i.test(anchor.element))
			.map((anchor) => anchor.location);
		return (section) => {
			const end = headings
				.filter((location) => location > section.start)
				.reduce((first, location) => Math.min(first, location), words.length);
			return (
				answerExcerpt(
					{ words, joiner, questions },
					{ start: section.start, end },
					section.found,
					options.excerptWords ?? EXCERPT_WORDS.en,
				) ?? section.hit.excerpt
			);
		};
	}

	/**
	 * Describes one page from its sections: the section that holds the question's most telling
	 * words comes first (the rare word the question is about, not the common words around it),
	 * then the one where the words weigh most (a reader's question its owner put there, a heading).
	 */
	function describe(
		{ data: first, sections }: PageSections,
		concepts: number[],
		words: readonly string[],
		weights: ReadonlyMap<number, number> = new Map(),
		lead?: string,
	): PageHit {
		const weight = (held: ReadonlySet<number>) =>
			[...held].reduce((sum, concept) => sum + (weights.get(concept) ?? 1), 0);
		const leads = (section: SectionMatch) =>
			lead !== undefined && decodeURIComponent(section.hit.url.split('#')[1] ?? '') === lead;
		const excerptOf = excerptsOf(first);
		const best = [...sections]
			.sort(
				(a, b) =>
					Number(leads(b)) - Number(leads(a)) ||
					weight(b.concepts) - weight(a.concepts) ||
					b.score - a.score,
			)
			.slice(0, SECTIONS_PER_PAGE)
			.map((section) => ({
				title: section.hit.title,
				url: options.highlightUrl(section.hit.url, words),
				excerpt: markTerms(readableExcerpt(excerptOf(section)), words),
			}));
		const title = first.meta.title ?? first.url;
		const description = first.meta.description ?? '';
		const url = options.highlightUrl(withoutQuery(first.url), words);
		return {
			url,
			title,
			description,
			ownerName: first.meta.owner,
			ownerContact: first.meta.ownerContact,
			// A section titled like the page itself is the page's opening: say nothing twice.
			sections:
				best.length > 0
					? best.map((section) => ({
							...section,
							title: section.title === title ? '' : section.title,
						}))
					: [{ title: '', url, excerpt: escapeHtml(description) }],
			concepts,
		};
	}

	/**
	 * The page, or the two pages, that stand well above all the others in one concept's own search
	 * (see {@link ABOUT_MARGIN}): the pages about that concept.
	 */
	function pagesLeading(results: readonly PagefindResult[]): readonly PagefindResult[] {
		const leaders = [1, 2].find(
			(count) =>
				results.length >= count &&
				results[count - 1]!.score >= ABOUT_SCORE &&
				results[count - 1]!.score >= ABOUT_MARGIN * (results[count]?.score ?? 0),
		);
		return results.slice(0, leaders ?? 0);
	}

	/**
	 * The pages about one of the concepts (see {@link ABOUT_MARGIN}) that are not among `shown`,
	 * each once, with the concept it is about; `leaders` holds, for each concept in order, the
	 * pages leading its own search.
	 */
	function pagesAbout(
		leaders: readonly (readonly PagefindResult[])[],
		shown: readonly PagefindResult[],
	): { result: PagefindResult; concepts: number[] }[] {
		const known = new Set(shown.map((result) => result.id));
		const about: { result: PagefindResult; concepts: number[] }[] = [];
		leaders.forEach((results, index) => {
			for (const result of results) {
				if (known.has(result.id)) continue;
				known.add(result.id);
				about.push({ result, concepts: [index] });
			}
		});
		return about;
	}

	/** A result's data, loaded once however many steps read it. */
	const loaded = new WeakMap<PagefindResult, Promise<PagefindData>>();
	function dataOf(result: PagefindResult): Promise<PagefindData> {
		let data = loaded.get(result);
		if (!data) loaded.set(result, (data = result.data()));
		return data;
	}

	/** Whether a page is the glossary chapter. */
	function isGlossary(page: PageHit): boolean {
		const path = (url: string) => new URL(url, 'http://handbook.invalid').pathname;
		return options.glossary !== undefined && path(page.url) === path(options.glossary.path);
	}

	/**
	 * The glossary, described for a question that asks what one of its terms means, when the
	 * question's searches ranked it too low to list: searched again within it alone, for the words together
	 * and then for each concept.
	 */
	async function glossaryHit(analysis: QueryAnalysis): Promise<PageHit | undefined> {
		if (!options.glossary) return undefined;
		const filters = { chapter: options.glossary.title };
		const { concepts } = analysis;
		const queries = [
			concepts.map((concept) => concept.variants[0]).join(' '),
			...concepts.flatMap((concept) => concept.variants),
		];
		for (const query of new Set(queries)) {
			const [result] = (await pagefind.search(query, { filters }))?.results ?? [];
			if (!result) continue;
			const every = concepts.map((_, index) => index);
			const words = concepts.flatMap((concept) => concept.words);
			return describe(
				await sectionsOf([{ result, concepts: every }]),
				every,
				words,
				undefined,
				analysis.defined,
			);
		}
		return undefined;
	}

	/**
	 * Answers a question with its first `limit` pages, or with up to `count` when the reader asks
	 * for more: the first pages stay as they were, the rest follow them in their order.
	 */
	return async function search(query: string, count = limit): Promise<SearchOutcome> {
		const outcome = await answer(query, Math.max(count, limit));
		const { analysis, pages } = outcome;
		if (analysis.defined === undefined || pages.some(isGlossary)) return outcome;
		const glossary = await glossaryHit(analysis);
		if (!glossary) return outcome;
		const [first, rest] = [pages.slice(0, limit - 1), pages.slice(limit - 1)];
		return { ...outcome, pages: [...first, glossary, ...(count > limit ? rest : [])] };
	};

	/**
	 * The question's concepts with each English word that no page holds (and the thesaurus does not
	 * know) read as the handbook word it most likely meant, if any, and those corrections.
	 */
	async function withCorrections(
		concepts: readonly Concept[],
		run: (query: string) => Promise<PagefindResult[]>,
	): Promise<{ concepts: Concept[]; corrected: Correction[] }> {
		const read = await Promise.all(
			concepts.map(async (concept): Promise<{ concept: Concept; correction?: Correction }> => {
				const [typed, ...more] = concept.variants;
				if (!options.words || typed === undefined || more.length > 0) return { concept };
				if (!ONE_LATIN_WORD.test(typed) || (await run(typed)).length > 0) return { concept };
				handbookWords ??= options.words().catch(() => []);
				const meant = meantWord(typed, await handbookWords);
				if (meant === undefined) return { concept };
				return { concept: { words: [meant], variants: [meant] }, correction: { typed, meant } };
			}),
		);
		return {
			concepts: read.map(({ concept }) => concept),
			// In the order typed, whichever search answered first.
			corrected: read.flatMap(({ correction }) => (correction ? [correction] : [])),
		};
	}

	/** One word of a compound as a concept of its own, with the thesaurus's terms for it (課長 → 上長). */
	function partConcept(part: string): Concept {
		const [concept, ...more] = analyse(part).concepts;
		return concept && more.length === 0 ? concept : { words: [part], variants: [part] };
	}

	async function answer(query: string, count: number): Promise<SearchOutcome> {
		const run = searcher();
		const hiragana = await readHiragana(query);
		let analysis = analyse(hiragana.query);
		if (analysis.concepts.length === 0)
			return { analysis, pages: [], total: 0, partial: false, corrected: hiragana.read };
		const { concepts: read, corrected: mistyped } = await withCorrections(analysis.concepts, run);
		const corrected = [...hiragana.read, ...mistyped];
		let concepts: readonly Concept[] = read;
		analysis = { ...analysis, concepts };
		const together = await run(concepts.map((concept) => concept.variants[0]).join(' '));
		const expanded = concepts.some((concept) => concept.variants.length > 1);
		const allWords = concepts.flatMap((concept) => concept.words);
		// Each word's own search: it tells where on a page the word stands, and whether any page
		// holds it at all, which the search for all the words does not (Pagefind passes over a
		// word it finds nowhere).
		const alone =
			concepts.length > 1
				? await Promise.all(concepts.map((concept) => run(concept.variants[0]!)))
				: [];
		// The pages about each word: those leading its own search.
		const leaders = alone.map(pagesLeading);
		// The pages about what an incident question asks, beside what is going wrong.
		const calmLeaders = new Set(
			analysis.incident
				? leaders.flatMap((pages, index) =>
						analysis.incidentConcepts?.includes(index) ? [] : pages.map(({ id }) => id),
					)
				: [],
		);
		const calm = (page: PageHit, id: string): PageHit =>
			calmLeaders.has(id) ? { ...page, aboutCalmWord: true } : page;
		// A compound found nowhere (毎回課長) is searched again as its words, below.
		const compoundUnfound = alone.some(
			(results, index) =>
				results.length === 0 &&
				concepts[index]!.words.length === 1 &&
				looserWords(concepts[index]!.words[0]!).length > 0,
		);
		if (together.length >= ENOUGH_PAGES && !expanded && !compoundUnfound) {
			const every = concepts.map((_, index) => index);
			// A chapter about one of the words that holds them all comes first ("approval for paid
			// ads": the approval matrix, before the measurement chapter that says "paid" and "ads"
			// more often). Chosen on the 2200 tuned-on questions: 6 up, 2 down.
			const leading = new Set(leaders.flatMap((pages) => pages.map(({ id }) => id)));
			const shown = [
				...together.slice(0, limit).filter((result) => leading.has(result.id)),
				...together.slice(0, limit).filter((result) => !leading.has(result.id)),
			];
			// The chapter about one of the words, left out because it lacks another ("training
			// required?" and the training chapter, which never says "required"), comes second.
			const about = pagesAbout(leaders, shown);
			const listed: { result: PagefindResult; concepts: number[] }[] = shown.map((result) => ({
				result,
				concepts: every,
			}));
			listed.splice(ABOUT_POSITION, 0, ...about);
			// Asked for more: the first pages as they stand, then the rest in their order.
			const further = together
				.slice(limit)
				.filter((result) => !about.some((each) => each.result.id === result.id))
				.map((result) => ({ result, concepts: every }));
			const first = listed.slice(0, limit);
			const pages = await Promise.all(
				[...first, ...listed.slice(limit), ...further]
					.slice(0, Math.max(count, limit))
					.map(async (each) => {
						const held = alone.flatMap((results, concept) => {
							const words = results.find((result) => result.id === each.result.id)?.words;
							return words ? [{ concept, words: new Set(words) }] : [];
						});
						const found = [{ result: each.result, concepts: held.length > 0 ? [] : each.concepts }];
						const page = describe(
							await sectionsOf(found, held),
							each.concepts,
							allWords,
							conceptWeights(
								alone.map((pages, concept) => ({ concept, pages })),
								pageCount,
							),
							analysis.defined,
						);
						return calm(page, each.result.id);
					}),
			);
			return {
				analysis,
				pages,
				total: together.length + about.length,
				partial: false,
				corrected,
			};
		}
		// Each concept alone, through each of its variants.
		const searchEach = (each: readonly Concept[]) =>
			Promise.all(
				each.flatMap((concept, index) =>
					concept.variants.map(async (variant) => ({ index, results: await run(variant) })),
				),
			);
		let searched = await searchEach(concepts);
		// A compound no page holds (毎回課長) is asked again as the words it was joined from, each a
		// concept of its own, and a word made stronger by a prefix (超拡散) as the word itself. One that only a page or two hold (炎上対策 in one chapter) is
		// also found through its words: they are what the question is about, said apart.
		const relaxed = concepts.map((concept, index): Concept | Concept[] => {
			const parts = concept.words.length === 1 ? looserWords(concept.words[0]!) : [];
			if (parts.length === 0) return concept;
			const pages = new Set(
				searched
					.filter((each) => each.index === index)
					.flatMap((each) => each.results.map((result) => result.id)),
			);
			if (pages.size === 0) return parts.map(partConcept);
			if (pages.size < ENOUGH_PAGES)
				return { ...concept, variants: [...new Set([...concept.variants, ...parts])] };
			return concept;
		});
		if (relaxed.some((concept, index) => concept !== concepts[index])) {
			concepts = relaxed.flat();
			analysis = { ...analysis, concepts };
			searched = await searchEach(concepts);
		}
		const lists: ConceptResults[] = searched.map(({ index, results }) => ({
			concept: index,
			pages: results,
		}));
		const merged = fuseRankings(lists, pageCount);
		// The pages to be shown, with their sections: ranked again by the concepts that stand together
		// in one of them, then described from them. The search for all the words comes first: its
		// excerpts show them together. It counts no concept of its own: each word's own search tells
		// which sections hold it.
		const ranked = merged.slice(0, limit);
		const sectionsByPage = new Map(
			await Promise.all(
				ranked.map(async ({ id }) => {
					const found = [
						...together
							.filter((each) => each.id === id)
							.map((result) => ({ result, concepts: [] })),
						...searched.flatMap(({ index, results }) =>
							results
								.filter((each) => each.id === id)
								.map((result) => ({ result, concepts: [index] })),
						),
					];
					return [id, await sectionsOf(found)] as const;
				}),
			),
		);
		const weights = conceptWeights(lists, pageCount);
		const held = new Map(
			[...sectionsByPage].map(([id, { sections }]) => [id, sections.map((each) => each.concepts)]),
		);
		const fused = [...withSectionBonus(ranked, held, weights), ...merged.slice(limit)];
		// Asked for more: the pages past the first are described from their own sections.
		await Promise.all(
			fused.slice(limit, count).map(async ({ id }) => {
				const found = searched.flatMap(({ index, results }) =>
					results.filter((each) => each.id === id).map((result) => ({ result, concepts: [index] })),
				);
				sectionsByPage.set(id, await sectionsOf(found));
			}),
		);
		const pages = fused.slice(0, Math.max(count, limit)).map((page) => {
			const words = [
				...new Set(
					page.concepts
						.flatMap((index) => [...concepts[index]!.words, ...concepts[index]!.variants])
						// A phrase term ("live stream", in its quotes) is marked whole; other terms of
						// several words (Japanese ones) word by word, each word once.
						.flatMap((word) => (word.startsWith('"') ? [word] : word.split(' '))),
				),
			];
			return calm(
				describe(sectionsByPage.get(page.id)!, page.concepts, words, weights, analysis.defined),
				page.id,
			);
		});
		const partial = fused.some((page) => page.concepts.length < concepts.length);
		return { analysis, pages, total: fused.length, partial, corrected };
	}
}

/**
 * Merges the result lists of several searches, one or more per concept of a question, into one
 * ranking. Used when searching for all the words together finds too little, or the thesaurus gave
 * other words for the question's.
 *
 * score(page) = Σ over the concepts the page matches of
 *               max over the concept's searches that found it of idf(search) × (1 + 3 × score)
 *
 * - idf(search) = ln(1 + N / df): N pages in the index, df the pages that search found. A page
 *   that matches more of the question's concepts scores higher, and a rare, telling word counts
 *   more than a common one. Each search of a concept has its own: the handbook's term that three
 *   chapters use tells more than the everyday word the reader typed that every chapter has, and
 *   the other way round.
 * - score is Pagefind's own score for the page and that search, which already weighs the word's
 *   rarity, how often the page says it and where: a word in the chapter's title, a heading or a
 *   reader's question scores several times the same word in its text. It is used as it is, not
 *   relative to the search's best page: a chapter that mentions 炎上 once scores a tenth of the
 *   chapter about it, and a search that found only weak matches (a word the handbook does not
 *   hold, matched by its first characters) adds next to nothing beyond matching the concept.
 * - Equal scores keep the order of the best rank the page had in any list.
 *
 * Then {@link withSectionBonus}: the concepts that stand together in a page's best section count
 * once more, so the chapter with one section that answers the question comes before the one that
 * has its words in different places.
 */

/** One search's results: the concept it searched for, and the pages in Pagefind's order. */
export interface ConceptResults {
	concept: number;
	pages: readonly { id: string; score: number }[];
}

/** A page in the merged ranking. */
export interface FusedPage {
	id: string;
	score: number;
	/** The concepts (indexes) the page matched, in the question's order. */
	concepts: number[];
}

/**
 * How much Pagefind's score for a page adds to the weight of the concept it matched. Chosen on the
 * 520 questions search is tuned on, where 2 to 4 do about as well; 3 is the middle.
 */
export const SCORE_FACTOR = 3;

/** ln(1 + N / df): how telling a search that found `found` of `pageCount` pages is. */
function idf(found: number, pageCount: number): number {
	return Math.log(1 + Math.max(pageCount, 1) / Math.max(found, 1));
}

/** Merges result lists by the formula above; `pageCount` is N, the pages in the index. */
export function fuseRankings(lists: readonly ConceptResults[], pageCount: number): FusedPage[] {
	// For each concept, each page's best value through any of the concept's searches.
	const values = new Map<number, Map<string, number>>();
	const bestRank = new Map<string, number>();
	for (const { concept, pages } of lists) {
		const byPage = values.get(concept) ?? new Map<string, number>();
		const weight = idf(pages.length, pageCount);
		pages.forEach(({ id, score }, rank) => {
			const value = weight * (1 + SCORE_FACTOR * score);
			byPage.set(id, Math.max(byPage.get(id) ?? 0, value));
			bestRank.set(id, Math.min(bestRank.get(id) ?? rank, rank));
		});
		values.set(concept, byPage);
	}
	const fused = new Map<string, FusedPage>();
	for (const [concept, byPage] of [...values].sort(([a], [b]) => a - b)) {
		for (const [id, value] of byPage) {
			const page = fused.get(id) ?? { id, score: 0, concepts: [] };
			page.score += value;
			page.concepts.push(concept);
			fused.set(id, page);
		}
	}
	return [...fused.values()].sort(
		(a, b) => b.score - a.score || bestRank.get(a.id)! - bestRank.get(b.id)!,
	);
}

/**
 * How much each concept of the question weighs: idf(concept) = ln(1 + N / df), N the pages in the
 * index and df the pages any of the concept's searches found.
 */
export function conceptWeights(
	lists: readonly ConceptResults[],
	pageCount: number,
): Map<number, number> {
	const found = new Map<number, Set<string>>();
	for (const { concept, pages } of lists) {
		const ids = found.get(concept) ?? new Set<string>();
		pages.forEach((page) => ids.add(page.id));
		found.set(concept, ids);
	}
	return new Map([...found].map(([concept, ids]) => [concept, idf(ids.size, pageCount)]));
}

/**
 * Adds to each page's score the weights of the concepts that stand together in its best section,
 * and sorts again (a stable sort: equal scores keep their order). `sections` gives, for a page,
 * the concepts each of its sections matched; a page it does not give keeps its score.
 *
 * score(page) += max over its sections of Σ weight(concept) for the concepts in that section
 */
export function withSectionBonus(
	pages: readonly FusedPage[],
	sections: ReadonlyMap<string, Iterable<ReadonlySet<number>>>,
	weights: ReadonlyMap<number, number>,
): FusedPage[] {
	return pages
		.map((page) => {
			let best = 0;
			for (const concepts of sections.get(page.id) ?? []) {
				let sum = 0;
				for (const concept of concepts) sum += weights.get(concept) ?? 0;
				best = Math.max(best, sum);
			}
			return { ...page, score: page.score + best };
		})
		.sort((a, b) => b.score - a.score);
}

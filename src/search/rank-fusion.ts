/**
 * Merges the result lists of several searches, one or more per concept of a question, into one
 * ranking. Used when searching for all the words together finds too little.
 *
 * score(page) = Σ over the concepts the page matches of idf(concept) × (1 + strength)
 *
 * - idf(concept) = ln(1 + N / df): N pages in the index, df pages the concept matched. A page
 *   that matches more of the question's concepts scores higher, and a rare, telling word counts
 *   more than a common one.
 * - strength (0 to 1) is how well the page matches the concept compared with the concept's best
 *   page: Pagefind's own score for it (term frequency, words in headings and titles) divided by
 *   the best score of that search. When the thesaurus gave the handbook's term for the reader's
 *   words, a match of the reader's words themselves counts half: the term is the meaning. It tells the chapter *about* a word from one that mentions it
 *   once, but can at most double a concept's weight, so matching more concepts still wins.
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
	/**
	 * How much a match through this search counts towards the concept's strength (0 to 1). The
	 * reader's own words count half when the thesaurus gave the handbook's term for them.
	 * @default 1
	 */
	weight?: number;
}

/** A page in the merged ranking. */
export interface FusedPage {
	id: string;
	score: number;
	/** The concepts (indexes) the page matched, in the question's order. */
	concepts: number[];
}

/** Merges result lists by the formula above; `pageCount` is N, the pages in the index. */
export function fuseRankings(lists: readonly ConceptResults[], pageCount: number): FusedPage[] {
	const strengths = new Map<number, Map<string, number>>();
	const bestRank = new Map<string, number>();
	for (const { concept, pages, weight = 1 } of lists) {
		const byPage = strengths.get(concept) ?? new Map<string, number>();
		const top = Math.max(...pages.map((page) => page.score), Number.MIN_VALUE);
		pages.forEach(({ id, score }, rank) => {
			byPage.set(id, Math.max(byPage.get(id) ?? 0, top > 0 ? (weight * score) / top : 0));
			bestRank.set(id, Math.min(bestRank.get(id) ?? rank, rank));
		});
		strengths.set(concept, byPage);
	}
	const fused = new Map<string, FusedPage>();
	const weights = conceptWeights(lists, pageCount);
	for (const [concept, byPage] of [...strengths].sort(([a], [b]) => a - b)) {
		if (byPage.size === 0) continue;
		const idf = weights.get(concept)!;
		for (const [id, strength] of byPage) {
			const page = fused.get(id) ?? { id, score: 0, concepts: [] };
			page.score += idf * (1 + strength);
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
	const total = Math.max(pageCount, 1);
	return new Map(
		[...found].map(([concept, ids]) => [concept, Math.log(1 + total / Math.max(ids.size, 1))]),
	);
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

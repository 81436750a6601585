import { expect, test } from '@playwright/test';
import { SEARCH_QUESTIONS } from './search-questions.ts';

/** One question's outcome in the browser: the top three chapter slugs and the query times. */
interface Outcome {
	query: string;
	top: string[];
	firstMs: number;
	warmMs: number;
}

test("employees' questions find the chapter that answers them in the top three", async ({
	page,
}, testInfo) => {
	test.setTimeout(120_000);
	const outcomes: Outcome[] = [];
	for (const locale of ['ja', 'en'] as const) {
		await page.goto(locale === 'ja' ? '' : 'en/');
		const queries = SEARCH_QUESTIONS.filter((question) => question.locale === locale).map(
			(question) => question.query,
		);
		// Pagefind runs in the page exactly as the search dialog runs it: same bundle, same language.
		const results = await page.evaluate(async (queries) => {
			const base = document.documentElement.dataset.base!;
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ baseUrl: base });
			await pagefind.init();
			const run = async (query: string) => {
				const started = performance.now();
				const search = await pagefind.search(query);
				const elapsed = performance.now() - started;
				const top = await Promise.all(
					search.results
						.slice(0, 3)
						.map((result: { data(): Promise<{ url: string }> }) => result.data()),
				);
				return { elapsed, urls: top.map((data) => data.url) };
			};
			const outcomes = [];
			for (const query of queries) {
				const first = await run(query);
				const warm = await run(query);
				outcomes.push({ query, urls: first.urls, firstMs: first.elapsed, warmMs: warm.elapsed });
			}
			return outcomes;
		}, queries);
		for (const result of results) {
			const top = result.urls.map((url: string) =>
				url.replace(/^\/handbook\/(en\/)?/, '').replace(/\/$/, ''),
			);
			outcomes.push({ query: result.query, top, firstMs: result.firstMs, warmMs: result.warmMs });
		}
	}
	const answered = SEARCH_QUESTIONS.map((question) => {
		const outcome = outcomes.find((each) => each.query === question.query)!;
		return { question, outcome, hit: outcome.top.some((slug) => question.answers.includes(slug)) };
	});
	const hitRate = answered.filter((each) => each.hit).length / answered.length;
	const median = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	const summary = `hit rate ${(hitRate * 100).toFixed(1)}% (${answered.filter((each) => each.hit).length}/${answered.length}), median query ${median(outcomes.map((each) => each.warmMs)).toFixed(1)} ms once loaded, ${median(outcomes.map((each) => each.firstMs)).toFixed(1)} ms on first use`;
	testInfo.annotations.push({ type: 'search quality', description: summary });
	console.log(`Search quality: ${summary}`);
	const misses = answered
		.filter((each) => !each.hit)
		.map((each) => `${each.question.query} → ${each.outcome.top.join(', ') || 'nothing'}`);
	if (misses.length > 0) console.log(`Missed:\n  ${misses.join('\n  ')}`);
	expect(SEARCH_QUESTIONS.length).toBeGreaterThanOrEqual(30);
	expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});

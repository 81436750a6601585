/**
 * Where a few pages stand in the results whatever their score: the answer the kind of question
 * calls for goes first, a reference page that matches everything stays below the answers.
 */

/** The pages with the first one that `matches` (if any) moved to the top. */
export function pageFirst<Page>(pages: Page[], matches: (page: Page) => boolean): Page[] {
	const found = pages.find(matches);
	return found ? [found, ...pages.filter((page) => page !== found)] : pages;
}

/**
 * The pages with the first one that `matches` moved down to `position` (0-based) if it stood
 * higher: the glossary defines every term in a line or two, so it matches many questions that a
 * chapter answers; it leads only for questions that ask what a word means.
 */
export function pageNoHigherThan<Page>(
	pages: Page[],
	matches: (page: Page) => boolean,
	position: number,
): Page[] {
	const index = pages.findIndex(matches);
	if (index < 0 || index >= position) return pages;
	const others = pages.filter((_, each) => each !== index);
	return [...others.slice(0, position), pages[index]!, ...others.slice(position)];
}

/**
 * The crisis guide first among the other pages, for a question about something going wrong now;
 * second when the page that comes first is about what the question asks of it, beside the incident
 * (`aboutCalmWord`: the contact sheet for 「夜中に炎上 誰に連絡」, the culture chapter for 「日本で
 * 炎上しやすい理由」). Either way it stays one tap away.
 */
export function guideFirst<Page extends { aboutCalmWord?: boolean | undefined }>(
	others: readonly Page[],
	guide: Page,
): Page[] {
	const [lead, ...rest] = others;
	if (lead?.aboutCalmWord) return [lead, guide, ...rest];
	return [guide, ...others];
}

/**
 * The search dialog, loaded the first time a reader opens search. `createSearchEngine` reads the
 * question and asks Pagefind; this module shows the pages and their best sections, never leaves
 * the reader at a dead end (crisis guide, chapter list, a question to the owner), and handles the
 * keyboard: arrows move through results, Enter opens one, Esc closes.
 */
import { contact, thesaurus } from 'virtual:handbook/search';
import type { Locale } from '../config/handbook-config.ts';
import { fill, uiStrings, type UiStrings } from '../translations/index.ts';
import {
	EXCERPT_ELLIPSIS,
	EXCERPT_WORDS,
	HIGHLIGHT_PARAM,
	SEARCH_PARAM,
	SECTION_BUNDLE,
	hasSectionIndex,
	sectionPagesFile,
} from './page-index.ts';
import { highlightSearchedWords } from './page-highlight.ts';
import { createQueryAnalyser } from './query/analyse-query.ts';
import { isJapaneseScript } from './query/normalize.ts';
import { handbookWordsFile } from './spelling/meant-word.ts';
import { kanjiReadingsFile, katakanaWordsFile } from './query/hiragana-reading.ts';
import { guideFirst, pageFirst, pageNoHigherThan } from './answer-order.ts';
import {
	createSearchEngine,
	type PageHit,
	type Pagefind,
	type SearchOutcome,
} from './search-engine.ts';

/** Answers a question with its first pages, or up to `count` of them. */
type SearchFunction = (query: string, count?: number) => Promise<SearchOutcome>;

/**
 * The key of this page's history entry that holds the search whose result the reader followed:
 * coming back to the page shows that search again, as it was left.
 */
const SEARCH_STATE = 'search';

/**
 * The key of the history entry pushed as search opens: the browser's Back (a phone's back gesture)
 * closes search, as it closes the phone menu, instead of leaving the page under it.
 */
const OPEN_STATE = 'searchOpen';

/** What a page's history entry keeps of the search a result was followed from. */
interface LeftSearch {
	query: string;
	/** How many chapters it listed: the first six, or all after "Show N more". */
	count: number;
	/** The option that was followed. */
	active: number;
}

/** The search left on this page's history entry, if any. */
function leftSearch(): LeftSearch | undefined {
	const left: unknown = history.state?.[SEARCH_STATE];
	if (typeof left !== 'object' || left === null) return undefined;
	const { query, count, active } = left as Partial<LeftSearch>;
	return typeof query === 'string' && query.trim() && count !== undefined && active !== undefined
		? { query, count, active }
		: undefined;
}

/** The dialog, and a way to show a search as it was left. */
interface SearchDialog {
	root: HTMLDialogElement;
	input: HTMLInputElement;
	restore(left: LeftSearch): void;
}

/** The page's language, as the page declares it; search and its text follow it. */
function pageLocale(): Locale {
	return document.documentElement.lang === 'en' ? 'en' : 'ja';
}

/**
 * Chapters a question lists. Describing one (its best sections and their excerpts) is most of a
 * question's time in a large handbook; six fill a phone's screen and leave room to go on.
 */
const MAX_RESULTS = 6;
/** Chapters a question lists when the reader asks for the rest. */
const ALL_RESULTS = 50;
/** Where the glossary stands at best (0-based) for a question that does not ask what a word means. */
const GLOSSARY_POSITION = 2;

/**
 * Pagefind's ranking, from Starlight's settings for documentation: chapters run from a screen to
 * many, so length barely counts (`pageLength`) and a word said ten times is not ten times the
 * answer (`termSaturation`); questions are cut to stems that Pagefind completes as prefixes (叩 →
 * 叩かれる), so a completed word counts nearly as much as the exact one (`termSimilarity`).
 * `termFrequency` (how much a word's share of the page counts, beside how often it is said) is a
 * quarter rather than Starlight's tenth: on the 2200 tuned-on questions 0.25 put 8 more answers in
 * the top three and lost 2 first places; 0.35 put 11 more but lost 19 first places, 0.5 lost 30.
 */
const PAGEFIND_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.25,
	termSaturation: 2,
	termSimilarity: 9,
};

/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 120;

let dialog: SearchDialog | undefined;
let engine: Promise<(query: string) => Promise<SearchOutcome>> | undefined;

/** Where the site is served and which build this is, from the page's `<html>`. */
function site(): { base: string; buildId: string } {
	const { base = '/', buildId = '' } = document.documentElement.dataset;
	return { base, buildId };
}

/** The options both of Pagefind's indexes (the pages' and the sections') are read with. */
function indexOptions(base: string, buildId: string): Record<string, unknown> {
	return {
		baseUrl: base,
		// One tag per build: the offline cache can keep Pagefind's entry file until the next deploy.
		metaCacheTag: buildId,
		ranking: PAGEFIND_RANKING,
		// A question makes several searches and loads several pages' data: through Pagefind's web
		// worker each is a round trip of messages, and the median question took 18.8 ms at 1000
		// chapters; on the page itself, 11.2 ms. A search is far shorter than a frame's pause.
		noWorker: true,
	};
}

/** Pagefind's bundle and the question reader, loaded once, on first use. */
function loadEngine(button: HTMLButtonElement): Promise<SearchFunction> {
	engine ??= (async () => {
		const { base, buildId } = site();
		const locale = pageLocale();
		const bundle = `${base}pagefind/`;
		const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
		const shared = indexOptions(base, buildId);
		await pagefind.options({
			...shared,
			excerptLength: EXCERPT_WORDS[locale],
			// An excerpt that starts or ends inside a section says so.
			excerptEllipsis: EXCERPT_ELLIPSIS,
		});
		await pagefind.init();
		// N, the pages of this language, for weighing how telling each word is.
		const entry = (await fetch(`${bundle}pagefind-entry.json`).then((response) =>
			response.json(),
		)) as { languages: Record<string, { page_count: number }> };
		const pageCount = entry.languages[locale]?.page_count ?? 1;
		const sectionScores = hasSectionIndex(pageCount)
			? await loadSectionIndex(bundle, shared, locale)
			: undefined;
		return createSearchEngine({
			pagefind,
			excerptWords: EXCERPT_WORDS[locale],
			analyse: createQueryAnalyser(locale, thesaurus[locale]),
			pageCount,
			sectionScores,
			limit: MAX_RESULTS,
			glossary: glossaryOf(button),
			// Only when a question has a word no page holds: most never need them.
			words: () => wordList(`${bundle}${handbookWordsFile(locale)}`),
			// Only once a question has hiragana enough to be a word typed unconverted.
			katakanaWords: () => wordList(`${bundle}${katakanaWordsFile(locale)}`),
			kanjiReadings: () =>
				wordList<Record<string, string>>(`${bundle}${kanjiReadingsFile(locale)}`),
			highlightUrl: (url, words) => {
				const [path, hash = ''] = url.split('#');
				const params = new URLSearchParams();
				words.forEach((word) => params.append(HIGHLIGHT_PARAM, word));
				return `${path}?${params.toString()}${hash ? `#${hash}` : ''}`;
			},
		});
	})();
	return engine;
}

/**
 * The section index (`SECTION_BUNDLE`), read as the pages' own: for a search, each page's best
 * section's score, by the page's result id.
 */
async function loadSectionIndex(
	bundle: string,
	options: Record<string, unknown>,
	locale: string,
): Promise<(query: string) => Promise<ReadonlyMap<string, number>>> {
	const sections = (await import(
		/* @vite-ignore */ `${bundle}${SECTION_BUNDLE}/pagefind.js`
	)) as Pagefind;
	await sections.options(options);
	const sectionPages = wordList<Record<string, string>>(
		`${bundle}${SECTION_BUNDLE}/${sectionPagesFile(locale)}`,
	);
	return async (query) => {
		const [found, pages] = await Promise.all([sections.search(query), sectionPages]);
		// Results come best first: a page's first section found is its best.
		const best = new Map<string, number>();
		for (const { id, score } of found?.results ?? []) {
			const page = pages[id];
			if (page && !best.has(page)) best.set(page, score);
		}
		return best;
	};
}

/** One of the word lists the build writes beside the index. */
function wordList<List = string[]>(url: string): Promise<List> {
	return fetch(url).then((response) => response.json() as Promise<List>);
}

/** The glossary chapter the search button names, if the handbook has one. */
function glossaryOf(button: HTMLButtonElement): { path: string; title: string } | undefined {
	const { glossary: path, glossaryTitle: title } = button.dataset;
	return path && title ? { path, title } : undefined;
}

/** A mailto (or other) link that carries the question to the person who can answer it. */
function askHref(target: string, query: string, ui: UiStrings): string {
	if (!target.startsWith('mailto:')) return target;
	const params = new URLSearchParams({
		subject: fill(ui['search.askSubject'], { query }),
		body: fill(ui['search.askBody'], { query, page: location.href }),
	});
	// mailto wants %20 for spaces, not +.
	return `${target.split('?')[0]}?${params.toString().replace(/\+/g, '%20')}`;
}

/**
 * This page in the other language (as the language switch links it), asked `query` there, when the
 * question is written in that language: English on a Japanese page, Japanese on an English one.
 */
function otherEdition(query: string): string | undefined {
	const switchLink = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');
	if (!switchLink) return undefined;
	const inJapanese = isJapaneseScript(query);
	const other = switchLink.dataset.languageSwitch === 'ja';
	if (other ? !inJapanese : inJapanese || !/\p{Script=Latin}{2}/u.test(query)) return undefined;
	const url = new URL(switchLink.href);
	url.searchParams.set(SEARCH_PARAM, query);
	return url.href;
}

/** The crisis guide as the header links it: where it is and what it is called. */
function crisisGuide(): { href: string; title: string } | undefined {
	const link = document.querySelector<HTMLAnchorElement>('[data-crisis-link]');
	if (!link) return undefined;
	const title = link.querySelector('.crisis-link__long')?.textContent ?? link.textContent ?? '';
	return { href: link.href, title: title.trim() };
}

/** Whether two URLs name the same page, whatever their query and fragment. */
function samePage(a: string, b: string): boolean {
	const path = (url: string) => new URL(url, location.href).pathname;
	return path(a) === path(b);
}

/**
 * The crisis guide first (or second, see `guideFirst`), for a question about something going
 * wrong now.
 */
function crisisFirst(pages: PageHit[], ui: UiStrings): PageHit[] {
	const guide = crisisGuide();
	if (!guide) return pages;
	const found = pages.find((page) => samePage(page.url, guide.href));
	const first: PageHit = found ?? {
		url: guide.href,
		title: guide.title,
		description: '',
		ownerContact: undefined,
		ownerName: undefined,
		sections: [{ title: '', url: guide.href, excerpt: ui['search.incident'] }],
		concepts: [],
	};
	return guideFirst(
		pages.filter((page) => page !== found),
		first,
	);
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * One option of the result list: a link that keyboard and pointer can both choose; without an
 * `href`, one that acts where it is (listing the rest).
 */
function option(href: string | undefined, index: number, onPoint: () => void): HTMLAnchorElement {
	const link = element('a', 'search__link');
	link.id = `search-result-${index}`;
	link.setAttribute('role', 'option');
	if (href !== undefined) link.href = href;
	link.tabIndex = -1;
	link.addEventListener('mousemove', onPoint);
	return link;
}

function excerptOf(html: string): HTMLSpanElement {
	const excerpt = element('span', 'search__excerpt');
	// Escaped text of our own pages with <mark> around the words searched for.
	excerpt.innerHTML = html;
	return excerpt;
}

function createDialog(button: HTMLButtonElement): SearchDialog {
	// The text comes with this lazily loaded module, not with every page.
	const ui = uiStrings(pageLocale());
	const root = element('dialog', 'search');
	root.setAttribute('aria-label', ui['search.label']);
	root.innerHTML = `
		<div class="search__bar">
			<input class="search__input" type="search" autocomplete="off" spellcheck="false"
				enterkeyhint="search" role="combobox" aria-autocomplete="list" aria-expanded="false"
				aria-controls="search-results">
			<button class="search__close" type="button"></button>
		</div>
		<p class="search__status" role="status" aria-live="polite"></p>
		<ul class="search__results" id="search-results" role="listbox"></ul>
		<div class="search__help" hidden></div>
		<p class="search__hint"></p>`;
	const input = root.querySelector<HTMLInputElement>('.search__input')!;
	const close = root.querySelector<HTMLButtonElement>('.search__close')!;
	const status = root.querySelector<HTMLParagraphElement>('.search__status')!;
	const list = root.querySelector<HTMLUListElement>('.search__results')!;
	const help = root.querySelector<HTMLDivElement>('.search__help')!;
	// A scrolling list is a tab stop of its own in Chromium, where arrows would scroll it and not
	// choose: the results are chosen from the box (aria-activedescendant), so Tab passes over it.
	list.tabIndex = -1;
	input.placeholder = ui['search.placeholder'];
	input.setAttribute('aria-label', ui['search.label']);
	close.textContent = ui['search.close'];
	root.querySelector('.search__hint')!.textContent = ui['search.hint'];

	let active = -1;
	// How many chapters the list asked for: the first six, or all of them.
	let listed = MAX_RESULTS;
	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((each, position) =>
			each.setAttribute('aria-selected', String(position === active)),
		);
		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	};

	/** Links out of a search that found nothing, or not the answer: nobody is left stuck. */
	const showHelp = (query: string, pages: readonly PageHit[]) => {
		const links: HTMLElement[] = [];
		const top = pages[0];
		const owner = top?.ownerContact;
		const target = owner ?? contact;
		if (pages.length === 0) {
			const guide = crisisGuide();
			if (guide) {
				const link = element(
					'a',
					'search__help-link search__help-link--crisis',
					ui['search.deadEnd.crisis'],
				);
				link.href = guide.href;
				links.push(link);
			}
		}
		// A question in the other edition's language: that edition's index has its words.
		const other = pages.length === 0 ? otherEdition(query) : undefined;
		if (other) {
			const link = element('a', 'search__help-link', fill(ui['search.otherEdition'], { query }));
			link.href = other;
			links.push(link);
		}
		// The chapter list, whatever was found: results that miss the point are a dead end too.
		const contents = element('a', 'search__help-link', ui['search.deadEnd.contents']);
		// At the list itself: on a phone the home page opens with its latest changes above it.
		contents.href = `${button.dataset.home ?? site().base}#chapters`;
		links.push(contents);
		if (target) {
			const label =
				owner && top?.ownerName
					? fill(ui['search.ask'], { owner: top.ownerName })
					: ui['search.askHandbook'];
			const ask = element('a', 'search__help-link search__help-link--ask', label);
			ask.href = askHref(target, query, ui);
			links.push(ask);
		}
		const lead = element('p', 'search__help-lead', pages.length === 0 ? '' : ui['search.notFound']);
		help.replaceChildren(...(pages.length === 0 ? [] : [lead]), ...links);
		help.hidden = links.length === 0;
	};

	const clear = () => {
		list.replaceChildren();
		help.replaceChildren();
		help.hidden = true;
		status.textContent = '';
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
	};

	const render = async (query: string, count = MAX_RESULTS) => {
		if (!query.trim()) return clear();
		let search: SearchFunction;
		try {
			search = await loadEngine(button);
		} catch {
			status.textContent = ui['search.unavailable'];
			return;
		}
		const started = performance.now();
		const outcome = await search(query, count);
		if (input.value !== query) return;
		// What was answered and how long it took: for the quality and speed scripts, and debugging.
		root.dataset.searchMs = (performance.now() - started).toFixed(1);
		const glossary = button.dataset.glossary;
		const isGlossary = (page: PageHit) => glossary !== undefined && samePage(page.url, glossary);
		// The glossary leads when it defines the word asked about; asked what a word it lacks means
		// ("what counts as confidential"), it stands where its words put it, as any page.
		const defined =
			outcome.analysis.defined !== undefined
				? pageFirst(outcome.pages, isGlossary)
				: outcome.analysis.definition
					? outcome.pages
					: pageNoHigherThan(outcome.pages, isGlossary, GLOSSARY_POSITION);
		const pages = outcome.analysis.incident ? crisisFirst(defined, ui) : defined;
		let index = 0;
		list.replaceChildren(
			...pages.map((page) => {
				// The page and its best section are one option; its other sections follow it.
				const item = element('li', 'search__result');
				item.setAttribute('role', 'presentation');
				const [first, ...more] = page.sections;
				const head = option(
					first?.url ?? page.url,
					index,
					(
						(at) => () =>
							setActive(at)
					)(index),
				);
				index += 1;
				head.append(element('span', 'search__title', page.title));
				if (first?.title) head.append(element('span', 'search__section', first.title));
				if (first) head.append(excerptOf(first.excerpt));
				item.append(head);
				if (more.length > 0) {
					const nested = element('ul', 'search__sections');
					nested.setAttribute('role', 'presentation');
					for (const section of more) {
						const row = element('li', 'search__section-item');
						row.setAttribute('role', 'presentation');
						const link = option(
							section.url,
							index,
							(
								(at) => () =>
									setActive(at)
							)(index),
						);
						index += 1;
						link.classList.add('search__link--section');
						// The chapter's opening, before its first heading, has no title of its own.
						link.append(element('span', 'search__section', section.title || ui['search.opening']));
						link.append(excerptOf(section.excerpt));
						row.append(link);
						nested.append(row);
					}
					item.append(nested);
				}
				return item;
			}),
		);
		// The rest on request, as the list's last option: arrows and Enter reach it like a result.
		const rest = Math.min(outcome.total, ALL_RESULTS) - pages.length;
		if (rest > 0 && count === MAX_RESULTS) {
			const at = index;
			const more = option(undefined, at, () => setActive(at));
			more.classList.add('search__more');
			more.textContent = fill(ui['search.more'], { count: String(rest) });
			more.addEventListener('click', () => {
				void render(query, ALL_RESULTS).then(() => {
					if (root.dataset.answered === query) setActive(at);
					input.focus();
				});
			});
			const item = element('li', 'search__result');
			item.setAttribute('role', 'presentation');
			item.append(more);
			list.append(item);
		}
		const found =
			pages.length === 0
				? fill(ui['search.noResults'], { query })
				: outcome.total > pages.length
					? fill(ui[outcome.partial ? 'search.resultsTopPartial' : 'search.resultsTop'], {
							shown: String(pages.length),
							count: String(outcome.total),
						})
					: fill(ui['search.results'], { count: String(pages.length) });
		// A mistyped word was searched as the handbook word it most likely meant: say which.
		const meant = outcome.corrected
			.map(({ meant }) => fill(ui['search.correctedWord'], { word: meant }))
			.join(' ');
		status.textContent = meant
			? `${fill(ui['search.corrected'], { words: meant })} ${found}`
			: found;
		showHelp(query, pages);
		input.setAttribute('aria-expanded', String(pages.length > 0));
		setActive(pages.length > 0 ? 0 : -1);
		listed = count;
		root.dataset.answered = query;
	};

	let pause: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		status.textContent = ui['search.loading'];
		clearTimeout(pause);
		pause = setTimeout(() => void render(input.value), TYPING_PAUSE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.isComposing) return; // Enter and arrows belong to the Japanese input method.
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Escape') {
			// A search field's own Escape would only clear the text; readers expect it to close.
			event.preventDefault();
			root.close();
		} else if (event.key === 'Enter') {
			event.preventDefault();
			if (root.dataset.answered === input.value) {
				options()[Math.max(active, 0)]?.click();
				return;
			}
			// Typed and sent at once: the results on screen answer the question before (or none);
			// answer this one now, without the typing pause, and open its first result.
			clearTimeout(pause);
			const query = input.value;
			void render(query).then(() => {
				if (root.dataset.answered === query && input.value === query) options()[0]?.click();
			});
		}
	});
	// Following a result leaves this page: its history entry keeps the question for the way back.
	list.addEventListener('click', (event) => {
		const link = event.target instanceof Element && event.target.closest('a[href]');
		if (!link) return;
		const left: LeftSearch = {
			query: input.value,
			count: listed,
			active: options().indexOf(link as HTMLAnchorElement),
		};
		history.replaceState({ ...history.state, [SEARCH_STATE]: left }, '');
	});
	close.addEventListener('click', () => root.close());
	// A click on the backdrop (the dialog itself, outside its content) closes it.
	root.addEventListener('click', (event) => {
		if (event.target === root) root.close();
	});
	// Back while search is open lands on the page's own entry: search closes, the page stays.
	window.addEventListener('popstate', () => {
		if (root.open && !history.state?.[OPEN_STATE]) root.close();
	});
	root.addEventListener('close', () => {
		// Closed by Esc, Close or a click outside: drop the entry pushed on open, so that Back then
		// leaves the page as it would have before search. The search is done with: coming back to
		// the page no longer reopens it, as the page's own entry never held it.
		if (history.state?.[OPEN_STATE]) history.back();
		else if (history.state?.[SEARCH_STATE] !== undefined) {
			const { [SEARCH_STATE]: _left, ...state } = history.state as Record<string, unknown>;
			history.replaceState(Object.keys(state).length > 0 ? state : null, '');
		}
		button.focus();
	});
	document.body.append(root);
	return {
		root,
		input,
		restore({ query, count, active }) {
			input.value = query;
			void render(query, count).then(() => {
				if (root.dataset.answered === query) setActive(active);
			});
		},
	};
}

/**
 * Opens the search dialog, creating it on first use, with the query selected for retyping. `typed`
 * is what the reader typed while the search code loaded: it becomes the question, asked at once,
 * and they type on after it.
 */
export function openSearch(button: HTMLButtonElement, typed = ''): void {
	const { input } = show(button);
	if (typed) {
		input.value = typed;
		input.dispatchEvent(new Event('input'));
	} else {
		input.select();
	}
}

/**
 * The box's examples, or the first alone where both would be cut off (a phone's width): a cut
 * example reads as a broken one. Measured as the box is shown, so a phone turned between two
 * searches gets the examples that fit.
 */
function fitPlaceholder(input: HTMLInputElement): void {
	const ui = uiStrings(pageLocale());
	const style = getComputedStyle(input);
	const text = document.createElement('canvas').getContext('2d');
	if (!text) return;
	text.font = style.font;
	const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
	const examples = ui['search.placeholder'];
	input.placeholder =
		text.measureText(examples).width <= room ? examples : ui['search.placeholderShort'];
}

/** The dialog, created on first use, open, its box focused and the search engine on its way. */
function show(button: HTMLButtonElement): SearchDialog {
	dialog ??= createDialog(button);
	if (!dialog.root.open) {
		dialog.root.showModal();
		// Reopened by the way back from a result, search is on the entry pushed when it first opened.
		if (!history.state?.[OPEN_STATE]) history.pushState({ [OPEN_STATE]: true }, '');
		fitPlaceholder(dialog.input);
	}
	dialog.input.focus();
	void loadEngine(button).catch(() => undefined);
	return dialog;
}

/**
 * Picks up search where the reader left it, on a page loaded with a query string or a history
 * entry's state: marks the words of the result the page was opened from; on the page a result was
 * followed from, opens the search again as it was left (the way back from a result that did not
 * answer); and on a page opened with a question (`?search=…`, from the other edition), asks it.
 */
export function resumeSearch(button: HTMLButtonElement): Promise<void> {
	const asked = new URLSearchParams(location.search).get(SEARCH_PARAM);
	if (asked !== null) {
		// Asked once: a reload or a link copied from the address bar shows the page itself.
		const url = new URL(location.href);
		url.searchParams.delete(SEARCH_PARAM);
		history.replaceState(history.state, '', url);
	}
	const left = asked?.trim() ? { query: asked, count: MAX_RESULTS, active: 0 } : leftSearch();
	if (left) {
		const { input, restore } = show(button);
		restore(left);
		input.select();
	}
	return highlightSearchedWords(`${site().base}pagefind/`);
}

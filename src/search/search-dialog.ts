/**
 * The search dialog, loaded the first time a reader opens search. Pagefind does the searching,
 * ranking, excerpts and match highlighting; this module only shows its results and handles the
 * keyboard: arrows move through results, Enter opens one, Esc closes.
 */
import type { Locale } from '../config/handbook-config.ts';
import { uiStrings } from '../translations/index.ts';
import { HIGHLIGHT_PARAM } from './constants.ts';

/** The parts of Pagefind's browser API used here. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(
		query: string,
		options?: object,
		wait?: number,
	): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
	data(): Promise<PagefindData>;
}

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
}

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}

/** The page's language, as the page declares it; search and its text follow it. */
function pageLocale(): Locale {
	return document.documentElement.lang === 'en' ? 'en' : 'ja';
}

const MAX_RESULTS = 8;

let dialog: HTMLDialogElement | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** Where the site is served and which build this is, from the page's `<html>`. */
function site(): { base: string; buildId: string } {
	const { base = '/', buildId = '' } = document.documentElement.dataset;
	return { base, buildId };
}

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const { base, buildId } = site();
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await module.options({
			baseUrl: base,
			highlightParam: HIGHLIGHT_PARAM,
			// One tag per build: the offline cache can keep Pagefind's entry file until the next deploy.
			metaCacheTag: buildId,
			excerptLength: 22,
		});
		await module.init();
		return module;
	})();
	return pagefind;
}

/** The plain words of an excerpt, without Pagefind's `<mark>` tags. */
function words(excerpt: string): string[] {
	return excerpt
		.replace(/<[^>]+>/g, '')
		.split(/[\s.、。,]+/)
		.filter(Boolean);
}

/**
 * Whether an excerpt is mostly the chapter's search keywords: they are indexed so that everyday
 * words find the chapter, but a list of them says nothing to the reader.
 */
function isKeywordList(excerpt: string, keywords: string | undefined): boolean {
	if (!keywords) return false;
	const known = new Set(keywords.split(' '));
	const found = words(excerpt);
	return found.length > 0 && found.filter((word) => known.has(word)).length * 2 >= found.length;
}

/** What a result shows: the section that matched best, and an excerpt worth reading. */
function describe(data: PagefindData): {
	url: string;
	section: string | undefined;
	excerpt: string;
} {
	const keywords = data.meta.keywords;
	const sections = [...data.sub_results]
		.filter((section) => !isKeywordList(section.excerpt, keywords))
		.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
	const best = sections[0];
	if (best) {
		return {
			url: best.url,
			section: best.title !== data.meta.title ? best.title : undefined,
			excerpt: best.excerpt,
		};
	}
	// Only the keywords matched: the chapter's own one-line description reads better than them.
	const escaped = (data.meta.description ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return { url: data.url, section: undefined, excerpt: escaped };
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

function createDialog(button: HTMLButtonElement): HTMLDialogElement {
	// The text comes with this lazily loaded module, not with every page.
	const ui = uiStrings(pageLocale());
	const strings = {
		label: ui['search.label'],
		placeholder: ui['search.placeholder'],
		close: ui['search.close'],
		loading: ui['search.loading'],
		noResults: ui['search.noResults'],
		results: ui['search.results'],
		unavailable: ui['search.unavailable'],
		hint: ui['search.hint'],
	};
	const root = element('dialog', 'search');
	root.setAttribute('aria-label', strings.label);
	root.innerHTML = `
		<div class="search__bar">
			<input class="search__input" type="search" autocomplete="off" spellcheck="false"
				role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results">
			<button class="search__close" type="button"></button>
		</div>
		<p class="search__status" role="status" aria-live="polite"></p>
		<ul class="search__results" id="search-results" role="listbox"></ul>
		<p class="search__hint"></p>`;
	const input = root.querySelector<HTMLInputElement>('.search__input')!;
	const close = root.querySelector<HTMLButtonElement>('.search__close')!;
	const status = root.querySelector<HTMLParagraphElement>('.search__status')!;
	const list = root.querySelector<HTMLUListElement>('.search__results')!;
	input.placeholder = strings.placeholder;
	input.setAttribute('aria-label', strings.label);
	close.textContent = strings.close;
	root.querySelector('.search__hint')!.textContent = strings.hint;

	let active = -1;
	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((option, position) =>
			option.setAttribute('aria-selected', String(position === active)),
		);
		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	};

	const render = async (query: string) => {
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			input.setAttribute('aria-expanded', 'false');
			setActive(-1);
			return;
		}
		let engine: Pagefind;
		try {
			engine = await loadPagefind();
		} catch {
			status.textContent = strings.unavailable;
			return;
		}
		const search = await engine.debouncedSearch(query, {}, 120);
		if (!search || input.value !== query) return;
		const pages = await Promise.all(
			search.results.slice(0, MAX_RESULTS).map((result) => result.data()),
		);
		if (input.value !== query) return;
		list.replaceChildren(
			...pages.map((page, index) => {
				const shown = describe(page);
				// The link itself is the option, so that the list holds nothing interactive inside
				// something interactive.
				const item = element('li', 'search__result');
				item.setAttribute('role', 'presentation');
				const option = element('a', 'search__link');
				option.id = `search-result-${index}`;
				option.setAttribute('role', 'option');
				option.href = shown.url;
				option.tabIndex = -1;
				option.append(element('span', 'search__title', page.meta.title ?? page.url));
				if (shown.section) option.append(element('span', 'search__section', shown.section));
				const excerpt = element('span', 'search__excerpt');
				// Pagefind's excerpt is escaped text of our own pages with <mark> around the matches.
				excerpt.innerHTML = shown.excerpt;
				option.append(excerpt);
				option.addEventListener('mousemove', () => setActive(index));
				item.append(option);
				return item;
			}),
		);
		status.textContent =
			pages.length === 0
				? strings.noResults.replace('{query}', query)
				: strings.results.replace('{count}', String(search.results.length));
		input.setAttribute('aria-expanded', String(pages.length > 0));
		setActive(pages.length > 0 ? 0 : -1);
	};

	input.addEventListener('input', () => {
		status.textContent = strings.loading;
		void render(input.value);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Escape') {
			// A search field's own Escape would only clear the text; readers expect it to close.
			event.preventDefault();
			root.close();
		} else if (event.key === 'Enter') {
			event.preventDefault();
			options()[Math.max(active, 0)]?.click();
		}
	});
	close.addEventListener('click', () => root.close());
	// A click on the backdrop (the dialog itself, outside its content) closes it.
	root.addEventListener('click', (event) => {
		if (event.target === root) root.close();
	});
	root.addEventListener('close', () => button.focus());
	document.body.append(root);
	return root;
}

/** Opens the search dialog, creating it on first use, with the query selected for retyping. */
export function openSearch(button: HTMLButtonElement): void {
	dialog ??= createDialog(button);
	if (!dialog.open) dialog.showModal();
	const input = dialog.querySelector<HTMLInputElement>('.search__input')!;
	input.focus();
	input.select();
	void loadPagefind().catch(() => undefined);
}

import { expect, test, type ConsoleMessage } from '@playwright/test';
import { HandbookPage } from './pages/handbook-page.ts';
import { SearchDialog } from './pages/search-dialog.ts';

/** The chapter list's link under every search's results, in Japanese. */
const CHAPTER_LIST_JA = '章の一覧から探す';

/** What Playwright itself logs on each page for the service worker its config blocks here. */
const BLOCKED_WORKER_NOTICE = 'Service Worker registration blocked by Playwright';

test.describe('searching the handbook', () => {
	let problems: string[];

	test.beforeEach(({ page }) => {
		problems = [];
		page.on('console', (message: ConsoleMessage) => {
			if (message.text() === BLOCKED_WORKER_NOTICE) return;
			if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
	});

	test.afterEach(() => {
		expect(problems, 'console errors and warnings').toEqual([]);
	});

	test('loads no search code until search is opened', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await new HandbookPage(page).open('purpose/');
		expect(
			scripts.filter((path) => path.includes('pagefind') || path.includes('search-dialog')),
		).toEqual([]);
		await new SearchDialog(page).button.click();
		await expect.poll(() => scripts.some((path) => path.includes('search-dialog'))).toBe(true);
	});

	test('"/" opens search; a Japanese query finds the crisis guide; Enter opens it with the words marked', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await page.keyboard.press('/');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toBeFocused();
		await expect(search.input).toHaveAttribute('placeholder', /炎上したら/);

		await search.search('炎上したら');
		await expect(search.results.first()).toContainText(/炎上/);
		await expect(search.results.locator('mark').first()).toBeVisible();
		// A Japanese excerpt runs to a few lines, as an English one does, not a few words.
		const excerpt = await search.results.first().locator('.search__excerpt').textContent();
		expect(excerpt!.length).toBeGreaterThan(55);
		const target = await search.activeResult.getAttribute('href');
		expect(target).toMatch(/^\/handbook\/crisis-(quick-guide|handling)\/.*[?&]highlight=/);

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/handbook\/crisis-(quick-guide|handling)\//);
		await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
	});

	test('a page opened from a result marks whole words only, in any form of an English word', async ({
		page,
	}) => {
		// The words as a result link carries them: an English question's word and a short one the
		// thesaurus added, a Japanese stem.
		await new HandbookPage(page).open('en/approval-matrix/?highlight=approves&highlight=us');
		const marks = page.locator('main mark.pagefind-highlight');
		await expect(marks.first()).toBeVisible();
		const marked = await marks.evaluateAll((all) =>
			all.map((mark) => {
				const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
				const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
				return `${before}[${mark.textContent}]${after}`;
			}),
		);
		// A possessive ("the approver’s") is part of its word, and marked with it.
		for (const each of marked) {
			expect(each).toMatch(/^[^a-zA-Z]?\[(approv[a-z]*(['’]s)?|us|US)\][^a-zA-Z]?$/i);
		}
		expect(marked.some((each) => /approv/i.test(each))).toBe(true);

		// A compound verb's stem is marked with the kana that make it a word (乗っ取り).
		await new HandbookPage(page).open('crisis-quick-guide/?highlight=炎上&highlight=乗っ取');
		await expect(marks.first()).toBeVisible();
		const japanese = await marks.allTextContents();
		for (const text of japanese) expect(['炎上', '乗っ取', '乗っ取り']).toContain(text);
		expect(japanese).toContain('乗っ取り');
	});

	test('a page opened for a phrase marks it whole, never its words alone', async ({ page }) => {
		// The thesaurus's term for "HQ"; the page also says "us" on its own ("false information
		// about us").
		await new HandbookPage(page).open(
			`en/crisis-quick-guide/?highlight=${encodeURIComponent('"us head office"')}`,
		);
		const marks = page.locator('main mark.pagefind-highlight');
		await expect(marks.filter({ visible: true }).first()).toBeVisible();
		const marked = await marks.allTextContents();
		for (const text of marked) expect(text).toMatch(/^us head office$/i);
	});

	test('a page opened at a section marks the words in that section only', async ({ page }) => {
		await new HandbookPage(page).open(
			'en/governance/?highlight=accounts&highlight=governance#managing-the-accounts',
		);
		const marks = page.locator('main mark.pagefind-highlight');
		await expect(marks.first()).toBeVisible();
		// The section each mark stands in: the last h2 before it.
		const sections = await marks.evaluateAll((all) =>
			all.map((mark) => {
				const headings = [...document.querySelectorAll('main h2[id]')];
				const before = headings.filter(
					(heading) => heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING,
				);
				return before.at(-1)?.id;
			}),
		);
		expect(new Set(sections)).toEqual(new Set(['managing-the-accounts']));
	});

	test('arrow keys move through the results and Enter opens the chosen one', async ({ page }) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await page.keyboard.press('/');
		await search.search('フォロワー購入');
		expect(await search.results.count()).toBeGreaterThan(1);
		await expect(search.results.nth(0)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(search.results.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(search.input).toHaveAttribute('aria-activedescendant', 'search-result-1');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowDown');
		const href = await search.results.nth(1).getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(href!.replace(/[?]/g, '\\?').replace(/#.*/, '')));
	});

	test('what is typed or pasted right after "/", while search first loads, starts the question', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		// The search code held back, as on a slow first visit.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/search-dialog.*.js', async (route) => {
			await held;
			await route.continue();
		});
		await new HandbookPage(page).open('en/');
		await page.keyboard.press('/');
		await page.keyboard.type('our ');
		// Text an input method or a paste gives at once, with no key for each letter.
		await page.keyboard.insertText('acc');
		release();
		await expect(search.input).toHaveValue('our acc');
		await page.keyboard.type('ount was hacked');
		await expect(search.input).toHaveValue('our account was hacked');
		await expect(search.results.first()).toHaveAttribute('href', /\/en\/account-security\//);
	});

	test('back from a result shows the search as the reader left it; once closed, it stays closed', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await page.keyboard.press('/');
		await search.search('投稿');
		// The whole list, and a result past the first six chosen with the arrows.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(search.dialog.locator('.search__more')).toHaveCount(0);
		await page.keyboard.press('ArrowDown');
		const found = await search.results.allTextContents();
		const chosen = await search.activeResult.textContent();
		expect(found.indexOf(chosen!)).toBeGreaterThan(6);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]highlight=/);

		await page.goBack();
		await expect(page).toHaveURL(/\/handbook\/purpose\/$/);
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toHaveValue('投稿');
		await expect(search.input).toBeFocused();
		await expect(search.results).toHaveText(found);
		await expect(search.activeResult).toHaveText(chosen!);

		await search.close();
		await page.reload();
		await expect(page.locator('main h1')).toBeVisible();
		await expect(search.dialog).toHaveCount(0);
	});

	test('Back with search open closes it and stays on the page; once closed, Back leaves the page', async ({
		page,
	}) => {
		const handbook = new HandbookPage(page);
		const search = new SearchDialog(page);
		await handbook.open('purpose/');
		await handbook.nextLink.click();
		// The next chapter loaded, its scripts run: a click any sooner could reach a page that
		// cannot open search yet (it did once in CI, on a busy machine).
		await page.waitForURL((url) => !url.pathname.endsWith('/purpose/'), { waitUntil: 'load' });
		const chapter = page.url();
		await handbook.searchButton.click();
		await search.search('炎上');
		await page.goBack();
		await expect(search.dialog).toBeHidden();
		expect(page.url()).toBe(chapter);
		await expect(handbook.searchButton).toBeFocused();

		await page.keyboard.press('/');
		await expect(search.dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		// Closing took back the entry search added: Back goes where it would have without search.
		await expect.poll(() => page.evaluate(() => history.state)).toBeNull();
		await page.goBack();
		await expect(page).toHaveURL(/\/handbook\/purpose\/$/);
	});

	test('a question in the other language that finds nothing leads to the other edition, asked there', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await search.button.click();
		await search.ask('who approves ads');
		await expect(search.results).toHaveCount(0);
		await search.dialog
			.getByRole('link', { name: '英語版で「who approves ads」を検索する' })
			.click();

		await expect(page).toHaveURL(/\/handbook\/en\/purpose\/$/);
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toHaveValue('who approves ads');
		await expect(search.results.first()).toHaveAttribute('href', /\/en\/approval-matrix\//);
	});

	test('Enter pressed right after typing opens an answer to what was typed, not to the question before', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await page.keyboard.press('/');
		await search.search('giveaway prize limits');
		await expect(search.results.first()).toHaveAttribute('href', /\/en\/law-and-disclosure\//);
		// Typed and sent before the typing pause is over: the giveaway results are still on screen.
		await search.input.fill('our account was hacked');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/en\/account-security\//);
	});

	test('Ctrl+K opens search on an English page in English, and Esc closes it', async ({ page }) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/measurement/');
		await page.keyboard.press('Control+k');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toHaveAttribute('aria-label', 'Search the handbook');
		await search.search('I deleted a post by mistake');
		await expect(search.results.first()).toContainText(/Crisis/);
		await expect(search.results.first()).toHaveAttribute('href', /^\/handbook\/en\/crisis-/);
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.button).toBeFocused();
	});

	test('a question typed with particles and endings finds the crisis guide first and marks only its words', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await search.button.click();
		await search.search('Xで攻撃されている');
		await expect(search.results.first()).toHaveAttribute(
			'href',
			/\/handbook\/crisis-quick-guide\//,
		);
		const marked = await search.dialog.locator('.search__excerpt mark').allTextContents();
		expect(marked.length).toBeGreaterThan(0);
		// Grammar (て, いる, です) and punctuation are never what a reader searched for.
		for (const word of marked) expect(word).not.toMatch(/^[\p{Script=Hiragana}\p{P}\s]{1,2}$/u);
	});

	test('Tab from the box passes over the results, chosen with the arrows, to Close and the help links', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await search.button.click();
		await search.search('炎上');
		await page.keyboard.press('Tab');
		await expect(search.dialog.locator('.search__close')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(search.dialog.locator('.search__help-link').first()).toBeFocused();
	});

	test('the chapters past the first six are one option away, with the keyboard too', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('purpose/');
		await search.button.click();
		await search.search('投稿');
		const chapters = search.dialog.locator(
			'li.search__result > a[role="option"]:not(.search__more)',
		);
		await expect(chapters).toHaveCount(6);
		const [, total] = /(\d+) 件のうち/.exec((await search.status.textContent()) ?? '') ?? [];
		const more = search.dialog.locator('.search__more');
		await expect(more).toHaveText(`あと ${Number(total) - 6} 件を表示`);

		// Up from the first result wraps round to the last option: the rest of the list.
		await page.keyboard.press('ArrowUp');
		await expect(more).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(chapters).toHaveCount(Number(total));
		await expect(search.status).toHaveText(`${total} 件見つかりました`);
		await expect(more).toHaveCount(0);
		// The reader goes on where the list grew, at the seventh chapter, still typing in the box.
		await expect(search.activeResult).toHaveText((await chapters.nth(6).textContent()) ?? '');
		await expect(search.input).toBeFocused();
	});

	test('a result found through a reader question quotes the answer under its heading, not the question', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		await search.search('can the brand account use emojis');
		const first = search.results.first();
		const href = (await first.getAttribute('href'))!;
		const words = (text: string) => text.replace(/[….]/g, ' ').split(/\s+/).filter(Boolean);
		const excerpt = words((await first.locator('.search__excerpt').textContent()) ?? '');
		expect(excerpt.length).toBeGreaterThan(5);

		await page.goto(href);
		const section = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
		// The section was found through the readers' questions hidden under its heading…
		const questions = page.locator(
			`xpath=//*[@id="${section}"]/following::p[starts-with(@id, "reader-questions-")][1]`,
		);
		const asked = words((await questions.textContent()) ?? '').join(' ');
		expect(asked).toMatch(/emoji/i);
		// …and its excerpt quotes the text a reader sees there.
		const opening = excerpt.slice(1, 6).join(' ');
		expect(asked).not.toContain(opening);
		expect(words(await page.locator('main .prose').innerText()).join(' ')).toContain(opening);
	});

	test('an everyday English question reaches the handbook term through the thesaurus', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		await search.search('someone is attacking our brand on X');
		await expect(search.results.first()).toHaveAttribute(
			'href',
			/\/handbook\/en\/crisis-quick-guide\//,
		);
		await expect(search.results.nth(1)).toBeVisible();
	});

	test('a question asking what a word means opens the glossary at that word', async ({ page }) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		// The segmenter cuts 中の人 into three bits, and its own search ranks the glossary low.
		await search.search('中の人って何');
		const href = decodeURIComponent((await search.results.first().getAttribute('href')) ?? '');
		expect(href).toMatch(/\/handbook\/glossary\/.*#中の人$/);
	});

	test('asked what a thing the glossary does not define is, the chapter about it leads', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		// The glossary has no entry for the approval matrix, only words near it ("approved scope").
		await search.search('what is the approval matrix');
		await expect(search.results.first()).toHaveAttribute(
			'href',
			/\/handbook\/en\/approval-matrix\//,
		);
	});

	test('a chapter shows up to three of its best sections, each linking to its heading', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.search('深刻度');
		const sections = search.dialog.locator('.search__sections .search__link');
		await expect(sections.first()).toBeVisible();
		for (const item of await search.dialog.locator('.search__result').all()) {
			expect(await item.locator('[role="option"]').count()).toBeLessThanOrEqual(3);
		}
		expect(await sections.first().getAttribute('href')).toMatch(/#./);
	});

	test("a chapter's opening, offered under the chapter, is named as its start, not as the chapter", async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.search('炎上した どうすれば');
		const results = await search.dialog.locator('.search__result').evaluateAll((items) =>
			items.map((item) => ({
				title: item.querySelector('.search__title')?.textContent,
				sections: [...item.querySelectorAll('.search__sections .search__section')].map(
					(section) => section.textContent,
				),
			})),
		);
		for (const { title, sections } of results) expect(sections).not.toContain(title);
		expect(results.flatMap((result) => result.sections)).toContain('章のはじめ');
	});

	test("a question a chapter lists opens its section, and search finds that section by the question's words", async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/persona-and-accounts/');
		const questions = page.locator('details.questions');
		await questions.locator('summary').click();
		const question = questions.locator('a').last();
		const [text, href] = [await question.textContent(), await question.getAttribute('href')];
		expect(href).toMatch(/^#./);
		await question.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(
			page.locator(decodeURIComponent(href!).replace(/^#/, '[id="') + '"]'),
		).toBeInViewport();

		await search.button.click();
		await search.search(text!);
		// The chapter is among the answers (other chapters may answer the same question too), and
		// its link opens the section that answers the question, not the top of the page.
		const answer = new RegExp(`/en/persona-and-accounts/(\\?[^#]*)?${href}$`);
		await expect(search.results.first()).toHaveAttribute('href', /./);
		// Each chapter's own link (its best section), not the further sections listed under it.
		const chapterLinks = search.dialog.locator('.search__result > .search__link');
		const hrefs = await chapterLinks.evaluateAll((links) =>
			links.map((link) => link.getAttribute('href') ?? ''),
		);
		expect(
			hrefs.some((each) => answer.test(each)),
			hrefs.join('\n'),
		).toBe(true);
	});

	test('a mistyped word is searched as the handbook word it most likely meant, and the status says so', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		await search.ask('pasword manager');
		await expect(search.status).toContainText('Searched for “password”.');
		await expect(search.results.first()).toHaveAttribute('href', /\/en\/account-security\//);
		await expect(search.results.first().locator('mark').first()).toHaveText(/^password$/i);
	});

	test('a loanword typed in hiragana on a phone is searched in katakana, and the status says so', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.ask('いんふるえんさーに頼むとき');
		await expect(search.status).toContainText('「インフルエンサー」で検索しました。');
		await expect(search.results.first()).toHaveAttribute('href', /\/law-and-disclosure\//);
		await expect(search.results.first().locator('mark').first()).toHaveText('インフルエンサー');
	});

	test('a question typed wholly in hiragana is read with the handbook kanji words, and finds them', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.ask('ちょさくけん');
		await expect(search.status).toContainText('「著作権」で検索しました。');
		await expect(search.results.first()).toHaveAttribute('href', /\/law-and-disclosure\//);
	});

	test('a question nothing answers leads to the crisis guide, the chapter list and the handbook team', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		await search.input.fill('qzxqzx');
		await expect(search.status).toContainText('No page answers “qzxqzx”');
		await expect(search.results).toHaveCount(0);
		const help = search.dialog.locator('.search__help');
		await expect(help.getByRole('link', { name: /crisis quick guide/ })).toHaveAttribute(
			'href',
			/\/handbook\/en\/crisis-quick-guide\/$/,
		);
		await expect(help.getByRole('link', { name: /list of chapters/ })).toHaveAttribute(
			'href',
			'/handbook/en/#chapters',
		);
		const ask = await help
			.getByRole('link', { name: /Ask the handbook team/ })
			.getAttribute('href');
		expect(ask).toMatch(/^mailto:social-media-handbook@example\.co\.jp\?/);
		expect(decodeURIComponent(ask!)).toContain('qzxqzx');
	});

	test("results end with the chapter list and a question to the top chapter's owner, the query filled in", async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.search('ROAS');
		await expect(
			search.dialog.locator('.search__help').getByRole('link', { name: CHAPTER_LIST_JA }),
		).toHaveAttribute('href', '/handbook/#chapters');
		const ask = search.dialog.locator('.search__help-link--ask');
		await expect(ask).toContainText('担当者に質問する');
		const href = await ask.getAttribute('href');
		expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
		expect(decodeURIComponent(href!)).toContain('ROAS');
	});

	test('says how many of the pages found it shows, when it shows only the best', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		// A word every chapter uses: more chapters match than the dialog lists.
		await search.search('投稿');
		const shown = await search.dialog
			.locator('li.search__result > a[role="option"]:not(.search__more)')
			.count();
		await expect(search.status).toHaveText(new RegExp(`^\\d+ 件のうち、よく合う ${shown} 件$`));
		const found = Number(/^(\d+)/.exec((await search.status.textContent()) ?? '')![1]);
		expect(found).toBeGreaterThan(shown);
	});

	test('says so when the pages it counts hold only some of the words', async ({ page }) => {
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('en/');
		await search.button.click();
		// No chapter holds both words: each is searched alone, and a page counted holds one.
		await search.search('typhoon password');
		// Without a count: after each word was searched alone, nearly every chapter holds one of
		// them, and "of 19" told the reader nothing.
		await expect(search.status).toHaveText(/^The best \d+, each holding some of the words$/);
	});

	test('on a laptop screen the results take most of its height, not a fixed box', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const search = new SearchDialog(page);
		await new HandbookPage(page).open('');
		await search.button.click();
		await search.search('投稿');
		const results = await search.dialog.locator('.search__results').boundingBox();
		expect(results?.height).toBeGreaterThanOrEqual(800 / 2);
		const dialog = await search.dialog.boundingBox();
		expect(dialog!.y + dialog!.height).toBeLessThanOrEqual(800);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 740 } });

		test('the dialog fills the screen without scrolling sideways', async ({ page }) => {
			const search = new SearchDialog(page);
			await new HandbookPage(page).open('');
			await search.button.click();
			await search.search('炎上');
			const box = await search.dialog.boundingBox();
			expect(box?.width).toBeGreaterThanOrEqual(355);
			expect(await new HandbookPage(page).horizontalOverflow()).toBe(0);
		});

		test("a chapter's further sections are named without excerpts, so the next chapter shows above the keyboard", async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			const search = new SearchDialog(page);
			await new HandbookPage(page).open('');
			await search.button.click();
			await search.search('お客さんからの苦情');
			// A chapter offered with two further sections, under its first one.
			const chapter = search.dialog
				.locator('.search__result')
				.filter({ has: page.locator('.search__section-item:nth-child(2)') })
				.first();
			await expect(chapter.locator('.search__sections .search__section').first()).toBeVisible();
			await expect(chapter.locator('.search__sections .search__excerpt').first()).toBeHidden();
			// Its first section still quotes its answer.
			await expect(chapter.locator('.search__excerpt').first()).toBeVisible();
			// What a phone's keyboard leaves of an 844 px screen is about its upper half: a chapter
			// with three excerpts took most of it (378 px), so the next one started below.
			const box = await chapter.boundingBox();
			expect(box!.height).toBeLessThan(844 / 3);
		});

		test('on the narrowest phone, with larger text, every line of the dialog wraps inside it', async ({
			page,
		}) => {
			await page.setViewportSize({ width: 320, height: 568 });
			const search = new SearchDialog(page);
			await new HandbookPage(page).open('en/');
			// A reader who set a larger text size in the browser (here 150%).
			await page.evaluate(() => (document.documentElement.style.fontSize = '150%'));
			await search.button.click();
			await search.search('who approves a post about a discount');
			const widest = await search.dialog.evaluate((dialog) =>
				Math.max(
					...[...dialog.querySelectorAll('*')].map((each) => each.getBoundingClientRect().right),
				),
			);
			expect(widest).toBeLessThanOrEqual(320);
			expect(await search.dialog.evaluate((dialog) => dialog.scrollWidth)).toBeLessThanOrEqual(320);
		});
	});
});

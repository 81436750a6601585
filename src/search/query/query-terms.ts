/**
 * Turns a question as typed into the words worth searching for. Runs in the browser with the
 * browser's own `Intl.Segmenter` (the same segmenter Pagefind uses on the query), so nothing is
 * downloaded for it.
 *
 * 1. `normalizeText`: full-width/half-width, case, dashes; phrases of asking (`ASKING_PHRASES`:
 *    気をつける, "is it ok to") go.
 * 2. `Intl.Segmenter` cuts the text into words; punctuation and spaces go.
 * 3. Grammar goes (`STOP_WORDS`): particles, auxiliaries, inflection endings, question words.
 * 4. Japanese inflected words are cut back to their stem, which Pagefind matches as a prefix of
 *    every form the index holds: 書く → 書, 使い分け → 使い分, 叩か → 叩. Katakana words lose a
 *    final long-vowel mark (サーバー → サーバ) so both spellings meet one thesaurus entry (search
 *    then looks for the word as typed first: see `analyse-query.ts`).
 * 5. Pieces the segmenter split inside one word are joined again: 間 | 違 → 間違,
 *    乗 | っ | 取 → 乗っ取, 企画 | 書 → 企画書 (Pagefind splits a joined word again and requires
 *    all its parts, which is what a compound means).
 */
import type { Locale } from '../../config/handbook-config.ts';
import { normalizeText } from './normalize.ts';
import { ASKING_PHRASES, STOP_WORDS } from './stop-words.ts';

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const KANJI_ONLY = /^[\p{Script=Han}々〆ヶ]+$/u;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;
const STARTS_WITH_KANJI = /^[\p{Script=Han}々]/u;
const TRAILING_HIRAGANA = /[\p{Script=Hiragana}]+$/u;
const SMALL_TSU = 'っ';

const segmenters = new Map<Locale, Intl.Segmenter>();

function segmenter(locale: Locale): Intl.Segmenter {
	let found = segmenters.get(locale);
	if (!found) {
		found = new Intl.Segmenter(locale, { granularity: 'word' });
		segmenters.set(locale, found);
	}
	return found;
}

/** A word as cut by the segmenter, with what kind of script it is written in. */
interface Piece {
	text: string;
	kind: 'kanji' | 'kana-ending' | 'hiragana' | 'katakana' | 'other' | 'whole';
	/** Whether a dropped word or a space came right before it. */
	gapBefore: boolean;
}

function kindOf(text: string): Piece['kind'] {
	if (KANJI_ONLY.test(text)) return 'kanji';
	if (HIRAGANA_ONLY.test(text)) return 'hiragana';
	if (KATAKANA_ONLY.test(text)) return 'katakana';
	if (STARTS_WITH_KANJI.test(text) && TRAILING_HIRAGANA.test(text)) return 'kana-ending';
	return 'other';
}

/** The word-like pieces of the text, and whether something stood between each and the last. */
function pieces(text: string, locale: Locale): Piece[] {
	const found: Piece[] = [];
	let gap = false;
	for (const { segment, isWordLike } of segmenter(locale).segment(text)) {
		if (!isWordLike) {
			// Spaces and punctuation part words; the small っ the segmenter sometimes leaves alone
			// inside a word (乗 | っ | 取) is kept to be joined.
			if (segment === SMALL_TSU) found.push({ text: segment, kind: 'hiragana', gapBefore: gap });
			else gap = true;
			continue;
		}
		found.push({ text: segment, kind: kindOf(segment), gapBefore: gap });
		gap = false;
	}
	return joinWaysOfDoing(found);
}

/** The last kana of a verb's continuing form (立て, 防ぎ, 書き): the row of い or of え. */
const CONTINUING_KANA = /[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ]$/u;

/**
 * 方 right after a verb's continuing form makes "the way to do it" (立て方, 防ぎ方), one word, as
 * the segmenter itself reads 書き方 and 選び方; cut apart (立て | 方, 防 | ぎ | 方), the verb would
 * go as a lone kanji and 方 as a word of asking, and "目標の立て方" would search for 目標 alone.
 * After any other kana (した | 方がいい, の | 方) 方 is "rather" or "side", and stays a word apart.
 */
function joinWaysOfDoing(found: Piece[]): Piece[] {
	const joined: Piece[] = [];
	for (const piece of found) {
		const last = joined.at(-1);
		const beforeLast = joined.at(-2);
		if (piece.text === '方' && !piece.gapBefore && last && CONTINUING_KANA.test(last.text)) {
			if (last.kind === 'kana-ending') {
				joined.splice(-1, 1, { ...last, text: `${last.text}方`, kind: 'other' });
				continue;
			}
			if (
				last.kind === 'hiragana' &&
				[...last.text].length === 1 &&
				!last.gapBefore &&
				beforeLast?.kind === 'kanji' &&
				[...beforeLast.text].length === 1
			) {
				joined.splice(-2, 2, {
					...beforeLast,
					text: `${beforeLast.text}${last.text}方`,
					kind: 'other',
				});
				continue;
			}
		}
		joined.push(piece);
	}
	return joined;
}

/** Whether a Japanese piece carries meaning (is not grammar). */
function isJapaneseContent(piece: Piece, stopWords: ReadonlySet<string>): boolean {
	if (stopWords.has(piece.text)) return false;
	if (piece.kind === 'hiragana') return piece.text.length >= 3;
	return true;
}

/** The stem of an inflected Japanese word: its kanji and inner kana, without the ending. */
function stem(text: string): string {
	if (STARTS_WITH_KANJI.test(text)) {
		const cut = text.replace(TRAILING_HIRAGANA, '');
		if (cut.length > 0) return cut;
	}
	if (KATAKANA_ONLY.test(text) && text.length >= 4) return text.replace(/ー$/, '');
	return text;
}

/**
 * The pieces of the text, with each of the `wholeWords` it holds kept as one piece. The segmenter
 * cuts words written in hiragana into grammar-sized bits (いいね → いい | ね, なりすまし → なり | す |
 * まし) that would be dropped as grammar; a word the thesaurus names is read whole instead.
 */
function piecesKeeping(text: string, wholeWords: readonly string[]): Piece[] {
	const found = wholeWords.length > 0 ? findWholeWords(text, wholeWords) : [];
	if (found.length === 0) return pieces(text, 'ja');
	const all: Piece[] = [];
	let from = 0;
	for (const { start, word } of found) {
		all.push(...pieces(text.slice(from, start), 'ja'));
		all.push({ text: word, kind: 'whole', gapBefore: true });
		from = start + word.length;
	}
	const rest = pieces(text.slice(from), 'ja');
	if (rest[0]) rest[0].gapBefore = true;
	all.push(...rest);
	return all;
}

/** Where the whole words stand in the text, longest first, never overlapping, in text order. */
function findWholeWords(
	text: string,
	wholeWords: readonly string[],
): Array<{ start: number; word: string }> {
	const taken: Array<{ start: number; word: string }> = [];
	for (const word of [...wholeWords].sort((a, b) => b.length - a.length)) {
		for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
			const end = start + word.length;
			if (taken.some((each) => start < each.start + each.word.length && each.start < end)) continue;
			taken.push({ start, word });
		}
	}
	return taken.sort((a, b) => a.start - b.start);
}

/**
 * Particles that may follow a noun of one kanji (企画書に, 書の): other kana right after one kanji
 * is its verb ending (使 | って, 載 | せ).
 */
const PARTICLES_AFTER_NOUN = new Set([
	'の',
	'に',
	'を',
	'が',
	'は',
	'で',
	'と',
	'も',
	'へ',
	'や',
	'か',
	'から',
	'まで',
	'より',
	'など',
]);

/** Whether a piece is a verb or adjective of one kanji: 載せ, 向け, or 使 with its ending after. */
function oneKanjiVerb(piece: Piece, next: Piece | undefined): boolean {
	if (piece.kind === 'kana-ending')
		return /^[\p{Script=Han}][\p{Script=Hiragana}]+$/u.test(piece.text);
	return (
		[...piece.text].length === 1 &&
		next?.kind === 'hiragana' &&
		!next.gapBefore &&
		!PARTICLES_AFTER_NOUN.has(next.text)
	);
}

/**
 * Whether the word read so far stands on its own (写真, 承認), so that a verb after it is another
 * word; a lone kanji (間 | 違えて) or a word still open on its kana (乗っ, 振り) is not done yet.
 */
function wordOfItsOwn(current: string): boolean {
	return [...current].length >= 2 && !/[\p{Script=Hiragana}]$/u.test(current);
}

/** Particles after which a verb stem (急ぎ, 動き) is a noun. */
const PARTICLES_AFTER_VERB_NOUN = new Set(['の', 'で', 'が', 'を', 'は', 'も']);

/** Kanji, with at most one kana between two of them, and the kana of a continuing form. */
const NOUN_FROM_VERB = new RegExp(
	`^((?:\\p{Script=Han}\\p{Script=Hiragana}?)*\\p{Script=Han})${CONTINUING_KANA.source}`,
	'u',
);

/**
 * Whether kanji with one kana of a verb's continuing form (急ぎ, 休み, 流れ, 下書き, 手続き; also
 * with a kana between the kanji: 申し込み, 引き継ぎ) stands as a noun: a particle right after it,
 * or, for two kanji or more, the end of the question or a space. Such a noun is searched whole:
 * cut to its kanji, 下書 is two words to Pagefind (下 | 書), which finds 部下 and 書く. The
 * dictionary form before の is the verb made a noun (書くのは) and still the verb.
 */
function nounFromVerb(piece: Piece, next: Piece | undefined): boolean {
	const kanji = NOUN_FROM_VERB.exec(piece.text)?.[1]?.replace(/\p{Script=Hiragana}/gu, '');
	if (kanji === undefined) return false;
	// Two kanji or more (下書き, 手続き) are a noun at the end of a word too: one (載せ) may be a verb.
	if ([...kanji].length >= 2 && (next === undefined || next.gapBefore)) return true;
	return next !== undefined && !next.gapBefore && PARTICLES_AFTER_VERB_NOUN.has(next.text);
}

/**
 * Adjectives of one kanji and い that come before nouns (悪い噂, 古い投稿): their い is not the
 * continuing form of a verb that begins a compound (問い合わせ, 買い物), so the noun after them is
 * a word of its own, and meets the thesaurus (噂 → うわさ).
 */
const ADJECTIVES = new Set(
	[
		...'悪古良高安早遅強弱多少若広狭長短重軽深浅近遠怖低細太汚凄酷暗赤白黒青薄濃痛寒暑熱辛甘硬固緩',
	].map((kanji) => `${kanji}い`),
);

/** Whether a kanji word with one kana ending (振り) runs on into the kanji word right after it. */
function startsCompound(
	piece: Piece,
	next: Piece | undefined,
	stopWords: ReadonlySet<string>,
): boolean {
	return (
		/^[\p{Script=Han}々]+[\p{Script=Hiragana}]$/u.test(piece.text) &&
		!ADJECTIVES.has(piece.text) &&
		next !== undefined &&
		!next.gapBefore &&
		(next.kind === 'kanji' || next.kind === 'kana-ending') &&
		!stopWords.has(next.text)
	);
}

function japaneseTerms(text: string, wholeWords: readonly string[]): string[] {
	const stopWords = STOP_WORDS.ja;
	const all = piecesKeeping(text, wholeWords);
	const terms: string[] = [];
	let current = '';
	// What `current` may still take: more kanji (it ends in kanji, or kanji + っ), more katakana
	// (インフル | エンサー), or nothing.
	let open: 'kanji' | 'katakana' | undefined;
	const flush = () => {
		if (current) terms.push(stem(current));
		current = '';
		open = undefined;
	};
	for (let index = 0; index < all.length; index++) {
		const piece = all[index]!;
		if (piece.kind === 'whole') {
			flush();
			terms.push(piece.text);
			continue;
		}
		const next = all[index + 1];
		// 何 and the counter after it (何 | 回, 何 | 日) are one word that asks how many: the counter
		// must not run on into the word after it (週に何回投稿 is not about 回投稿). The question
		// drops it unless the thesaurus knows it (何回 → 頻度).
		if (
			piece.text === '何' &&
			next?.kind === 'kanji' &&
			!next.gapBefore &&
			[...next.text].length === 1
		) {
			flush();
			terms.push(`何${next.text}`);
			index++;
			continue;
		}
		// 乗 | っ | 取 (or 取り): the small tsu joins two kanji pieces into one word.
		if (
			piece.text === SMALL_TSU &&
			open === 'kanji' &&
			(next?.kind === 'kanji' || next?.kind === 'kana-ending') &&
			!next.gapBefore
		) {
			current += piece.text;
			continue;
		}
		// Kana right after kanji is the kanji word's ending (叩 | かれる), however long; so is the
		// kana after an ending small tsu, which never ends a word (乗 | っ | かって).
		const ending =
			piece.kind === 'hiragana' &&
			!piece.gapBefore &&
			(open === 'kanji' || all[index - 1]?.text === SMALL_TSU);
		if (ending || !isJapaneseContent(piece, stopWords)) {
			flush();
			continue;
		}
		// A verb of one kanji after a kanji word is a word of its own (写真 | 載せ, 承認 | 待 | って),
		// not the end of a compound (企画 | 書 | に); after one kanji (間 | 違えて) or 乗っ or 振り it
		// is (間違える, 乗っ取り, 振り返り).
		const joins =
			!piece.gapBefore &&
			((open === 'kanji' &&
				(piece.kind === 'kanji' || piece.kind === 'kana-ending') &&
				(!wordOfItsOwn(current) || !oneKanjiVerb(piece, next))) ||
				(open === 'katakana' && piece.kind === 'katakana'));
		if (!joins) flush();
		current += piece.text;
		open = piece.kind === 'kanji' || piece.kind === 'katakana' ? piece.kind : undefined;
		// A verb stem with its one kana (振り, 断り, 見込み) right before more kanji is the first half
		// of a compound (振り返る, 断り書き, 見込み客): the word goes on, its inner kana kept. Any other
		// inflected word (書く, 向け) ends the term: what follows is a new word.
		if (
			open === undefined &&
			piece.kind === 'kana-ending' &&
			startsCompound(piece, next, stopWords)
		)
			open = 'kanji';
		// A verb stem with its one kana standing as a noun before a particle (急ぎで, 動きが) is
		// that noun: searched whole, not as its one kanji.
		if (open === undefined && nounFromVerb(piece, next)) {
			terms.push(current);
			current = '';
			continue;
		}
		if (open === undefined) flush();
	}
	flush();
	return terms.filter((term) => !stopWords.has(term));
}

/** Words joined by hyphens (part-timers, pile-on), which the segmenter would cut apart. */
const HYPHENATED = /[\p{Script=Latin}\p{N}]+(?:-[\p{Script=Latin}\p{N}]+)+/gu;

function englishTerms(text: string): string[] {
	const stopWords = STOP_WORDS.en;
	const terms: string[] = [];
	// A hyphenated word is one word: Pagefind indexes it joined (part-time as parttime), so
	// "part-timers" finds it, while "part" and "timers" apart find every part of anything.
	let last = 0;
	for (const match of text.matchAll(HYPHENATED)) {
		terms.push(...plainEnglishTerms(text.slice(last, match.index), stopWords));
		terms.push(match[0].replace(/'s$/, ''));
		last = match.index + match[0].length;
	}
	terms.push(...plainEnglishTerms(text.slice(last), stopWords));
	return terms;
}

function plainEnglishTerms(text: string, stopWords: ReadonlySet<string>): string[] {
	const terms: string[] = [];
	for (const { segment, isWordLike } of segmenter('en').segment(text)) {
		if (!isWordLike) continue;
		const word = segment.replace(/'s$/, '');
		if (!stopWords.has(word) && !stopWords.has(segment)) terms.push(word);
	}
	return terms;
}

/**
 * The words of a question worth searching for, in the order typed, each once. Japanese questions
 * are read as Japanese whatever the page's language, and Latin words inside them as English.
 */
export function queryTerms(
	query: string,
	locale: Locale,
	wholeWords: readonly string[] = [],
): string[] {
	let text = normalizeText(query);
	for (const phrase of [...ASKING_PHRASES.ja, ...ASKING_PHRASES.en]) {
		text = text.replaceAll(phrase, ' ');
	}
	const terms =
		locale === 'ja' || /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)
			? japaneseTerms(text, [...wholeWords, ...(text.match(HYPHENATED) ?? [])]).flatMap((term) =>
					/^[\p{Script=Latin}\p{N}' -]+$/u.test(term) ? englishTerms(term) : [term],
				)
			: englishTerms(text);
	return [...new Set(terms)];
}

/**
 * The words a Japanese term was joined from, when it was joined from two or more words of two
 * characters or more (毎回課長 → 毎回, 課長; 取材申し込 → 取材, 申し込): a compound the handbook
 * never writes may still hold words it does. A noun that only ends it (禁止事項 → 禁止) is left out.
 * Empty for a term that is one word.
 */
export function compoundParts(term: string): string[] {
	if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(term)) return [];
	const pieces = [...segmenter('ja').segment(term)]
		.filter(({ isWordLike }) => isWordLike)
		.map(({ segment }) => segment);
	// Pieces of one character in a row are one word (申 | し | 込 is 申し込); a lone one belongs
	// to the word before it (企画 | 書), or after it when it comes first (新 | 商品).
	const words: string[] = [];
	let run = '';
	let lone = '';
	const close = () => {
		if ([...run].length > 1) words.push(run);
		else if (run && words.length > 0) words[words.length - 1] += run;
		else lone = run;
		run = '';
	};
	for (const piece of pieces) {
		if ([...piece].length === 1) {
			run += piece;
			continue;
		}
		close();
		words.push(lone + piece);
		lone = '';
	}
	close();
	if (lone) words.push(lone);
	const parts = words.map(stem);
	if (parts.length < 2 || parts.some((part) => [...part].length < 2)) return [];
	// 禁止事項 is about 禁止: searched alone, 事項 finds whatever chapter says 決定事項.
	return parts.filter((part, index) => index === 0 || !GENERIC_HEADS.has(part));
}

/**
 * Nouns that end a compound without telling what it is about: the matters, contents or list of
 * something (禁止事項, 投稿内容, 担当一覧). A compound no page holds is searched again without them.
 */
const GENERIC_HEADS = new Set(['事項', '内容', '関係', '関連', '全般', '一覧', '周り']);

/**
 * Prefixes that make a word stronger without changing what it is about (大炎上 is 炎上, 超拡散 is
 * 拡散, 猛批判 is 批判), before a word of two kanji or more.
 */
const INTENSIFYING_PREFIX = /^[大超激猛](?=\p{Script=Han}{2})/u;

/** The word a term makes stronger by a prefix (大炎上 → 炎上), if it is such a word. */
export function unprefixed(term: string): string | undefined {
	const base = term.replace(INTENSIFYING_PREFIX, '');
	return base === term ? undefined : base;
}

/**
 * The words a term is searched as when the handbook does not hold it whole: the words of a
 * compound ({@link compoundParts}), or the word a prefix made stronger ({@link unprefixed}).
 */
export function looserWords(term: string): string[] {
	const parts = compoundParts(term);
	if (parts.length > 0) return parts;
	const base = unprefixed(term);
	return base ? [base] : [];
}

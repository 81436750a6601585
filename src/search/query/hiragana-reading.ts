/**
 * Reads words typed in hiragana as the handbook writes them. A phone's keyboard left unconverted
 * gives いんふるえんさー or しゃしん, which the segmenter cuts into bits of grammar and no page
 * holds. Loanwords are read in katakana wherever they stand (公式のあかうんと → 公式のアカウント),
 * from the handbook's own katakana words (`katakanaWords`); kanji words in a question typed wholly
 * in hiragana (しゃしん のせていい → 写真 のせていい), or standing alone between spaces in one that
 * holds kanji, from the readings of the handbook's kanji nouns (`kanjiReadings`): kana stuck to
 * kanji are endings and particles, and a reading would meet them (承認はいる is not 承認入る).
 * Both lists are made at build time; this runs in the browser.
 */

/** The file, in the search bundle, that lists one language's katakana words. */
export function katakanaWordsFile(locale: string): string {
	return `handbook-katakana.${locale}.json`;
}

/** The file, in the search bundle, that maps readings to one language's kanji nouns. */
export function kanjiReadingsFile(locale: string): string {
	return `handbook-readings.${locale}.json`;
}

/** The shortest hiragana spelling read as a word: two kana (ばず, めも) are too often grammar. */
export const SHORTEST_READING = 3;

/**
 * Particles a word may follow inside one run of hiragana (公式のあかうんと → の + あかうんと).
 * Only right after one of them, or where the run begins, is a word looked for: in the middle
 * of a run, hiragana spellings of words meet ordinary words (こ|とりすと, し|まねー).
 */
const LEADING_PARTICLE = /^[のをがはにでともへや]/u;

const HIRAGANA_RUN = /[\p{Script=Hiragana}ー]+/gu;

/** Katakana as hiragana (インフルエンサー → いんふるえんさー); other characters as they are. */
export function toHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Whether a question holds a run of hiragana long enough to be a word typed unconverted. */
export function mayHoldUnconverted(query: string): boolean {
	return [...query.matchAll(HIRAGANA_RUN)].some(([run]) => [...run].length >= SHORTEST_READING);
}

/** Whether a question is typed wholly in hiragana, with no kanji or katakana in it. */
export function typedInHiragana(query: string): boolean {
	return /\p{Script=Hiragana}/u.test(query) && !/[\p{Script=Han}\p{Script=Katakana}]/u.test(query);
}

/** A word of hiragana alone between spaces (きしゃ in 「きしゃ しゅざい 対応」). */
const HIRAGANA_TOKEN = /(?<=^|\s)[\p{Script=Hiragana}ー]+(?=\s|$)/gu;

/**
 * Whether reading a question may need the readings of the handbook's kanji words: it is typed
 * wholly in hiragana, or it holds a word of hiragana alone between spaces, long enough to be one.
 */
export function mayNeedKanji(query: string): boolean {
	return (
		typedInHiragana(query) ||
		[...query.matchAll(HIRAGANA_TOKEN)].some(([token]) => [...token].length >= SHORTEST_READING)
	);
}

/** A question with its words typed in hiragana written as the handbook writes them. */
export interface HiraganaReading {
	query: string;
	/** Each word read, as typed and as searched. */
	read: { typed: string; meant: string }[];
}

/** The handbook's words a question typed in hiragana may mean. */
export interface HandbookSpellings {
	/** Its katakana words (インフルエンサー). */
	katakana: readonly string[];
	/** Its kanji nouns by their reading in hiragana (しゃしん → 写真). */
	kanji?: Readonly<Record<string, string>> | undefined;
}

/** Reads runs of hiragana with one map of spellings (hiragana → the handbook's word). */
function readerOf(byReading: ReadonlyMap<string, string>): (query: string) => HiraganaReading {
	const readings = [...byReading.keys()].sort((a, b) => b.length - a.length);
	/** The hiragana spelling of one of the handbook's words that the text starts with. */
	const leading = (text: string) => readings.find((each) => text.startsWith(each));
	return (query) => {
		const read: HiraganaReading['read'] = [];
		const text = query.replace(HIRAGANA_RUN, (run) => {
			const particle = leading(run) ? '' : (run.match(LEADING_PARTICLE)?.[0] ?? '');
			let rest = run.slice(particle.length);
			let written = particle;
			for (let typed = leading(rest); typed !== undefined; typed = leading(rest)) {
				const meant = byReading.get(typed)!;
				read.push({ typed, meant });
				written += meant;
				rest = rest.slice(typed.length);
			}
			return written + rest;
		});
		return { query: text, read };
	};
}

/**
 * Prepares the handbook's words and returns the function that reads a question with them: each
 * run of hiragana that starts (or starts after a particle) with the hiragana spelling of one of
 * them has it written as the handbook does, the longest first (ふぉろわー before ふぉろー), and
 * as many in a row as follow one another (こうしきあかうんと → 公式アカウント). Kanji words are
 * read in a question typed wholly in hiragana; in one that holds kanji, only a word of hiragana
 * alone between spaces that is a kanji word's reading whole (きしゃ しゅざい 対応 → 記者 取材 対応):
 * standing apart, it is no ending or particle. Everything else is left as typed.
 */
export function createHiraganaReader({
	katakana,
	kanji = {},
}: HandbookSpellings): (query: string) => HiraganaReading {
	const loanwords = new Map<string, string>();
	for (const word of katakana) {
		const reading = toHiragana(word);
		if ([...reading].length >= SHORTEST_READING && /^[\p{Script=Hiragana}ー]+$/u.test(reading))
			loanwords.set(reading, word);
	}
	const readLoanwords = readerOf(loanwords);
	// A loanword the handbook writes in katakana is that, whatever kanji share its sound.
	const readAll = readerOf(new Map([...Object.entries(kanji), ...loanwords]));
	const kanjiWords = new Map(Object.entries(kanji));
	return (query) => {
		if (typedInHiragana(query)) return readAll(query);
		const read: HiraganaReading['read'] = [];
		const text = query.replace(HIRAGANA_TOKEN, (token) => {
			const meant = kanjiWords.get(token);
			if (meant === undefined) return token;
			read.push({ typed: token, meant });
			return meant;
		});
		const loanwordsRead = readLoanwords(text);
		return { query: loanwordsRead.query, read: [...read, ...loanwordsRead.read] };
	};
}

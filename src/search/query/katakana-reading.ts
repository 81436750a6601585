/**
 * Reads loanwords typed in hiragana as the handbook writes them, in katakana: a phone's keyboard
 * left unconverted gives いんふるえんさー or あかうんと, which the segmenter cuts into bits of
 * grammar and no page holds. The handbook's own katakana words (counted at build time, see
 * `katakanaWords`) say which hiragana spellings are such words. Runs in the browser.
 */

/** The file, in the search bundle, that lists one language's katakana words. */
export function katakanaWordsFile(locale: string): string {
	return `handbook-katakana.${locale}.json`;
}

/** The shortest hiragana spelling read as a loanword: two kana (ばず, めも) are too often grammar. */
export const SHORTEST_READING = 3;

/**
 * Particles a loanword may follow inside one run of hiragana (公式のあかうんと → の + あかうんと).
 * Only right after one of them, or where the run begins, is a loanword looked for: in the middle
 * of a run, hiragana spellings of loanwords meet ordinary words (こ|とりすと, し|まねー).
 */
const LEADING_PARTICLE = /^[のをがはにでともへや]/u;

const HIRAGANA_RUN = /[\p{Script=Hiragana}ー]+/gu;

/** Katakana as hiragana (インフルエンサー → いんふるえんさー); other characters as they are. */
export function toHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Whether a question holds a run of hiragana long enough to be a loanword typed unconverted. */
export function mayHoldUnconverted(query: string): boolean {
	return [...query.matchAll(HIRAGANA_RUN)].some(([run]) => [...run].length >= SHORTEST_READING);
}

/** A question with its loanwords in katakana, and each of them as typed and as read. */
export interface KatakanaReading {
	query: string;
	read: { typed: string; meant: string }[];
}

/**
 * Prepares the handbook's katakana words and returns the function that reads a question with
 * them: each run of hiragana that starts (or starts after a particle) with the hiragana spelling
 * of one of them has it written in katakana, the longest first (ふぉろわー before ふぉろー), and
 * as many in a row as follow one another (そーしゃるめでぃあ|まねーじゃー). Everything else is
 * left as typed.
 */
export function createKatakanaReader(
	katakanaWords: readonly string[],
): (query: string) => KatakanaReading {
	const byReading = new Map<string, string>();
	for (const word of katakanaWords) {
		const reading = toHiragana(word);
		if ([...reading].length >= SHORTEST_READING && /^[\p{Script=Hiragana}ー]+$/u.test(reading))
			byReading.set(reading, word);
	}
	const readings = [...byReading.keys()].sort((a, b) => b.length - a.length);
	/** The hiragana spelling of a katakana word the text starts with. */
	const leading = (text: string) => readings.find((each) => text.startsWith(each));
	return (query) => {
		const read: KatakanaReading['read'] = [];
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

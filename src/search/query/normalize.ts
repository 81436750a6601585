/**
 * Puts text typed into search and text written in the thesaurus into one form, so that the same
 * word typed differently is the same word: full-width Latin letters and digits become half-width,
 * half-width katakana becomes full-width (both by Unicode NFKC), letters become lower case, and
 * the many dashes, wave dashes and quotation marks people type become one each.
 */
export function normalizeText(text: string): string {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			// Apostrophes and quotes: "someone’s" and "someone's" are the same word.
			.replace(/[‘’‛′`´]/g, "'")
			.replace(/[“”„″]/g, '"')
			// The long-vowel mark typed as a dash or wave dash after katakana (ｻｰﾊﾞｰ, サ～バ).
			.replace(/(?<=[\u30a0-\u30ff])[-‐‑–—―~〜～](?=[\u30a0-\u30ff]|$|\s)/g, 'ー')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Whether a character is written in a Japanese script (kana or kanji). */
export function isJapaneseScript(text: string): boolean {
	return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
}

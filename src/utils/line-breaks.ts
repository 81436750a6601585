/**
 * Where a long Japanese compound may break when it does not fit its line: between its run of
 * katakana and its run of kanji (ソーシャルメディア | 統括責任者). Chrome's phrase breaking
 * (`word-break: auto-phrase`) keeps such a compound whole as one phrase, and one longer than a
 * phone's line then breaks wherever the line ends (統括責 | 任者).
 */
export function phraseBreakParts(text: string): string[] {
	return text.split(
		/(?<=[\p{Script=Katakana}ー])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=\p{Script=Katakana})/u,
	);
}

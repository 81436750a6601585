import { describe, expect, it } from 'vitest';
import { phraseBreakParts } from '../../src/utils/line-breaks.ts';

describe('a long Japanese compound may break between its katakana and its kanji', () => {
	it('splits a role where its katakana word ends and its kanji word starts, either way round', () => {
		expect(phraseBreakParts('ソーシャルメディア統括責任者')).toEqual([
			'ソーシャルメディア',
			'統括責任者',
		]);
		expect(phraseBreakParts('広報マネージャー')).toEqual(['広報', 'マネージャー']);
		expect(phraseBreakParts('デジタル広報チーム')).toEqual(['デジタル', '広報', 'チーム']);
	});

	it('leaves a word of one script, and English, whole', () => {
		expect(phraseBreakParts('法務担当')).toEqual(['法務担当']);
		expect(phraseBreakParts('Head of Social Media')).toEqual(['Head of Social Media']);
		expect(phraseBreakParts('マーケティング本部長')).toEqual(['マーケティング', '本部長']);
	});
});

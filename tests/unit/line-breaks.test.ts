import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../src/utils/line-breaks.ts';

describe('a long Japanese compound may break between its katakana and its kanji', () => {
	it('splits a role where its katakana word ends and its kanji word starts, either way round', () => {
		expect(compoundParts('ソーシャルメディア統括責任者')).toEqual([
			'ソーシャルメディア',
			'統括責任者',
		]);
		expect(compoundParts('広報マネージャー')).toEqual(['広報', 'マネージャー']);
		expect(compoundParts('デジタル広報チーム')).toEqual(['デジタル', '広報', 'チーム']);
	});

	it('leaves a word of one script, and English, whole', () => {
		expect(compoundParts('法務担当')).toEqual(['法務担当']);
		expect(compoundParts('Head of Social Media')).toEqual(['Head of Social Media']);
		expect(compoundParts('マーケティング本部長')).toEqual(['マーケティング', '本部長']);
	});
});

import { describe, expect, test } from 'vitest';
import type { ChapterFile, HandbookFiles } from '../../src/handbook/discover.ts';
import { handbookWords, searchedText } from '../../src/search/spelling/handbook-words.ts';
import { meantWord } from '../../src/search/spelling/meant-word.ts';

/** A handbook written in British spelling, its words most used first. */
const WORDS = [
	'account',
	'accounts',
	'password',
	'severity',
	'journalist',
	'rumour',
	'rumours',
	'behaviour',
	'analyse',
	'criticised',
	'organisation',
	'licence',
	'cancelled',
	'centre',
	'programme',
	'attended',
	'throw',
	'actions',
];

describe('meantWord', () => {
	test.each([
		['rumor', 'rumour'],
		['rumors', 'rumours'],
		['behavior', 'behaviour'],
		['analyze', 'analyse'],
		['criticized', 'criticised'],
		['organization', 'organisation'],
		['license', 'licence'],
		['canceled', 'cancelled'],
		['center', 'centre'],
		['program', 'programme'],
	])('reads the other spelling of a word as the handbook spells it: %s → %s', (typed, meant) => {
		expect(meantWord(typed, WORDS)).toBe(meant);
	});

	test('reads an American handbook the other way round', () => {
		expect(meantWord('colour', ['color'])).toBe('color');
		expect(meantWord('analysing', ['analyzing'])).toBe('analyzing');
	});

	test.each([
		['pasword', 'password'],
		['acount', 'account'],
		['sevirity', 'severity'],
		['jounalist', 'journalist'],
		['sevreity', 'severity'],
		['Pasword', 'password'],
	])(
		'reads a typo one letter away, or two swapped, as the handbook word: %s → %s',
		(typed, meant) => {
			expect(meantWord(typed, WORDS)).toBe(meant);
		},
	);

	test('of two words one letter away, takes the one the handbook uses most', () => {
		expect(meantWord('postes', ['poster', 'posted'])).toBe('poster');
		expect(meantWord('postes', ['posted', 'poster'])).toBe('posted');
	});

	test('leaves short words, words two letters away and other first letters alone', () => {
		// One letter makes another real word of a short one.
		expect(meantWord('thrw', WORDS)).toBeUndefined();
		expect(meantWord('thrown', WORDS)).toBeUndefined();
		expect(meantWord('attendees', WORDS)).toBeUndefined();
		expect(meantWord('bassword', WORDS)).toBeUndefined();
		expect(meantWord('account', WORDS)).toBeUndefined();
	});

	test('reads only English words', () => {
		expect(meantWord('パスワード', WORDS)).toBeUndefined();
		expect(meantWord('passw0rd', WORDS)).toBeUndefined();
	});
});

describe('handbookWords', () => {
	test("lists each language's English words in lower case, the most used first", () => {
		const words = handbookWords([
			{ locale: 'en', text: 'Report the rumour. A rumour spreads; rumours Spread.' },
			{ locale: 'en', text: 'Spread the word about the Password.' },
			{ locale: 'ja', text: 'うわさ（rumour）は Password で守る。' },
		]);
		expect(words.en).toEqual([
			'rumour',
			'spread',
			'about',
			'password',
			'report',
			'rumours',
			'spreads',
		]);
		expect(words.ja).toEqual(['password', 'rumour']);
	});

	test('leaves out words shorter than five letters and ones with digits', () => {
		expect(handbookWords([{ locale: 'en', text: 'the word post 2fa covid19 login' }]).en).toEqual([
			'login',
		]);
	});
});

describe('searchedText', () => {
	test('reads a chapter as search indexes it: its title, questions and body, not its keys, dates or link targets', () => {
		const text = [
			'---',
			'title: Handling criticism',
			'owner: comms',
			'reviewed: 2026-01-01',
			'questions:',
			'  - text: Someone attacks us online',
			'    heading: First steps',
			'---',
			"import Callout from '../components/Callout.astro';",
			'',
			'See [the templates](../templates/#holding-replies) and <Callout kind="warning">keep steady</Callout>.',
		].join('\n');
		const chapter = { path: '/h/en/01-handling.mdx', locale: 'en' } as ChapterFile;
		const files = {
			textOf: () => ({ text, valid: true }),
			frontmatterOf: () => ({
				title: 'Handling criticism',
				owner: 'comms',
				reviewed: '2026-01-01',
				questions: [{ text: 'Someone attacks us online', heading: 'First steps' }],
			}),
		} as unknown as HandbookFiles;
		const { locale, text: searched } = searchedText(files, chapter);
		expect(locale).toBe('en');
		const words = handbookWords([{ locale, text: searched }]).en;
		expect(words).toEqual(
			expect.arrayContaining([
				'handling',
				'criticism',
				'someone',
				'attacks',
				'templates',
				'steady',
			]),
		);
		for (const left of [
			'owner',
			'comms',
			'reviewed',
			'heading',
			'holding',
			'replies',
			'callout',
			'warning',
		]) {
			expect(words, left).not.toContain(left);
		}
	});
});

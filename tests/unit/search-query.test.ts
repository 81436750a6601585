import { describe, expect, test } from 'vitest';
import { asksForDefinition, createQueryAnalyser } from '../../src/search/query/analyse-query.ts';
import { normalizeText } from '../../src/search/query/normalize.ts';
import { compoundParts, queryTerms, unprefixed } from '../../src/search/query/query-terms.ts';

describe('normalizeText', () => {
	test('folds full-width Latin, half-width katakana and case into one form', () => {
		expect(normalizeText('ＳＮＳ　ｽﾃﾏ  ROI')).toBe('sns ステマ roi');
	});

	test('reads a dash typed after katakana as the long-vowel mark', () => {
		expect(normalizeText('サ-バ-')).toBe('サーバー');
	});
});

describe('queryTerms reads Japanese questions as people type them', () => {
	test.each([
		['炎上したらどうすればいいですか', ['炎上']],
		['叩かれている', ['叩']],
		['叩かれる', ['叩']],
		['アカウントが乗っ取られたらどうする', ['アカウント', '乗っ取']],
		['間違えて投稿してしまった', ['間違', '投稿']],
		['効果測定のやり方を教えてください', ['効果測定']],
		['インフルエンサーに頼みたい', ['インフルエンサ', '頼']],
		['フォロワーを買ってもいいですか', ['フォロワ', '買']],
		// An adverb of degree is not joined to the noun after it, and こと keeps its particle.
		['全く経験がない', ['経験']],
		['日本で炎上しやすい理由', ['日本', '炎上', '理由']],
		['報告することになった', ['報告']],
		// An adjective before a noun is not the first half of a compound, as 問い in 問い合わせ is.
		['悪い噂が広がっている', ['悪', '噂', '広']],
		['問い合わせが増えた', ['問い合', '増']],
		// A noun of kanji and one kana before a particle stays whole: 下書 is 下 | 書 to Pagefind.
		['投稿の下書きはどこで回せばいい', ['投稿', '下書き', '回']],
		['承認 下書き', ['承認', '下書き']],
		['取材 申し込み 対応', ['取材', '申し込み', '対応']],
		['引き継ぎの資料', ['引き継ぎ', '資料']],
	])('%s → %j', (question, expected) => {
		expect(queryTerms(question, 'ja')).toEqual(expected);
	});

	test('reads the kana after an ending small tsu as the same ending', () => {
		expect(queryTerms('競合他社の炎上に乗っかっていい？', 'ja')).toEqual([
			'競合他社',
			'炎上',
			'乗',
		]);
		expect(queryTerms('うわさが広がっている', 'ja')).toEqual(['うわさ', '広']);
	});

	test('keeps a compound verb whole, with the kana inside it', () => {
		expect(queryTerms('炎上のあと振り返りたい', 'ja')).toEqual(['炎上', '振り返']);
		expect(queryTerms('プロフィールの断り書き', 'ja')).toEqual(['プロフィール', '断り書']);
		expect(queryTerms('乗っ取りされた', 'ja')).toEqual(['乗っ取']);
	});

	test('reads a verb of one kanji after a noun as a word of its own', () => {
		expect(queryTerms('インスタに職場の写真載せてもいい？', 'ja')).toEqual([
			'インスタ',
			'職場',
			'写真',
			'載',
		]);
		expect(queryTerms('急ぎの投稿で承認待ってられない', 'ja')).toEqual([
			'急ぎ',
			'投稿',
			'承認',
			'待',
		]);
		// A particle after the kanji marks a noun: 企画 | 書 | に is one word.
		expect(queryTerms('企画書に書くこと', 'ja')).toEqual(['企画書', '書']);
	});

	test('reads a verb stem before a particle as the noun it is', () => {
		expect(queryTerms('急ぎで今日中に投稿したい', 'ja')).toEqual(['急ぎ', '今日中', '投稿']);
		expect(queryTerms('炎上の流れを知りたい', 'ja')).toEqual(['炎上', '流れ']);
		// The dictionary form made a noun by の is still the verb.
		expect(queryTerms('書くのはだめ？', 'ja')).toEqual(['書']);
	});

	test('reads 方 after a verb as "the way to do it", one word however the segmenter cut it', () => {
		// The segmenter keeps 書き方 whole and cuts 立て | 方 and 防 | ぎ | 方.
		expect(queryTerms('SNSの目標の立て方', 'ja')).toEqual(['sns', '目標', '立て方']);
		expect(queryTerms('炎上の防ぎ方', 'ja')).toEqual(['炎上', '防ぎ方']);
		expect(queryTerms('投稿の書き方', 'ja')).toEqual(['投稿', '書き方']);
		// 方 as "rather" (した方がいい) or "side" stays apart, and goes.
		expect(queryTerms('投稿を見直した方がいい', 'ja')).toEqual(['投稿', '見直']);
		expect(queryTerms('上司の方が詳しい', 'ja')).toEqual(['上司', '詳']);
	});

	test('drops demonstratives, particles of degree and adverbs of speech', () => {
		expect(queryTerms('プレスリリースとSNSどっちが先', 'ja')).toEqual([
			'プレスリリース',
			'sns',
			'先',
		]);
		expect(queryTerms('投稿頻度 どのくらい', 'ja')).toEqual(['投稿頻度']);
		expect(queryTerms('とにかくバズらせたい', 'ja')).toEqual(['バズ']);
		expect(queryTerms('消したほうがいい？', 'ja')).toEqual(['消']);
	});

	test('drops compound particles, question words and fillers of speech', () => {
		expect(queryTerms('役員もこのガイドラインに従うの？', 'ja')).toEqual(['役員', 'ガイドライン']);
		expect(queryTerms('投稿テーマ いくつに絞ればいい', 'ja')).toEqual(['投稿', 'テーマ', '絞']);
		expect(queryTerms('提携の話 ちょっと匂わせたい', 'ja')).toEqual(['提携', '話', '匂']);
		expect(queryTerms('最初に何を読めばいいでしょう', 'ja')).toEqual(['最初', '読']);
		expect(queryTerms('研修はありますか', 'ja')).toEqual(['研修']);
		expect(queryTerms('営業以外の部署も対象？', 'ja')).toEqual(['営業', '部署', '対象']);
		// 〜向け says who a thing is for, and would otherwise start a compound with the next word.
		expect(queryTerms('経営陣向け月次レポート', 'ja')).toEqual(['経営陣', '月次', 'レポート']);
		expect(queryTerms('how many sales did social actually bring in', 'en')).toEqual([
			'sales',
			'social',
			'bring',
		]);
	});

	test('drops the helping verbs after a verb made of a borrowed word', () => {
		expect(queryTerms('取引先がDMしてきた', 'ja')).toEqual(['取引先', 'dm']);
		expect(queryTerms('ファンがシェアしてくれる', 'ja')).toEqual(['ファン', 'シェア']);
		expect(queryTerms('別の端末でログインしようとした', 'ja')).toEqual(['別', '端末', 'ログイン']);
	});

	test('keeps hiragana words that carry meaning and drops those that are grammar', () => {
		expect(queryTerms('うわさが広がっている', 'ja')).toEqual(['うわさ', '広']);
	});

	test('keeps whole the hiragana words it is given, which the segmenter cuts into grammar', () => {
		expect(queryTerms('いいねの数で評価していい？', 'ja')).toEqual(['数', '評価']);
		expect(queryTerms('いいねの数で評価していい？', 'ja', ['いいね'])).toEqual([
			'いいね',
			'数',
			'評価',
		]);
		expect(queryTerms('なりすましアカウントを見つけた', 'ja', ['なりすまし'])).toEqual([
			'なりすまし',
			'アカウント',
			'見',
		]);
	});

	test('reads Latin words inside a Japanese question as English', () => {
		expect(queryTerms('SNSとは何ですか', 'ja')).toEqual(['sns']);
		expect(queryTerms('ＲＯＩの計算方法', 'ja')).toEqual(['roi', '計算']);
	});
});

describe('compoundParts', () => {
	test('splits a compound joined from words of two characters or more', () => {
		expect(compoundParts('毎回課長')).toEqual(['毎回', '課長']);
		expect(compoundParts('公式アカウント')).toEqual(['公式', 'アカウント']);
	});

	test('reads characters the segmenter cut one by one as one word with their neighbours', () => {
		// 申 | し | 込 is one verb; 新 belongs to 商品.
		expect(compoundParts('取材申し込')).toEqual(['取材', '申し込']);
		expect(compoundParts('新商品発表')).toEqual(['新商品', '発表']);
	});

	test('leaves out a noun that ends a compound without telling what it is about', () => {
		// 事項 alone would find any chapter that says 決定事項.
		expect(compoundParts('禁止事項')).toEqual(['禁止']);
		expect(compoundParts('投稿内容確認')).toEqual(['投稿', '確認']);
	});

	test('leaves whole a compound with a part of one character, and English words', () => {
		expect(compoundParts('企画書')).toEqual([]);
		expect(compoundParts('乗っ取')).toEqual([]);
		expect(compoundParts('account')).toEqual([]);
	});
});

describe('unprefixed', () => {
	test('takes off a prefix that only makes the word after it stronger', () => {
		expect(unprefixed('大炎上')).toBe('炎上');
		expect(unprefixed('超拡散')).toBe('拡散');
	});

	test('leaves words whose first kanji is part of the word', () => {
		expect(unprefixed('大切')).toBeUndefined();
		expect(unprefixed('超え')).toBeUndefined();
		expect(unprefixed('炎上')).toBeUndefined();
	});
});

describe('queryTerms reads English questions', () => {
	test('drops question words, auxiliaries and pronouns', () => {
		expect(queryTerms('is follower count a good goal', 'en')).toEqual([
			'follower',
			'count',
			'goal',
		]);
		expect(queryTerms('What should I do if our account got hacked?', 'en')).toEqual([
			'account',
			'hacked',
		]);
		expect(queryTerms('is having a side job a problem', 'en')).toEqual(['side', 'job', 'problem']);
		expect(queryTerms('how to get customers to buy through social', 'en')).toEqual([
			'customers',
			'buy',
			'social',
		]);
	});

	test('drops the words of motion and time that only carry the question along', () => {
		expect(queryTerms('people are getting angry right now', 'en')).toEqual(['people', 'angry']);
		expect(queryTerms('the post keeps going around', 'en')).toEqual(['post', 'around']);
		expect(queryTerms('approval needed to reply?', 'en')).toEqual(['approval', 'reply']);
		// "Right away" is when, not what: "away" alone is a word (the approver is away).
		expect(queryTerms('crisis checklist, what to do right away', 'en')).toEqual([
			'crisis',
			'checklist',
		]);
		expect(queryTerms('the approver is away', 'en')).toEqual(['approver', 'away']);
	});

	test('drops quantifiers, which say how many and not what about', () => {
		expect(queryTerms('does each post need approval from both teams', 'en')).toEqual([
			'post',
			'approval',
			'teams',
		]);
	});

	test('drops contracted auxiliaries and pronouns, with either apostrophe', () => {
		expect(queryTerms("the app doesn’t load and I can't post, I'm stuck", 'en')).toEqual([
			'app',
			'load',
			'post',
			'stuck',
		]);
	});

	test('folds typographic apostrophes and possessives', () => {
		expect(queryTerms('someone’s photo', 'en')).toEqual(['photo']);
	});

	test('keeps a hyphenated word whole, as the index holds it', () => {
		expect(queryTerms('do these rules apply to part-timers', 'en')).toEqual([
			'rules',
			'apply',
			'part-timers',
		]);
		expect(queryTerms('パートタイマーとpart-timeの違い', 'ja')).toContain('part-time');
	});

	test('an English question on a Japanese page is still read as English', () => {
		expect(queryTerms('how to measure results', 'ja')).toEqual(['measure', 'results']);
	});
});

describe('createQueryAnalyser', () => {
	const analyse = createQueryAnalyser('ja', {
		words: { 叩かれる: ['炎上', '批判'], 批判が殺到: '炎上', ツイッター: 'X', 効果: '効果測定' },
		incident: ['炎上'],
	});

	test('adds the handbook terms for an everyday word in any of its forms', () => {
		const { concepts, incident } = analyse('ネットで叩かれてる');
		expect(concepts).toContainEqual({ words: ['叩'], variants: ['叩', '炎上', '批判'] });
		expect(incident).toBe(true);
	});

	test('reads a word made stronger by a prefix as the word the thesaurus knows', () => {
		const { concepts, incident } = analyse('大炎上してる');
		expect(concepts).toEqual([{ words: ['炎上'], variants: ['炎上'] }]);
		expect(incident).toBe(true);
		// Not a prefix: 大切 is a word of its own, and 大学 is not about 学.
		expect(analyse('大切な投稿').concepts.map((concept) => concept.words)).toContainEqual(['大切']);
	});

	test('a phrase in the thesaurus wins over its words alone', () => {
		const { concepts } = analyse('批判が殺到している');
		expect(concepts).toEqual([{ words: ['批判', '殺到'], variants: ['批判 殺到', '炎上'] }]);
	});

	test('an entry the question must hold as written wins over the entry for its one word', () => {
		const phrases = createQueryAnalyser('ja', {
			words: { SNS: 'ソーシャルメディア', 自分のSNS: '個人アカウント' },
			incident: [],
		});
		expect(phrases('自分のSNSで新製品の話').concepts[0]).toEqual({
			words: ['sns'],
			variants: ['sns', '個人 アカウント'],
		});
		expect(phrases('SNSで新製品の話').concepts[0]).toEqual({
			words: ['sns'],
			variants: ['sns', 'ソーシャルメディア'],
		});
	});

	test('a phrase applies where its words stand together, not wherever the question holds them', () => {
		const phrases = createQueryAnalyser('ja', {
			words: { 会社のアカウント: '公式アカウント' },
			incident: [],
		});
		const variants = (question: string) =>
			phrases(question).concepts.flatMap((concept) => concept.variants);
		expect(variants('会社のアカウントに入れない')).toContain('公式 アカウント');
		expect(variants('個人アカウントで会社のこと書いていい？')).not.toContain('公式 アカウント');
	});

	test('a question word of 何 and a counter asks how many, and stays apart from the word after it', () => {
		expect(queryTerms('週に何回投稿する？', 'ja')).toEqual(['週', '何回', '投稿']);
		const plain = createQueryAnalyser('ja', { words: {}, incident: [] });
		expect(plain('週に何回投稿する？').concepts).toEqual([{ words: ['投稿'], variants: ['投稿'] }]);
		const often = createQueryAnalyser('ja', { words: { 何回: '頻度' }, incident: [] });
		expect(often('週に何回投稿する？').concepts).toEqual([
			{ words: ['何回'], variants: ['頻度'] },
			{ words: ['投稿'], variants: ['投稿'] },
		]);
		// 何回も is "again and again": no question of how often.
		expect(often('何回も炎上した').concepts).toEqual([{ words: ['炎上'], variants: ['炎上'] }]);
	});

	test('a phrase read as one lone character is searched through its handbook terms alone', () => {
		const phrases = createQueryAnalyser('ja', { words: { 私用: '個人アカウント' }, incident: [] });
		expect(phrases('私用SNS').concepts[0]).toEqual({
			words: ['用'],
			variants: ['個人 アカウント'],
		});
	});

	test('a handbook term of several English words is searched as that phrase, even one of grammar only', () => {
		const english = createQueryAnalyser('en', {
			words: { teaser: ['unannounced', 'something is coming'], hacked: 'account takeover' },
			incident: [],
		});
		expect(english('a teaser').concepts[0]!.variants).toEqual([
			'teaser',
			'unannounced',
			'"something is coming"',
		]);
		expect(english('we got hacked').concepts[0]!.variants).toEqual([
			'hacked',
			'"account takeover"',
		]);
	});

	test('an English phrase that reads as less than it says applies only where it is said whole', () => {
		const english = createQueryAnalyser('en', { words: { 'reach out': 'contact' }, incident: [] });
		const variants = (question: string) =>
			english(question).concepts.flatMap((concept) => concept.variants);
		expect(variants('who do I reach out to')).toContain('contact');
		expect(variants('how is reach counted')).not.toContain('contact');
	});

	test('an English phrase meets its last word in the plural or the singular, and only the last', () => {
		const english = createQueryAnalyser('en', {
			words: { 'media inquiry': 'journalists', 'new hires': 'onboarding' },
			incident: [],
		});
		const variants = (question: string) =>
			english(question).concepts.flatMap((concept) => concept.variants);
		expect(variants('who handles media inquiries')).toContain('journalists');
		expect(variants('training for a new hire')).toContain('onboarding');
		expect(variants('inquiry from the media')).not.toContain('journalists');
	});

	test('a hyphenated handbook term is searched as that phrase', () => {
		const english = createQueryAnalyser('en', { words: { deputy: 'stand-in' }, incident: [] });
		expect(english('my deputy').concepts[0]!.variants).toEqual(['deputy', '"stand-in"']);
	});

	test('a lone letter counts only through the thesaurus', () => {
		const english = createQueryAnalyser('en', { words: { x: 'twitter' }, incident: [] });
		expect(english('attacked on X').concepts).toEqual([
			{ words: ['attacked'], variants: ['attacked'] },
			{ words: ['x'], variants: ['x', 'twitter'] },
		]);
		expect(createQueryAnalyser('en', undefined)('attacked on X').concepts).toEqual([
			{ words: ['attacked'], variants: ['attacked'] },
		]);
	});

	test('something wrong that is spreading is an incident, though neither word alone is', () => {
		const spread = createQueryAnalyser('en', {
			words: { complaint: 'complaints' },
			incident: [],
			spreading: ['viral'],
			trouble: ['complaints'],
		});
		const thread = spread("a customer's complaint thread is going viral");
		expect(thread.incident).toBe(true);
		expect(thread.incidentConcepts).toEqual([1, 3]);
		expect(spread('our campaign went viral').incident).toBe(false);
		expect(spread('how do we reply to a complaint').incident).toBe(false);
	});

	test('a question about something else is not an incident', () => {
		expect(analyse('効果をどう測る').incident).toBe(false);
	});

	test('an entry that reads as less than it says applies only where the question says it all', () => {
		const japanese = createQueryAnalyser('ja', {
			words: { 自分のアカウント: '個人アカウント' },
			incident: [],
		});
		expect(japanese('アカウントが乗っ取られた').concepts).toContainEqual({
			words: ['アカウント'],
			variants: ['アカウント'],
		});
		expect(japanese('自分のアカウントで書いてもいい').concepts).toContainEqual({
			words: ['アカウント'],
			variants: ['アカウント', '個人 アカウント'],
		});
		const english = createQueryAnalyser('en', { words: { 'in charge': 'owner' }, incident: [] });
		expect(english('who is in charge of the account').concepts[0]!.variants).toEqual([
			'charge',
			'owner',
		]);
		expect(english('what do ads charge').concepts[1]!.variants).toEqual(['charge']);
	});

	test('a phrase read as one of its words applies only where the question says it all', () => {
		// 上に上げる (escalate) reads as 上, its kanji counted once: not every 上 is an escalation.
		const japanese = createQueryAnalyser('ja', {
			words: { 上に上げる: 'エスカレーション', 叩かれる: '炎上' },
			incident: [],
		});
		const boss = japanese('上が急にYouTubeやろうって言い出した').concepts;
		expect(boss.flatMap((concept) => concept.variants)).not.toContain('エスカレーション');
		expect(boss).toContainEqual({ words: ['youtube'], variants: ['youtube'] });
		expect(japanese('どこまで上に上げる？').concepts[0]!.variants).toContain('エスカレーション');
		// An ending lost behind the word is inflection: 叩かれている still reads as 叩かれる.
		expect(japanese('叩かれている').concepts[0]!.variants).toEqual(['叩', '炎上']);
	});

	test('a word read without its negation applies only where the question holds the negation', () => {
		const japanese = createQueryAnalyser('ja', {
			words: { ログインできない: '乗っ取り' },
			incident: ['乗っ取り'],
		});
		expect(japanese('急にログインできない').incident).toBe(true);
		const mention = japanese('警告のDM リンクからログインしろって');
		expect(mention.incident).toBe(false);
		expect(mention.concepts).toContainEqual({ words: ['ログイン'], variants: ['ログイン'] });
	});

	test('reads a thesaurus word written in hiragana whole, as the everyday word and as a term', () => {
		const kana = createQueryAnalyser('ja', {
			words: { 偽アカウント: 'なりすまし', いいね数: ['いいね', 'エンゲージメント'] },
			incident: [],
		});
		expect(kana('なりすましを見つけたら').concepts).toContainEqual({
			words: ['なりすまし'],
			variants: ['なりすまし'],
		});
		expect(kana('いいね数は目標になる？').concepts).toContainEqual({
			words: ['いいね数'],
			variants: ['いいね数', 'いいね', 'エンゲージメント'],
		});
	});

	test('reads a verb written in hiragana, typed unconverted in any form, as the thesaurus verb', () => {
		const kana = createQueryAnalyser('ja', {
			words: { のっとる: '乗っ取り' },
			incident: [],
		});
		for (const question of ['のっとられた', 'インスタがのっとられてる', 'アカウントのっとった人']) {
			// Searched through the term alone: のっと also begins のっとって ("in line with").
			expect(kana(question).concepts).toContainEqual({ words: ['のっと'], variants: ['乗っ取'] });
		}
	});

	test('reads a question asking which one to use as asking how to choose', () => {
		const choose = createQueryAnalyser('ja', { words: {}, incident: [] });
		for (const question of [
			'どのSNSを使うべき？',
			'ツールは何を使えばいい',
			'どれから始めればいい',
		]) {
			expect(choose(question).concepts).toContainEqual({
				words: ['選び方'],
				variants: ['選び方'],
			});
		}
		for (const question of ['どの写真なら使っていい？', '写真を使うときの注意', 'SNSの選び方']) {
			expect(choose(question).concepts.filter((each) => each.words[0] === '選び方')).toHaveLength(
				question === 'SNSの選び方' ? 1 : 0,
			);
		}
	});

	test('follows a chain of everyday words to the handbook term', () => {
		const chained = createQueryAnalyser('ja', {
			words: { ツイート: 'つぶやき', つぶやき: '投稿' },
			incident: [],
		});
		expect(chained('ツイートを消したい').concepts[0]!.variants).toEqual([
			'ツイート',
			'つぶやき',
			'投稿',
		]);
	});
});

describe('a comparison of two glossary terms', () => {
	const japanese = createQueryAnalyser('ja', {
		words: {},
		incident: [],
		glossary: { リーチ: 'リーチ', インプレッション: 'インプレッション', 中の人: '中の人' },
	});
	const english = createQueryAnalyser('en', {
		words: { views: 'impressions' },
		incident: [],
		glossary: { Reach: 'reach', Impressions: 'impressions', 'owned media': 'owned-media' },
	});

	test("asks what the terms mean, in either language and in the reader's words", () => {
		expect(japanese('リーチとインプレッションの違い').definition).toBe(true);
		expect(english('reach vs impressions').definition).toBe(true);
		expect(english('difference between reach and views').definition).toBe(true);
	});

	test('names the glossary entry asked about, under any name the reader uses for it', () => {
		expect(english('difference between reach and views').defined).toBe('reach');
		expect(english('what are impressions').defined).toBe('impressions');
		expect(english('how to grow reach').defined).toBeUndefined();
	});

	test('names an entry of several words that the question reads as several concepts', () => {
		const analysis = english('owned media meaning');
		expect(analysis.concepts.length).toBeGreaterThan(1);
		expect(analysis.defined).toBe('owned-media');
	});

	test('keeps a glossary term that holds a particle whole: 中の人 is one word', () => {
		const analysis = japanese('中の人って何');
		expect(analysis.concepts.map((concept) => concept.words)).toEqual([['中の人']]);
		expect(analysis.defined).toBe('中の人');
	});

	test('does not when a word compared is not a glossary term, or nothing is compared', () => {
		expect(japanese('日本とアメリカのリーチの違い').definition).toBe(false);
		expect(english('how to grow reach and impressions').definition).toBe(false);
	});
});

describe('a katakana word with its final long-vowel mark', () => {
	const analyse = createQueryAnalyser('ja', { words: { サーバー: 'クラウド' }, incident: [] });

	test('is searched first as typed, then without the mark', () => {
		expect(analyse('インフルエンサーに頼みたい').concepts[0]).toEqual({
			words: ['インフルエンサー'],
			variants: ['インフルエンサー', 'インフルエンサ'],
		});
	});

	test('meets the thesaurus entry written either way, and typed without it stays so', () => {
		expect(analyse('サーバーが落ちた').concepts[0]?.variants).toEqual([
			'サーバー',
			'サーバ',
			'クラウド',
		]);
		expect(analyse('サーバが落ちた').concepts[0]?.variants).toEqual(['サーバ', 'クラウド']);
	});
});

describe('a lone kanji', () => {
	const analyse = createQueryAnalyser('ja', { words: {}, incident: [] });
	const words = (question: string) =>
		analyse(question).concepts.flatMap((concept) => concept.words);

	test('left from a verb is dropped when the question asks something longer', () => {
		expect(words('ChatGPTで投稿文を作ってもいい？')).toEqual(['chatgpt', '投稿文']);
	});

	test("read as the thesaurus reads it: a verb's noun the thesaurus knows as the verb", () => {
		const reads = createQueryAnalyser('ja', { words: { 休み: '休日' }, incident: [] });
		expect(reads('休みの日の投稿').concepts[0]).toEqual({
			words: ['休'],
			variants: ['休', '休日'],
		});
	});

	test('standing as a noun is searched like any word', () => {
		expect(words('お客様の顔 映り込み')).toContain('顔');
		expect(words('エンゲージメント率 目安')).toContain('率');
	});
});

describe('asksForDefinition', () => {
	const asks = (question: string) =>
		asksForDefinition(question, queryTerms(question, /^[a-z]/i.test(question) ? 'en' : 'ja'));

	test('hears "what does it mean" in either language', () => {
		for (const question of [
			'ROASとは',
			'KPIとわ？',
			'中の人って何',
			'エンゲージメントって何ですか',
			'インプレッションってそもそもなに',
			'エンゲージメントの意味',
			'what is UGC',
			'what does buzz mean',
			'CPA definition',
			'UGC 意味',
			'中の人って誰のこと',
			'用語集',
			'UGCって何の略？',
			'glossary of social media terms',
		]) {
			expect(asks(question), question).toBe(true);
		}
	});

	test('searches for the word asked about, not for the word that asks', () => {
		const analyse = createQueryAnalyser('ja', { words: {}, incident: ['炎上'] });
		const english = createQueryAnalyser('en', { words: {}, incident: [] });
		expect(analyse('KPIの定義').concepts.map((concept) => concept.words)).toEqual([['kpi']]);
		expect(english('CPA definition').concepts.map((concept) => concept.words)).toEqual([['cpa']]);
		// What a word of trouble means is a calm question.
		expect(analyse('炎上 意味')).toMatchObject({ definition: true, incident: false });
		expect(analyse('炎上した')).toMatchObject({ definition: false, incident: true });
	});

	test('does not hear it in other questions', () => {
		for (const question of [
			'炎上したらどうする',
			'とわの森ブランドの投稿',
			'投稿前に確認することは',
			'炎上が落ち着いたあとの振り返りって何やる？',
			'SNSってなんで必要なの',
			'謝罪のあとはどうする',
			'what is the process for approving a campaign post',
			'what to do after the storm is over',
			'承認者って誰',
			'what should I post',
			'how to calculate ROI',
		]) {
			expect(asks(question), question).toBe(false);
		}
	});
});

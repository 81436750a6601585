/**
 * A blind set of search questions: what search has never been tuned on.
 *
 * Written on 2026-11-25 by a helper engineer for issue #18 ("Measure": the team also measures on
 * questions it has never seen), under these rules:
 * - the questions were drafted from the reader's need and situation first (an employee in a hurry,
 *   typing everyday words), and only then were the chapters opened to decide which ones answer
 *   each question; none copies or paraphrases a chapter's sentences or headings;
 * - the writer never ran the search, its quality script or the site's search box, so no question
 *   was kept or dropped for what search finds;
 * - none repeats or rewords a question of `questions.ts`, and no chapter `keywords`, thesaurus
 *   entry or query rule may be written from these questions. Once a change has been tuned on this
 *   set it is no longer blind: write a fresh one instead.
 *
 * 5 questions per need per language (60 `ja`, 60 `en`). `answers` lists every chapter that answers
 * the question well; one of them in the top three counts as a hit, as in `questions.ts`. The
 * persona-and-accounts chapter the answers named was later split in two (the official accounts;
 * employees' own accounts, `personal-accounts`): each answer naming it names both halves.
 */
import type { Locale } from '../../src/config/handbook-config.ts';
import type { Need, SearchQuestion } from './questions.ts';

/** A blind question: like a `SearchQuestion`, but in neither half of the tuned set. */
export type BlindQuestion = Omit<SearchQuestion, 'half'>;

/** A question as written in a set: its words and the chapters that answer it. */
export type Row = [query: string, answers: readonly string[]];

const ja: Record<Need, Row[]> = {
	incident: [
		[
			'うちの商品の不具合がSNSで拡散されてる',
			['crisis-quick-guide', 'crisis-handling', 'press-and-social'],
		],
		['これって炎上？判断の基準', ['crisis-quick-guide', 'crisis-handling']],
		['デマ流されてる 訂正したい', ['crisis-quick-guide', 'crisis-handling']],
		['公式アカウントで誤爆しちゃった', ['crisis-handling', 'crisis-quick-guide']],
		['文句言ってる人にはDMで返したほうがいい？', ['crisis-handling', 'crisis-quick-guide']],
	],
	'personal-accounts': [
		['インスタに職場の写真載せてもいい？', ['persona-and-accounts', 'personal-accounts']],
		[
			'会社が叩かれてるのを見た 自分のアカウントで言い返していい？',
			['persona-and-accounts', 'personal-accounts', 'purpose', 'crisis-quick-guide'],
		],
		[
			'自動でいいね返すツール使っていい？',
			['persona-and-accounts', 'personal-accounts', 'planning'],
		],
		['公式アカウントの一人称って何にする', ['persona-and-accounts', 'personal-accounts']],
		['社内の会議の内容をつぶやいちゃった', ['persona-and-accounts', 'personal-accounts']],
	],
	approvals: [
		['投稿前に毎回課長のチェック必要？', ['approval-matrix', 'governance']],
		['返信ひとつにも承認いるの？', ['approval-matrix', 'governance']],
		['急ぎの投稿で承認待ってられない', ['approval-matrix']],
		['コラボ企画の申請ってどこから出す', ['approval-matrix']],
		['値下げのお知らせを投稿したい 誰に見てもらう', ['approval-matrix']],
	],
	press: [
		['新商品の発表 SNSとリリースどっちが先', ['press-and-social']],
		['広報に確認しないといけないこと', ['press-and-social']],
		['プレス向けとSNS向けで書き方変える？', ['press-and-social']],
		[
			'記者がDMしてきた 返事していい？',
			['press-and-social', 'persona-and-accounts', 'personal-accounts'],
		],
		['お詫びの公式コメントSNSにも載せる？', ['press-and-social']],
	],
	measurement: [
		['SNSやって売上につながってるか知りたい', ['measurement']],
		['KPIなにおけばいい', ['measurement', 'glossary']],
		['広告費に見合ってる？', ['measurement']],
		['SNS経由の問い合わせ件数の数え方', ['measurement']],
		['客単価の出し方', ['measurement', 'glossary']],
	],
	culture: [
		['本社のノリの投稿が日本でウケない', ['japan-us-culture']],
		['日本人って企業アカウントに厳しくない？', ['japan-us-culture']],
		['本社の人に日本のやり方をわかってもらうには', ['japan-us-culture']],
		['LINEって海外でも使われてる？', ['japan-us-culture']],
		['日本のネットユーザーの特徴', ['japan-us-culture']],
	],
	training: [
		['SNS担当に異動した 最初に何やる', ['training']],
		['前任者からの引き継ぎで確認すること', ['training', 'account-security']],
		['SNS研修ってeラーニング？', ['training']],
		['研修のあとにテストある？', ['training']],
		['炎上対応の練習がしたい', ['training']],
	],
	definitions: [
		['リーチとインプレッションの違い', ['glossary']],
		['ソーシャルリスニングとわ', ['glossary']],
		['KPIってなんの略', ['glossary']],
		['アルゴリズムってなに', ['glossary']],
		['景表法って何の法律', ['glossary', 'law-and-disclosure']],
	],
	security: [
		[
			'公式アカウントにログインできなくなった',
			['account-security', 'persona-and-accounts', 'personal-accounts'],
		],
		['個人のスマホで公式アカウントにログインしていい？', ['account-security']],
		['管理画面の権限って誰が持ってる', ['account-security']],
		['生成AIに社外秘の情報入れていい？', ['generative-ai']],
		['AI使ったって投稿に書く必要ある？', ['generative-ai']],
	],
	law: [
		['YouTuberに案件依頼 PR表記どうする', ['law-and-disclosure', 'glossary']],
		['抽選で当たるキャンペーン 景品の上限', ['law-and-disclosure']],
		['テレビ番組のスクショを投稿に使いたい', ['law-and-disclosure']],
		['芸能人の写真を使いたい', ['law-and-disclosure', 'glossary']],
		['アンケートで集めたメアドを別のキャンペーンに使う', ['law-and-disclosure']],
	],
	planning: [
		['ターゲット層の決め方', ['planning']],
		['投稿ネタが思いつかない', ['planning', 'generative-ai']],
		['セール情報ばっかり流すのはあり？', ['planning']],
		['お客さんの声ってどうやって拾う', ['planning', 'crisis-handling']],
		[
			'フォロワー増やすためにプレゼント企画やりたい',
			['planning', 'measurement', 'law-and-disclosure'],
		],
	],
	scope: [
		['営業部でもこのガイドライン読まなきゃダメ？', ['purpose']],
		['休みの日の投稿も対象？', ['purpose']],
		['とにかくバズらせたいんだけど', ['purpose']],
		['このハンドブック何のためにあるの', ['purpose']],
		['代理店の選び方', ['governance']],
	],
};

const en: Record<Need, Row[]> = {
	incident: [
		[
			'customer video of our product breaking is going viral',
			['crisis-quick-guide', 'crisis-handling', 'press-and-social'],
		],
		['is this a real crisis or just noise', ['crisis-quick-guide', 'crisis-handling']],
		['fake screenshot of our tweet going around', ['crisis-handling', 'crisis-quick-guide']],
		['should i reply to the angry thread or DM them', ['crisis-handling', 'crisis-quick-guide']],
		[
			"nobody is picking up the phone and it's blowing up",
			['contact-sheet', 'crisis-quick-guide', 'crisis-handling'],
		],
	],
	'personal-accounts': [
		[
			'posted about an internal meeting on my personal account oops',
			['persona-and-accounts', 'personal-accounts'],
		],
		['auto-reply bot for our account', ['persona-and-accounts', 'personal-accounts', 'planning']],
		['things the brand account must never post', ['persona-and-accounts', 'personal-accounts']],
		['selfie at my desk ok to post?', ['persona-and-accounts', 'personal-accounts']],
		[
			'my mom wants to write a review of our product',
			['persona-and-accounts', 'personal-accounts', 'law-and-disclosure'],
		],
	],
	approvals: [
		['does my boss have to sign off every tweet', ['approval-matrix', 'governance']],
		['approval needed to reply to comments?', ['approval-matrix', 'governance']],
		['urgent post no time for approval', ['approval-matrix']],
		['where do I submit a post for approval', ['approval-matrix']],
		["posting something that's not in this month's plan", ['approval-matrix']],
	],
	press: [
		['announce new product on twitter or press release first', ['press-and-social']],
		[
			'reporter dm’d our brand acount',
			['press-and-social', 'persona-and-accounts', 'personal-accounts'],
		],
		['product recall who posts what, PR or us', ['press-and-social']],
		['PR wants to review every single tweet', ['press-and-social', 'approval-matrix']],
		['CEO apology statement, post it on social too?', ['press-and-social']],
	],
	measurement: [
		['does social actually bring in sales', ['measurement']],
		['what KPIs for our instagram', ['measurement', 'glossary']],
		['track leads from social', ['measurement']],
		['average order value', ['measurement', 'glossary']],
		['benchmark against industry average engagement', ['measurement']],
	],
	culture: [
		["US humour doesn't land in Japan", ['japan-us-culture']],
		['why are japanese customers so harsh on brand accounts', ['japan-us-culture']],
		['LINE vs facebook in japan', ['japan-us-culture']],
		["HQ doesn't get why we rush to reply in Japan", ['japan-us-culture']],
		['do japanese brands take stands on social issues', ['japan-us-culture']],
	],
	training: [
		['is the social media course mandatory', ['training']],
		['just moved to the social team, what do I do the first month', ['training']],
		['handover checklist when I leave the social team', ['training', 'account-security']],
		['do we get tested after the training', ['training']],
		['crisis drills for the team', ['training']],
	],
	definitions: [
		['reach vs impressions', ['glossary']],
		['what is enjo', ['glossary', 'japan-us-culture']],
		['what does escalate mean here', ['glossary']],
		['owned media meaning', ['glossary']],
		['gross profit vs revenue', ['glossary', 'measurement']],
	],
	security: [
		[
			'locked out of the company instagram',
			['account-security', 'persona-and-accounts', 'personal-accounts'],
		],
		['log into the brand account from my personal phone', ['account-security']],
		['agency still has access after the contract ended', ['account-security']],
		['paste confidential info into chatgpt?', ['generative-ai']],
		['do we have to label AI content', ['generative-ai']],
	],
	law: [
		['paying a youtuber to review our product', ['law-and-disclosure', 'glossary']],
		['follow and retweet to enter, is that legal?', ['law-and-disclosure']],
		['photo from our event has kids in it', ['law-and-disclosure', 'glossary']],
		['using a movie character in our meme', ['law-and-disclosure']],
		['customer posted their order number publicly', ['law-and-disclosure']],
	],
	planning: [
		['how do we pick our target audience', ['planning']],
		['runing out of post ideas', ['planning', 'generative-ai']],
		['are we posting too many sales posts', ['planning']],
		['how to listen to customers on social', ['planning', 'crisis-handling']],
		['what is the POST method', ['planning', 'glossary']],
	],
	scope: [
		['do sales staff need to follow this', ['purpose']],
		['posting about work on weekends, do the rules apply', ['purpose']],
		['we just want something to go viral', ['purpose']],
		['why do we have this handbook', ['purpose']],
		['how to pick a social media agency', ['governance']],
	],
};

/** One language's questions of a set, grouped by need, as blind questions. */
export function rows(locale: Locale, groups: Partial<Record<Need, Row[]>>): BlindQuestion[] {
	return Object.entries(groups).flatMap(([need, list]) =>
		list.map(([query, answers]) => ({ locale, need: need as Need, query, answers })),
	);
}

/** The blind questions, Japanese first; never tune keywords, thesaurus or query rules on them. */
export const blindQuestions: readonly BlindQuestion[] = [...rows('ja', ja), ...rows('en', en)];

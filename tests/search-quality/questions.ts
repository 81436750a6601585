/**
 * Questions employees type into the handbook's search, written from what a person needs to do
 * (not copied from chapter text), grouped by that need, with the chapters that answer them.
 *
 * Every question belongs to one half: `tune` questions may be looked at while the thesaurus,
 * keywords and query handling are worked on; `heldOut` questions may not — no keyword, synonym or
 * rule is written from them, and the quality script prints only their totals unless asked. The
 * half is fixed by position within each group (alternating), so adding a question never moves
 * another one across.
 */
import type { Locale } from '../../src/config/handbook-config.ts';

/** What the person who types the question needs. */
export type Need =
	| 'incident'
	| 'personal-accounts'
	| 'approvals'
	| 'press'
	| 'measurement'
	| 'culture'
	| 'training'
	| 'definitions'
	| 'security'
	| 'law'
	| 'planning'
	| 'scope';

export interface SearchQuestion {
	locale: Locale;
	need: Need;
	query: string;
	/** Chapter slugs that answer the question; one of them in the top three counts as a hit. */
	answers: readonly string[];
	half: 'tune' | 'heldOut';
}

const CRISIS = ['crisis-quick-guide', 'crisis-handling'] as const;
const CONTACTS = ['contact-sheet', 'crisis-quick-guide', 'crisis-handling'] as const;
// The former persona-and-accounts chapter, split in two (the official accounts; employees' own
// accounts): either half answers what the whole chapter answered when the questions were written.
const PERSONAL = ['persona-and-accounts', 'personal-accounts'] as const;
const APPROVALS = ['approval-matrix', 'governance'] as const;
const PRESS = ['press-and-social'] as const;
const MEASURE = ['measurement'] as const;
const CULTURE = ['japan-us-culture'] as const;
const TRAINING = ['training'] as const;
const GLOSSARY = ['glossary'] as const;
const SECURITY = ['account-security'] as const;
const LAW = ['law-and-disclosure'] as const;
const AI = ['generative-ai'] as const;
const DISASTER = ['disasters'] as const;
const TEMPLATES = ['templates'] as const;
const PLANNING = ['planning'] as const;
const PURPOSE = ['purpose'] as const;
const GOVERNANCE = ['governance'] as const;

type Row = [query: string, answers: readonly string[]];

/** The questions of one need in one language, in the order written. */
const ja: Record<Need, Row[]> = {
	incident: [
		['炎上したらどうすればいい', CRISIS],
		['Xで攻撃されている', CRISIS],
		['うちの会社がネットで叩かれてる', CRISIS],
		['まちがった情報を投稿してしまった', CRISIS],
		['批判コメントが止まらない', CRISIS],
		['悪い噂が広がっているときの対応', CRISIS],
		['クレームの投稿は消していい？', CRISIS],
		['炎上 誰に連絡', CONTACTS],
		['夜中に炎上したときの連絡先', CONTACTS],
		['謝罪文の書き方', [...CRISIS, ...TEMPLATES]],
		['大きな地震のとき予約投稿は止める？', [...DISASTER, ...CRISIS]],
		['炎上が落ち着いたあとにやること', CRISIS],
	],
	'personal-accounts': [
		['個人のアカウントで仕事のことを書いてもいい？', PERSONAL],
		['プライベートのSNSで会社名を出していい', PERSONAL],
		['自分のツイッターで自社製品をすすめたい', [...PERSONAL, ...LAW]],
		['社員が会社の悪口を投稿していた', PERSONAL],
		['個人アカウントのプロフィールに何を書く', PERSONAL],
		['発売前の新製品の写真をアップしていい？', PERSONAL],
		['公式アカウントはどんな口調で話す', PERSONAL],
		['フォロワーを買うのはだめ？', PERSONAL],
	],
	approvals: [
		['投稿の承認は誰がする', APPROVALS],
		['キャンペーンをやるには誰の許可がいる', APPROVALS],
		['新しいアカウントを作りたい', [...APPROVALS, ...SECURITY]],
		['広告を出すときの承認', APPROVALS],
		['インフルエンサーに依頼するときの手続き', [...APPROVALS, ...LAW]],
		['何日前までに申請すればいい', APPROVALS],
		['アカウントを閉鎖する手順', APPROVALS],
		['運用を代理店に丸投げしてもいい？', GOVERNANCE],
	],
	press: [
		['ニュースリリースとSNSの使い分け', PRESS],
		['記者から取材の連絡がきた', PRESS],
		['プレスリリースをSNSでも流していい？', PRESS],
		['広報とSNS担当の違い', PRESS],
		['SNS担当者に必要な能力', PRESS],
		['発表前の情報をSNSで出すタイミング', PRESS],
		['正式なコメントを出すのは誰', [...PRESS, ...APPROVALS]],
	],
	measurement: [
		['効果測定のやり方', MEASURE],
		['フォロワー数は目標になる？', MEASURE],
		['ROIの計算方法', [...MEASURE, ...GLOSSARY]],
		['SNSの成果を上司に報告したい', MEASURE],
		['毎月何を見ればいい', MEASURE],
		['CPAってどう計算する', [...MEASURE, ...GLOSSARY]],
		['いいねの数で評価していい？', MEASURE],
		['月次レポートのひな形', [...MEASURE, ...TEMPLATES]],
	],
	culture: [
		['アメリカと日本のSNSの違い', CULTURE],
		['日本では匿名のアカウントが多いのはなぜ', CULTURE],
		['本社の英語の投稿をそのまま訳していい？', CULTURE],
		['日本で炎上しやすい理由', CULTURE],
		['米国本社との調整', [...CULTURE, ...GOVERNANCE]],
		['日本で使われているSNS', CULTURE],
		['実名と匿名の文化', CULTURE],
	],
	training: [
		['新入社員に教えること', TRAINING],
		['SNS研修の内容', TRAINING],
		['役員への説明はどうする', TRAINING],
		['入社時のチェックリスト', TRAINING],
		['研修資料はどこにある', TRAINING],
		['研修はどれくらいの頻度でやる', TRAINING],
		['経営陣に理解してもらうには', [...TRAINING, ...GOVERNANCE]],
	],
	definitions: [
		['エンゲージメントとは', GLOSSARY],
		['ステマって何', [...GLOSSARY, ...LAW]],
		['中の人の意味', [...GLOSSARY, ...PERSONAL]],
		['インプレッションの意味', GLOSSARY],
		['UGCとは', GLOSSARY],
		['ROASとは何ですか', [...GLOSSARY, ...MEASURE]],
		['バズとは', [...GLOSSARY, ...PURPOSE]],
	],
	security: [
		['アカウントが乗っ取られた', [...SECURITY, ...CRISIS]],
		['パスワードを共有してもいい？', SECURITY],
		['二段階認証は必要？', SECURITY],
		['担当者が退職したときのアカウント管理', SECURITY],
		['偽物の公式アカウントを見つけた', [...SECURITY, ...CRISIS]],
		['不審なDMのリンクを開いてしまった', SECURITY],
		['ChatGPTで投稿文を作ってもいい？', AI],
		['AIで作った画像を使いたい', AI],
	],
	law: [
		['ステマ規制に違反しないためには', LAW],
		['プレゼントキャンペーンのルール', LAW],
		['インフルエンサーに商品を送ったら表示は必要？', LAW],
		['お客さんの写真を勝手に使っていい？', LAW],
		['他人の投稿をリポストして使う', LAW],
		['DMで個人情報を聞いてもいい？', LAW],
		['景品表示法で気をつけること', LAW],
		['音楽を動画に使いたい', LAW],
	],
	planning: [
		['SNSを始める前に決めること', PLANNING],
		['企画書に書くこと', PLANNING],
		['目標の立て方', [...PLANNING, ...MEASURE]],
		['どのSNSを使うか決めたい', PLANNING],
		['長期的なファンづくり', [...PLANNING, ...PURPOSE]],
		['お客さんとの関係をつくるには', [...PLANNING, ...PURPOSE]],
		['ツールは何を使えばいい', PLANNING],
	],
	scope: [
		['このガイドラインは誰向け', PURPOSE],
		['アルバイトにも適用される？', PURPOSE],
		['SNSの責任者は誰', GOVERNANCE],
		['コンサルタントに頼むべき？', GOVERNANCE],
		['口コミとSNSマーケティングの違い', PURPOSE],
		['社長の承認が必要なこと', [...GOVERNANCE, ...APPROVALS]],
	],
};

const en: Record<Need, Row[]> = {
	incident: [
		['someone is attacking our brand on X', CRISIS],
		['what do I do if a post goes viral for the wrong reasons', CRISIS],
		['people are angry at us online', CRISIS],
		['I posted something wrong by mistake', CRISIS],
		['can I delete negative comments', CRISIS],
		['a false rumor about our product is spreading', CRISIS],
		['who do I call at night when there is a backlash', CONTACTS],
		['how fast should we reply to criticism', CRISIS],
		['write an apology post', [...CRISIS, ...TEMPLATES]],
		['should we stop scheduled posts after an earthquake', [...DISASTER, ...CRISIS]],
		['what to do after the storm is over', CRISIS],
		['severity levels', CRISIS],
	],
	'personal-accounts': [
		['can I post about my job on my own account', PERSONAL],
		['mention my employer on LinkedIn', PERSONAL],
		['recommend our products from my personal twitter', [...PERSONAL, ...LAW]],
		['an employee badmouthed the company online', PERSONAL],
		['what disclaimer should I put in my bio', PERSONAL],
		['can I share a photo of an unreleased product', PERSONAL],
		['tone of voice for the official account', PERSONAL],
		['is it ok to buy followers', PERSONAL],
	],
	approvals: [
		['who approves our posts', APPROVALS],
		['who signs off on a campaign', APPROVALS],
		['open a new company account', [...APPROVALS, ...SECURITY]],
		['approval for paid ads', APPROVALS],
		['working with an influencer what do I need', [...APPROVALS, ...LAW]],
		['how much lead time do approvals need', APPROVALS],
		['shut down an old account', APPROVALS],
		['hire an agency to run our account', GOVERNANCE],
	],
	press: [
		['press release vs social media', PRESS],
		['a journalist contacted me', PRESS],
		['can we post the press release on social', PRESS],
		['difference between PR and the social team', PRESS],
		['skills a social media manager needs', PRESS],
		['when can we share news before the announcement', PRESS],
		['who gives the official statement', [...PRESS, ...APPROVALS]],
	],
	measurement: [
		['how do we measure results', MEASURE],
		['is follower count a good goal', MEASURE],
		['how to calculate ROI', [...MEASURE, ...GLOSSARY]],
		['report social media results to management', MEASURE],
		['which numbers to check every month', MEASURE],
		['cost per acquisition formula', [...MEASURE, ...GLOSSARY]],
		['are likes a good KPI', MEASURE],
		['monthly report template', [...MEASURE, ...TEMPLATES]],
	],
	culture: [
		['how is social media in Japan different from the US', CULTURE],
		['why are Japanese users anonymous', CULTURE],
		['can we just translate US head office posts', CULTURE],
		['why do backlashes spread so fast in Japan', CULTURE],
		['working with the US headquarters', [...CULTURE, ...GOVERNANCE]],
		['popular platforms in Japan', CULTURE],
		['real names vs anonymity', CULTURE],
	],
	training: [
		['what should new hires learn', TRAINING],
		['social media training for staff', TRAINING],
		['how to brief executives', TRAINING],
		['onboarding checklist', TRAINING],
		['where are the training materials', TRAINING],
		['how often is training', TRAINING],
		['get leadership buy-in', [...TRAINING, ...GOVERNANCE]],
	],
	definitions: [
		['what is engagement', GLOSSARY],
		['stealth marketing meaning', [...GLOSSARY, ...LAW]],
		['what does UGC stand for', GLOSSARY],
		['define impressions', GLOSSARY],
		['ROAS definition', [...GLOSSARY, ...MEASURE]],
		['what is a persona', [...GLOSSARY, ...PERSONAL]],
		['what does buzz mean here', [...GLOSSARY, ...PURPOSE]],
	],
	security: [
		['our account got hacked', [...SECURITY, ...CRISIS]],
		['can we share the account password', SECURITY],
		['do we need two factor authentication', SECURITY],
		['someone left the team, remove their access', SECURITY],
		['there is a fake account pretending to be us', [...SECURITY, ...CRISIS]],
		['I clicked a phishing link in a DM', SECURITY],
		['can I use ChatGPT to write posts', AI],
		['AI generated images ok to use?', AI],
	],
	law: [
		['how to disclose sponsored posts', LAW],
		['rules for a giveaway', LAW],
		['do influencers have to say it is an ad', LAW],
		['can we repost a customer photo', LAW],
		['using someone else’s picture', LAW],
		['asking for personal details in DMs', LAW],
		['FTC endorsement rules', LAW],
		['background music copyright in videos', LAW],
	],
	planning: [
		['what to decide before starting a new account', PLANNING],
		['what goes in a social media plan', PLANNING],
		['setting objectives', [...PLANNING, ...MEASURE]],
		['which platform should we use', PLANNING],
		['building long term relationships with customers', [...PLANNING, ...PURPOSE]],
		['topics our followers care about', PLANNING],
		['should we build our own brand community', PLANNING],
	],
	scope: [
		['who do these guidelines apply to', PURPOSE],
		['does this apply to contractors', PURPOSE],
		['who is in charge of social media', GOVERNANCE],
		['should we hire a consultant', GOVERNANCE],
		['word of mouth vs social media marketing', PURPOSE],
		['what needs executive approval', [...GOVERNANCE, ...APPROVALS]],
	],
};

function rows(locale: Locale, groups: Record<Need, Row[]>): SearchQuestion[] {
	return Object.entries(groups).flatMap(([need, list]) =>
		list.map(([query, answers], position) => ({
			locale,
			need: need as Need,
			query,
			answers,
			half: position % 2 === 0 ? ('tune' as const) : ('heldOut' as const),
		})),
	);
}

export const SEARCH_QUESTIONS: readonly SearchQuestion[] = [...rows('ja', ja), ...rows('en', en)];

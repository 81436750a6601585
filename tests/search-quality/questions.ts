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
		['これって炎上？ほっといていいレベル？', CRISIS],
		['ライブ配信中に出演者が失言した', [...CRISIS, 'persona-and-accounts']],
		['まとめサイトにうちの件がまとめられてる', CRISIS],
		['炎上の件で新聞社から電話きた', [...CRISIS, ...PRESS]],
		['案件投稿がステマだって叩かれてる', [...CRISIS, ...LAW]],
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
		['公式アカへの質問に自分の個人アカから答えちゃダメ？', ['personal-accounts']],
		['競合の会社から個人インスタにPR案件きた 受けていい？', ['personal-accounts']],
		['部長が個人のXで新製品を匂わせてる', ['personal-accounts']],
		['個人アカにお客さんからクレームが来た', ['personal-accounts']],
		['他社が炎上してる 自分のアカウントで乗っかっていい？', ['persona-and-accounts']],
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
		['他社製品と比べる投稿 誰のOK？', ['approval-matrix', ...LAW]],
		['社長が出るライブ配信 どこのチェックいる', ['approval-matrix', 'persona-and-accounts']],
		['予算を超える広告 誰が決める', APPROVALS],
		['AIに書かせた投稿も承認いる？', [...AI, 'approval-matrix']],
		['今日中に出したい投稿 承認まにあわない', ['approval-matrix']],
	],
	press: [
		['ニュースリリースとSNSの使い分け', PRESS],
		['記者から取材の連絡がきた', PRESS],
		['プレスリリースをSNSでも流していい？', PRESS],
		['広報とSNS担当の違い', PRESS],
		['SNS担当者に必要な能力', PRESS],
		['発表前の情報をSNSで出すタイミング', PRESS],
		['正式なコメントを出すのは誰', [...PRESS, ...APPROVALS]],
		['海外メディアから英語で取材依頼がDMで来た', [...PRESS, ...CULTURE]],
		['記者会見やるけどSNSにはいつ出す', PRESS],
		['リリースとXの投稿で数字がズレてた', PRESS],
		['提携の話 発表前だけどちょっと匂わせたい', [...PRESS, 'persona-and-accounts']],
		['決算の数字 リリースより先にSNSに出せる？', PRESS],
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
		['SNSから実際に何件売れたか知りたい', MEASURE],
		['前月比と前年比 どっち見る', MEASURE],
		['ROASはいいのに利益が出てない', [...MEASURE, ...GLOSSARY]],
		['返信までの時間も成果に入る？', MEASURE],
		['何曜日の何時が反応いいか比べたい', [...PLANNING, ...MEASURE]],
	],
	culture: [
		['アメリカと日本のSNSの違い', CULTURE],
		['日本では匿名のアカウントが多いのはなぜ', CULTURE],
		['本社の英語の投稿をそのまま訳していい？', CULTURE],
		['日本で炎上しやすい理由', CULTURE],
		['米国本社との調整', [...CULTURE, ...GOVERNANCE]],
		['日本で使われているSNS', CULTURE],
		['実名と匿名の文化', CULTURE],
		['本社のジョーク投稿 訳すとスベる', [...CULTURE, ...AI]],
		['アメリカの祝日キャンペーン 日本でもやる？', CULTURE],
		['本社は社会問題にコメントしてる うちも？', [...CULTURE, 'persona-and-accounts']],
		['本社が有名人の追悼ポストしてる 日本アカも出す？', [...CULTURE, ...DISASTER]],
		['日本とアメリカで謝り方って違う？', [...CULTURE, 'crisis-handling']],
	],
	training: [
		['新入社員に教えること', TRAINING],
		['SNS研修の内容', TRAINING],
		['役員への説明はどうする', TRAINING],
		['入社時のチェックリスト', TRAINING],
		['研修資料はどこにある', TRAINING],
		['研修はどれくらいの頻度でやる', TRAINING],
		['経営陣に理解してもらうには', [...TRAINING, ...GOVERNANCE]],
		['派遣の人もSNS研修うける？', [...TRAINING, ...PURPOSE]],
		['生成AIの研修ってある？', TRAINING],
		['役員向けのSNS説明 時間どれくらい', TRAINING],
		['数字の見方を勉強する機会ある？', TRAINING],
		['新人の返信 先輩が見てくれるのは何週間？', TRAINING],
	],
	definitions: [
		['エンゲージメントとは', GLOSSARY],
		['ステマって何', [...GLOSSARY, ...LAW]],
		['中の人の意味', [...GLOSSARY, ...PERSONAL]],
		['インプレッションの意味', GLOSSARY],
		['UGCとは', GLOSSARY],
		['ROASとは何ですか', [...GLOSSARY, ...MEASURE]],
		['バズとは', [...GLOSSARY, ...PURPOSE]],
		['リーチってどう数えるの', GLOSSARY],
		['アルゴリズムって結局なに', GLOSSARY],
		['肖像権って何', [...GLOSSARY, ...LAW]],
		['POSTって何の頭文字', [...GLOSSARY, ...PLANNING]],
		['深刻度2ってどういう状態のこと', [...GLOSSARY, ...CRISIS]],
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
		['知らない場所からログインの通知が来た', [...SECURITY, 'contact-sheet']],
		['代理店の担当が替わった アカウントの権限は', SECURITY],
		['著作権侵害の警告DM リンクからログインしろって', SECURITY],
		['パスワードを付箋に書いてモニターに貼ってる人がいる', SECURITY],
		['無料の翻訳AIにお客さんのDM貼っていい？', [...AI, ...CULTURE]],
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
		['プレゼント企画の景品 現金やAmazonギフト券はあり？', LAW],
		['アメリカからも応募できるキャンペーン 注意点', LAW],
		['有名人の名言を画像にして投稿したい', LAW],
		['レシート送ってもらう応募方法にしたい', LAW],
		['インフルエンサーが効果を盛って紹介してる', LAW],
	],
	planning: [
		['SNSを始める前に決めること', PLANNING],
		['企画書に書くこと', PLANNING],
		['目標の立て方', [...PLANNING, ...MEASURE]],
		['どのSNSを使うか決めたい', PLANNING],
		['長期的なファンづくり', [...PLANNING, ...PURPOSE]],
		['お客さんとの関係をつくるには', [...PLANNING, ...PURPOSE]],
		['ツールは何を使えばいい', PLANNING],
		['夜のほうが見られるから夜に予約投稿したい', PLANNING],
		['上が急にYouTubeやろうって言い出した', [...PLANNING, ...GOVERNANCE]],
		['年間スケジュール組むとき避ける日', [...PLANNING, ...DISASTER]],
		['投稿テーマ いくつに絞ればいい', PLANNING],
		['コメントへの返信 何時間以内が目安', [...PLANNING, 'persona-and-accounts']],
	],
	scope: [
		['このガイドラインは誰向け', PURPOSE],
		['アルバイトにも適用される？', PURPOSE],
		['SNSの責任者は誰', GOVERNANCE],
		['コンサルタントに頼むべき？', GOVERNANCE],
		['口コミとSNSマーケティングの違い', PURPOSE],
		['社長の承認が必要なこと', [...GOVERNANCE, ...APPROVALS]],
		['ルール違反したら懲戒とかある？', ['personal-accounts', ...GOVERNANCE]],
		['会社がSNSやる目的って結局なに', PURPOSE],
		['ガイドラインに書いてないケースは誰に聞けば', [...PURPOSE, ...GOVERNANCE]],
		['営業部だけどこのハンドブックどこまで読む？', PURPOSE],
		['役員もこのガイドラインに従うの？', [...PURPOSE, 'personal-accounts']],
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
		['is this a real crisis or just a few trolls', CRISIS],
		['guest said something awful on our live stream', [...CRISIS, 'persona-and-accounts']],
		['news site picked up the backlash and a reporter is calling', [...CRISIS, ...PRESS]],
		['people are calling our influencer post a hidden ad', [...CRISIS, ...LAW]],
		['angry reddit thread about us hit the front page', CRISIS],
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
		['my manager keeps hinting about the new launch on his twitter', ['personal-accounts']],
		['a competitor offered me a paid collab on my insta', ['personal-accounts']],
		['dinner pics with a client ok to post?', ['personal-accounts', ...PURPOSE]],
		['customer is complaining to me on my own instagram', ['personal-accounts']],
		['ok to dunk on a rival brand’s meltdown from my own account', ['persona-and-accounts']],
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
		[
			'CEO appearing on our instagram live, who reviews it',
			['approval-matrix', 'persona-and-accounts'],
		],
		['need a post out tomorrow that isn’t in the monthly plan', ['approval-matrix']],
		['comparison chart vs a competitor, who signs off', ['approval-matrix', ...LAW]],
		['we want to spend more on ads than budgeted', APPROVALS],
		['does a post announcing a discount need approval', ['approval-matrix']],
	],
	press: [
		['press release vs social media', PRESS],
		['a journalist contacted me', PRESS],
		['can we post the press release on social', PRESS],
		['difference between PR and the social team', PRESS],
		['skills a social media manager needs', PRESS],
		['when can we share news before the announcement', PRESS],
		['who gives the official statement', [...PRESS, ...APPROVALS]],
		['a US journalist asked our Japan account about the recall', [...PRESS, ...CULTURE]],
		['press conference tomorrow, when do we post', PRESS],
		['numbers in our post don’t match the press release', PRESS],
		['can I drop a teaser about the partnership', [...PRESS, 'persona-and-accounts']],
		['does PR need to see our post about the new CEO first', PRESS],
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
		['how many sales did social actually bring in', MEASURE],
		['great ROAS but we are losing money', [...MEASURE, ...GLOSSARY]],
		['should reply time be a metric', MEASURE],
		['giveaway brought tons of followers but no leads', [...MEASURE, ...PLANNING]],
		['test which weekday gets the best response', [...PLANNING, ...MEASURE]],
	],
	culture: [
		['how is social media in Japan different from the US', CULTURE],
		['why are Japanese users anonymous', CULTURE],
		['can we just translate US head office posts', CULTURE],
		['why do backlashes spread so fast in Japan', CULTURE],
		['working with the US headquarters', [...CULTURE, ...GOVERNANCE]],
		['popular platforms in Japan', CULTURE],
		['real names vs anonymity', CULTURE],
		['HQ’s Thanksgiving campaign, run it in Japan?', CULTURE],
		[
			'US team posted a statement on a social issue, should Japan follow',
			[...CULTURE, 'persona-and-accounts'],
		],
		['HQ posted a tribute to a celebrity who died, do we too', [...CULTURE, ...DISASTER]],
		['translating HQ’s jokey posts into Japanese', [...CULTURE, ...AI]],
		['why does the way you apologize matter so much in Japan', [...CULTURE, 'crisis-handling']],
	],
	training: [
		['what should new hires learn', TRAINING],
		['social media training for staff', TRAINING],
		['how to brief executives', TRAINING],
		['onboarding checklist', TRAINING],
		['where are the training materials', TRAINING],
		['how often is training', TRAINING],
		['get leadership buy-in', [...TRAINING, ...GOVERNANCE]],
		['do temps have to do the social media course', [...TRAINING, ...PURPOSE]],
		['is there training on AI tools', TRAINING],
		['how long is the exec briefing', TRAINING],
		['new operator, how long are my replies checked', TRAINING],
		['are there refresher sessions when platforms add features', TRAINING],
	],
	definitions: [
		['what is engagement', GLOSSARY],
		['stealth marketing meaning', [...GLOSSARY, ...LAW]],
		['what does UGC stand for', GLOSSARY],
		['define impressions', GLOSSARY],
		['ROAS definition', [...GLOSSARY, ...MEASURE]],
		['what is a persona', [...GLOSSARY, ...PERSONAL]],
		['what does buzz mean here', [...GLOSSARY, ...PURPOSE]],
		['CVR stands for?', [...GLOSSARY, ...MEASURE]],
		['phishing meaning', [...GLOSSARY, ...SECURITY]],
		['what is the algorithm everyone keeps talking about', GLOSSARY],
		['portrait rights meaning', [...GLOSSARY, ...LAW]],
		['what is value per order', [...GLOSSARY, ...MEASURE]],
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
		['message says we qualify for the blue check, just log in via the link', SECURITY],
		['agency switched account managers, what about their logins', SECURITY],
		['login alert from a country we are not in', [...SECURITY, 'contact-sheet']],
		['can the intern have full admin rights', SECURITY],
		['paste customer DMs into a free AI translator?', [...AI, ...CULTURE]],
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
		['can giveaway prizes be gift cards', LAW],
		['giveaway open to people in the US too', LAW],
		['quote from a famous author on an image', LAW],
		['influencer claims our product does things it doesn’t', LAW],
		['photo of kids at our event for a post', LAW],
	],
	planning: [
		['what to decide before starting a new account', PLANNING],
		['what goes in a social media plan', PLANNING],
		['setting objectives', [...PLANNING, ...MEASURE]],
		['which platform should we use', PLANNING],
		['building long term relationships with customers', [...PLANNING, ...PURPOSE]],
		['topics our followers care about', PLANNING],
		['should we build our own brand community', PLANNING],
		['post at night since that’s when people scroll?', PLANNING],
		['boss wants a YouTube channel next month', [...PLANNING, ...GOVERNANCE]],
		['dates to avoid when planning the yearly calendar', [...PLANNING, ...DISASTER]],
		['how many themes should our account focus on', PLANNING],
		['when should we give up on an account that isn’t working', [...PLANNING, ...GOVERNANCE]],
	],
	scope: [
		['who do these guidelines apply to', PURPOSE],
		['does this apply to contractors', PURPOSE],
		['who is in charge of social media', GOVERNANCE],
		['should we hire a consultant', GOVERNANCE],
		['word of mouth vs social media marketing', PURPOSE],
		['what needs executive approval', [...GOVERNANCE, ...APPROVALS]],
		['can I get in trouble for breaking these rules', ['personal-accounts', ...GOVERNANCE]],
		['what’s the point of us being on social media', PURPOSE],
		['situation not covered by the handbook, who decides', [...PURPOSE, ...GOVERNANCE]],
		['I’m in sales, which chapters do I need to read', PURPOSE],
		['do execs have to follow this too', [...PURPOSE, 'personal-accounts']],
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

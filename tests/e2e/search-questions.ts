/**
 * Questions employees ask, in their own words, with the chapters (slugs) that answer them.
 * A question counts as answered when one of its chapters is in Pagefind's top three.
 */
export interface SearchQuestion {
	locale: 'ja' | 'en';
	query: string;
	answers: string[];
}

const CRISIS = ['crisis-quick-guide', 'crisis-handling'];

export const SEARCH_QUESTIONS: SearchQuestion[] = [
	{ locale: 'ja', query: '炎上したら', answers: CRISIS },
	{ locale: 'ja', query: '批判が殺到している', answers: CRISIS },
	{ locale: 'ja', query: '間違えて投稿してしまった', answers: CRISIS },
	{ locale: 'ja', query: '投稿を消してもいい', answers: CRISIS },
	{ locale: 'ja', query: 'デマが広がっている', answers: CRISIS },
	{ locale: 'ja', query: '深刻度', answers: CRISIS },
	{ locale: 'ja', query: 'エスカレーション 連絡先', answers: [...CRISIS, 'glossary'] },
	{ locale: 'ja', query: 'フォロワー購入', answers: ['persona-and-accounts', 'glossary'] },
	{
		locale: 'ja',
		query: 'フォロワーを買ってもいいですか',
		answers: ['persona-and-accounts', 'glossary'],
	},
	{ locale: 'ja', query: 'ステマ', answers: ['persona-and-accounts', 'glossary'] },
	{
		locale: 'ja',
		query: '個人アカウントで会社のことを書いてもいい',
		answers: ['persona-and-accounts'],
	},
	{ locale: 'ja', query: '自社製品を紹介するとき', answers: ['persona-and-accounts'] },
	{ locale: 'ja', query: '公式アカウントの口調', answers: ['persona-and-accounts'] },
	{ locale: 'ja', query: '一人称', answers: ['persona-and-accounts'] },
	{
		locale: 'ja',
		query: 'ソーシャルメディアマネージャーに必要なスキル',
		answers: ['press-and-social'],
	},
	{ locale: 'ja', query: 'プレスリリースとの違い', answers: ['press-and-social'] },
	{
		locale: 'ja',
		query: '記者から問い合わせが来た',
		answers: ['press-and-social', 'persona-and-accounts'],
	},
	{ locale: 'ja', query: 'ROAS の計算式', answers: ['measurement', 'glossary'] },
	{ locale: 'ja', query: '費用対効果', answers: ['measurement'] },
	{ locale: 'ja', query: 'フォロワー数を目標にしていい', answers: ['measurement'] },
	{ locale: 'ja', query: '経営層への報告', answers: ['measurement'] },
	{ locale: 'ja', query: '代理店に任せたい', answers: ['governance'] },
	{ locale: 'ja', query: 'コンサルタント', answers: ['governance'] },
	{ locale: 'ja', query: '誰が最終判断するのか', answers: ['governance'] },
	{ locale: 'ja', query: 'POST とは', answers: ['planning', 'glossary'] },
	{ locale: 'ja', query: '企画書のチェックリスト', answers: ['planning'] },
	{ locale: 'ja', query: '日本と米国の違い', answers: ['japan-us-culture'] },
	{ locale: 'ja', query: '匿名', answers: ['japan-us-culture'] },
	{ locale: 'ja', query: 'LINE', answers: ['japan-us-culture'] },
	{ locale: 'ja', query: '新しい担当者の研修', answers: ['training'] },
	{ locale: 'ja', query: 'オンボーディング', answers: ['training'] },
	{ locale: 'ja', query: '誰が守るのか', answers: ['purpose'] },
	{ locale: 'en', query: 'delete a wrong post', answers: CRISIS },
	{ locale: 'en', query: 'post going viral for the wrong reasons', answers: CRISIS },
	{ locale: 'en', query: 'severity levels', answers: CRISIS },
	{ locale: 'en', query: 'escalation path', answers: CRISIS },
	{ locale: 'en', query: 'buying followers', answers: ['persona-and-accounts', 'glossary'] },
	{ locale: 'en', query: 'fake reviews', answers: ['persona-and-accounts'] },
	{
		locale: 'en',
		query: 'mention my employer on my personal account',
		answers: ['persona-and-accounts'],
	},
	{ locale: 'en', query: 'press release vs social media', answers: ['press-and-social'] },
	{
		locale: 'en',
		query: 'skills of a social media manager',
		answers: ['press-and-social', 'glossary'],
	},
	{ locale: 'en', query: 'ROI formula', answers: ['measurement', 'glossary'] },
	{ locale: 'en', query: 'cost per acquisition', answers: ['measurement', 'glossary'] },
	{ locale: 'en', query: 'hand operations to an agency', answers: ['governance'] },
	{ locale: 'en', query: 'planning POST', answers: ['planning', 'glossary'] },
	{ locale: 'en', query: 'anonymity in Japan', answers: ['japan-us-culture'] },
	{ locale: 'en', query: 'onboarding checklist', answers: ['training'] },
	{ locale: 'en', query: 'who do these rules apply to', answers: ['purpose'] },
];

/**
 * Writes a deterministic synthetic handbook: the same `chapters` and `seed` give byte-identical
 * files. Chapters alternate between Japanese and English (each English chapter translates the
 * Japanese one before it), about 6 KB each, with headings, lists, tables, links between chapters
 * and valid owners and review dates. Used by the benchmarks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Options of {@link generateHandbook}. */
export interface GenerateOptions {
	/** How many chapter files to write, both languages together. */
	chapters: number;
	/** Seed of the pseudo-random choices. */
	seed?: number;
	/** Target size of a chapter's body in bytes (UTF-8). */
	bytesPerChapter?: number;
	/**
	 * How many sections to spread the chapters over, each a sub-folder (`ja/section-03/…`); all but
	 * the last are listed with titles in `handbook.yaml`, so an unlisted one shows too. 0: none.
	 */
	sections?: number;
	/**
	 * The share (0 to 1) of chapters that use a component, a `<Callout>` after their first
	 * section, spread evenly: those take MDX's path through the build, the others Markdown's. 0: none.
	 */
	componentShare?: number;
}

/** The sub-folder of the chapter pair `index` out of `pairs`: `section-03`. */
function sectionFolder(index: number, pairs: number, sections: number): string {
	return `section-${String(Math.floor((index * sections) / pairs) + 1).padStart(2, '0')}`;
}

/** A small, fast, seedable PRNG (mulberry32): enough to vary text, identical on every machine. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const OWNERS = [
	'social-media-lead',
	'pr-manager',
	'legal-counsel',
	'hr-partner',
	'marketing-manager',
	'training-lead',
];

const JA = {
	topics: [
		'投稿の承認',
		'炎上対応',
		'公式アカウント',
		'個人アカウント',
		'効果測定',
		'社内研修',
		'広報との連携',
		'顧客対応',
		'キャンペーン',
		'情報管理',
	],
	sentences: [
		'担当者は投稿の前に内容と表現を確認します。',
		'批判が集まったときは、同じ場所で落ち着いて答えます。',
		'事実を確かめてから、分かりやすい言葉で伝えます。',
		'社外秘の情報は、個人のアカウントでも扱いません。',
		'問い合わせや商談の数で成果を確かめます。',
		'迷ったときは、ソーシャルメディア統括責任者に相談します。',
		'誤りは削除せずに訂正し、経緯を残します。',
		'フォロワー数だけを目標にしてはいけません。',
		'月に一度、数字を振り返って経営陣に報告します。',
		'新しい担当者には、最初の週にこの手引きを説明します。',
	],
	headings: ['目的', '手順', '注意点', '判断の基準', 'よくある質問', '記録の残し方'],
	table: ['| 項目 | 内容 | 担当 |', '| --- | --- | --- |'],
};

const EN = {
	topics: [
		'Approving posts',
		'Handling a backlash',
		'Official accounts',
		'Personal accounts',
		'Measuring results',
		'Staff training',
		'Working with PR',
		'Customer replies',
		'Campaigns',
		'Confidential information',
	],
	sentences: [
		'The operator checks the wording of every post before it goes out.',
		'When criticism gathers, answer calmly on the platform where it started.',
		'Confirm the facts first, then explain them in plain words.',
		'Confidential information stays out of personal accounts too.',
		'We judge results by inquiries and deals, not by reach alone.',
		'When in doubt, ask the head of social media before posting.',
		'Correct a mistake instead of deleting it, and keep a record.',
		'Follower counts are never a goal on their own.',
		'Once a month the numbers are reviewed and reported to management.',
		'New staff go through this handbook in their first week.',
	],
	headings: [
		'Purpose',
		'Steps',
		'Watch out for',
		'How to decide',
		'Common questions',
		'Keeping records',
	],
	table: ['| Item | What | Who |', '| --- | --- | --- |'],
};

function pick<T>(next: () => number, list: readonly T[]): T {
	return list[Math.floor(next() * list.length)]!;
}

function isoDate(next: () => number): string {
	const month = 1 + Math.floor(next() * 10);
	const day = 1 + Math.floor(next() * 28);
	return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The relative link from any chapter to chapter pair `target`, across sections if there are any. */
function chapterLink(target: number, pairs: number, sections: number): string {
	const slug = `chapter-${String(target + 1).padStart(4, '0')}/`;
	return sections > 0 ? `../../${sectionFolder(target, pairs, sections)}/${slug}` : `../${slug}`;
}

function chapterBody(
	next: () => number,
	language: typeof JA,
	index: number,
	pairs: number,
	locale: 'ja' | 'en',
	bytes: number,
	sections: number,
): string {
	const parts: string[] = [];
	let size = 0;
	let section = 0;
	while (size < bytes) {
		const heading = `${language.headings[section % language.headings.length]} ${section + 1}`;
		const lines = [`## ${heading}`, ''];
		for (let i = 0; i < 3; i++)
			lines.push(
				Array.from({ length: 4 }, () => pick(next, language.sentences)).join(
					locale === 'ja' ? '' : ' ',
				),
				'',
			);
		lines.push(...Array.from({ length: 4 }, () => `- ${pick(next, language.sentences)}`), '');
		if (section % 2 === 0) {
			lines.push(...language.table);
			for (let row = 0; row < 3; row++)
				lines.push(
					`| ${pick(next, language.topics)} | ${pick(next, language.sentences)} | ${pick(next, OWNERS)} |`,
				);
			lines.push('');
		}
		const target = Math.floor(next() * pairs);
		if (target !== index) {
			const label = locale === 'ja' ? '関連する章' : 'Related chapter';
			lines.push(
				`${label}: [${pick(next, language.topics)}](${chapterLink(target, pairs, sections)}).`,
				'',
			);
		}
		const text = lines.join('\n');
		parts.push(text);
		size += Buffer.byteLength(text);
		section++;
	}
	return parts.join('\n');
}

/** `body` with a `<Callout>` after its first section. */
function withCallout(body: string, language: typeof JA): string {
	const second = body.indexOf('\n## ', 1);
	const callout = `<Callout type="warning">\n\n${language.sentences[0]}\n\n</Callout>\n`;
	return second === -1
		? `${body}\n${callout}`
		: `${body.slice(0, second + 1)}${callout}${body.slice(second)}`;
}

/** Writes the handbook into `dir` (which should be empty) and returns the paths written. */
export function generateHandbook(dir: string, options: GenerateOptions): string[] {
	const { chapters, seed = 1, bytesPerChapter = 6000, sections = 0, componentShare = 0 } = options;
	const usesComponent = (index: number) =>
		Math.floor((index + 1) * componentShare) > Math.floor(index * componentShare);
	const pairs = Math.ceil(chapters / 2);
	const next = random(seed);
	const written: string[] = [];
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
		written.push(path);
	};
	const folder = (index: number) =>
		sections > 0 ? `${sectionFolder(index, pairs, sections)}/` : '';
	const listed = Array.from({ length: Math.max(0, sections - 1) }, (_, section) => {
		const id = `section-${String(section + 1).padStart(2, '0')}`;
		return `  - id: ${id}\n    title:\n      ja: ${JA.topics[section % JA.topics.length]}（${section + 1}）\n      en: ${EN.topics[section % EN.topics.length]} (${section + 1})\n`;
	});
	write(
		'handbook.yaml',
		`title:\n  ja: 生成された手引き\n  en: Generated handbook\nbase: /\ncrisisGuide: ${folder(0)}chapter-0001\n${listed.length > 0 ? `sections:\n${listed.join('')}` : ''}`,
	);
	write(
		'owners.yaml',
		OWNERS.map(
			(id) =>
				`- id: ${id}\n  name: ${id.replace(/-/g, ' ')}\n  team: Team ${id.split('-')[0]}\n  contact: ${id}@example.com\n`,
		).join(''),
	);
	let reviewed = '';
	for (let file = 0; file < chapters; file++) {
		const index = Math.floor(file / 2);
		const locale = file % 2 === 0 ? 'ja' : 'en';
		const language = locale === 'ja' ? JA : EN;
		const number = String(index + 1).padStart(4, '0');
		// A translation is reviewed together with its source, as in a well-kept handbook.
		if (locale === 'ja') reviewed = isoDate(next);
		const frontmatter = [
			'---',
			`title: ${pick(next, language.topics)} ${index + 1}`,
			`description: ${pick(next, language.sentences)}`,
			`owner: ${pick(next, OWNERS)}`,
			`reviewed: ${reviewed}`,
			'---',
			'',
		].join('\n');
		const body = chapterBody(next, language, index, pairs, locale, bytesPerChapter, sections);
		write(
			`${locale}/${folder(index)}${number}-chapter-${number}.mdx`,
			`${frontmatter}${usesComponent(index) ? withCallout(body, language) : body}`,
		);
	}
	return written;
}

/**
 * The questions a chapter answers (its `questions` frontmatter), where search and readers meet
 * them: each question is indexed with the section that answers it, so that search ranks the
 * chapter for the reader's own words and opens it at that section.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { ChapterQuestionSchema, type ChapterQuestion } from '../schemas/chapter.ts';
import { QUESTIONS_ANCHOR_PREFIX } from '../search/page-index.ts';

/**
 * How much a question's words count in search against the chapter's text: a reader's question
 * written by the chapter's owner says what the section is about, as a heading does.
 */
export const QUESTION_SEARCH_WEIGHT = 5;

/**
 * A heading's text compared as writers type it in `heading:`: the build's typographic quotes,
 * dashes and ellipses read as the keys typed (`account’s` as `account's`), spaces collapsed, ends
 * trimmed. Lint reads the source, the page its rendered text: both meet here.
 */
export function headingKey(text: string): string {
	return text
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/…/g, '...')
		.replace(/-+/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Questions as the text search indexes and shows in an excerpt: one after another, each ending as
 * a question does (？ in Japanese, ? otherwise) where its writer left the mark off, so that they do
 * not run together into one sentence.
 */
export function questionsAsText(texts: readonly string[]): string {
	return texts
		.map((text) => {
			const question = text.trim();
			if (/[?？!！。.…]$/u.test(question)) return question;
			return `${question}${/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(question) ? '？' : '?'}`;
		})
		.join('\n');
}

/**
 * The questions of a chapter by the heading that answers them; those without a heading are the
 * chapter's as a whole, under `undefined`.
 */
export function questionsByHeading(
	questions: readonly ChapterQuestion[],
): Map<string | undefined, string[]> {
	const byHeading = new Map<string | undefined, string[]>();
	for (const { text, heading } of questions) {
		const key = heading === undefined ? undefined : headingKey(heading);
		const texts = byHeading.get(key);
		if (texts) texts.push(text);
		else byHeading.set(key, [text]);
	}
	return byHeading;
}

/**
 * After each `##`/`###` heading a question names, a hidden paragraph holding those questions,
 * weighted for Pagefind: search then finds the section in the reader's words. Left out of the
 * pipeline for chapters without questions. Frontmatter the schema refuses is left to the build's
 * validation, which reports it with its file.
 */
export const chapterQuestionsPlugin: HastPluginEntry = ({ data }) => {
	const frontmatter = (data.astro as { frontmatter?: { questions?: unknown } } | undefined)
		?.frontmatter;
	const parsed = ChapterQuestionSchema.array().safeParse(frontmatter?.questions ?? []);
	const byHeading = parsed.success ? questionsByHeading(parsed.data) : new Map();
	byHeading.delete(undefined);
	if (byHeading.size === 0) return null;
	let blocks = 0;
	return defineHastPlugin({
		name: 'handbook-chapter-questions',
		element: {
			filter: ['h2', 'h3'],
			visit(node, ctx) {
				const texts = byHeading.get(headingKey(ctx.textContent(node)));
				if (!texts) return;
				ctx.insertAfter(node, {
					type: 'element',
					tagName: 'p',
					properties: {
						// An id makes it an anchor Pagefind records with its place among the page's
						// words, so that search can draw the section's excerpt from its answer.
						id: `${QUESTIONS_ANCHOR_PREFIX}${(blocks += 1)}`,
						hidden: true,
						dataPagefindWeight: String(QUESTION_SEARCH_WEIGHT),
					},
					children: [{ type: 'text', value: questionsAsText(texts) }],
				});
			},
		},
	});
};

import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';

/**
 * The syntax chapters are written in: Markdown with YAML frontmatter and MDX, and GitHub's tables,
 * task lists and autolinks, which the site's Markdown processor renders too.
 */
export const chapterSyntax = [remarkFrontmatter, remarkGfm, remarkMdx] as const;

const parser = remark().use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).freeze();

/** Parses a chapter's text into mdast, as the lint rules see it. */
export function parseChapter(text: string): Root {
	return parser.parse(text);
}

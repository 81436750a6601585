import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';

/** The syntax chapters are written in: Markdown with YAML frontmatter and MDX. */
export const chapterSyntax = [remarkFrontmatter, remarkMdx] as const;

const parser = remark().use(remarkFrontmatter).use(remarkMdx).freeze();

/** Parses a chapter's text into mdast, as the lint rules see it. */
export function parseChapter(text: string): Root {
	return parser.parse(text);
}

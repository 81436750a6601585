import {
	HandbookConfigSchema,
	type HandbookConfigInput,
} from '../../../src/config/handbook-config.ts';
import type { Handbook } from '../../../src/config/load-handbook.ts';
import {
	ChapterFrontmatterSchema,
	type ChapterFrontmatterInput,
} from '../../../src/schemas/chapter.ts';
import type { CatalogueInput } from '../../../src/handbook/catalogue.ts';

/** A handbook at `/site/content` with one owner, `lead`, and the given config. */
export function testHandbook(config: Partial<HandbookConfigInput> = {}): Handbook {
	return {
		dir: '/site/content',
		config: HandbookConfigSchema.parse({ title: 'Guide', ...config }),
		owners: [{ id: 'lead', name: 'Lead', team: 'Marketing', contact: 'lead@example.com' }],
		thesaurus: {},
	};
}

/**
 * A catalogue input for the chapter file at `path` (`ja/03-planning.mdx`) of the test handbook,
 * with valid frontmatter unless `data` says otherwise.
 */
export function chapterEntry(
	path: string,
	data: Partial<ChapterFrontmatterInput> = {},
): CatalogueInput {
	const file = path.endsWith('.mdx') ? path : `${path}.mdx`;
	return {
		sourcePath: file,
		data: ChapterFrontmatterSchema.parse({
			title: path,
			description: 'd',
			owner: 'lead',
			reviewed: '2026-01-31',
			...data,
		}),
	};
}

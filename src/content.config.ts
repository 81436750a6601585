import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbook } from 'virtual:handbook/context';
import { ChapterFrontmatterSchema } from './schemas/chapter.ts';
import { chapterId } from './handbook/urls.ts';
import { CHAPTER_EXTENSIONS } from './markdown/chapter-syntax.ts';

/**
 * Every chapter of every configured locale: `<handbook>/<locale>/**\/*.{md,mdx}`, with the catalogue's
 * URL rules for its id, so that the collection, lint and the pages agree on each chapter's URL.
 */
const chapters = defineCollection({
	loader: glob({
		base: handbook.dir,
		pattern: handbook.config.locales.map(
			(locale) => `${locale}/**/*.{${CHAPTER_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`,
		),
		generateId: ({ entry }) => chapterId(entry),
	}),
	schema: ChapterFrontmatterSchema,
});

export const collections = { chapters };

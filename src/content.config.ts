import { defineCollection } from 'astro:content';
import { handbook } from 'virtual:handbook/context';
import { ChapterFrontmatterSchema } from './schemas/chapter.ts';
import { chapterLoader } from './handbook/chapter-loader.ts';
import { lintVerdict } from './integration/lint-step.ts';
import { chapterId } from './handbook/urls.ts';
import { CHAPTER_EXTENSIONS } from './markdown/chapter-syntax.ts';

/**
 * Every chapter of every configured locale: `<handbook>/<locale>/**\/*.{md,mdx}`, with the catalogue's
 * URL rules for its id, so that the collection, lint and the pages agree on each chapter's URL.
 * Chapters in plain Markdown are rendered while loading, `.mdx` or not (see `chapterLoader`).
 */
const chapters = defineCollection({
	loader: chapterLoader(
		{
			base: handbook.dir,
			pattern: handbook.config.locales.map(
				(locale) => `${locale}/**/*.{${CHAPTER_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`,
			),
			generateId: ({ entry }) => chapterId(entry),
		},
		// A chapter the schema refuses is reported by lint, at its line, when lint has run.
		{ beforeFailing: () => lintVerdict(handbook.dir) },
	),
	schema: ChapterFrontmatterSchema,
});

export const collections = { chapters };

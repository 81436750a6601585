import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Handbook } from '../config/load-handbook.ts';
import { findChapterFiles, frontmatterBlock } from '../lint/handbook-context.ts';
import { ChapterFrontmatterSchema } from '../schemas/chapter.ts';
import type { CollectionChapter } from '../utils/handbook-index.ts';
import { chapterId } from '../utils/slugs.ts';

/** A chapter file that could not be read as a chapter, and why. */
export interface UnreadableChapter {
	path: string;
	reason: string;
}

/**
 * Reads every chapter's frontmatter straight from the handbook folder, as the content collection
 * would see it, for tools that run without Astro (the review report). Chapters outside the locale
 * folders or with invalid frontmatter are returned apart: the lint rules explain those.
 */
export function readChapters(handbook: Handbook): {
	chapters: CollectionChapter[];
	unreadable: UnreadableChapter[];
} {
	const chapters: CollectionChapter[] = [];
	const unreadable: UnreadableChapter[] = [];
	for (const path of findChapterFiles(handbook.dir)) {
		const relativePath = relative(handbook.dir, path).split('\\').join('/');
		if (!(handbook.config.locales as string[]).includes(relativePath.split('/')[0] ?? '')) continue;
		let data: unknown;
		try {
			data = frontmatterBlock(readFileSync(path, 'utf8'));
		} catch (error) {
			unreadable.push({ path, reason: (error as Error).message.split('\n')[0]! });
			continue;
		}
		const result = ChapterFrontmatterSchema.safeParse(data ?? {});
		if (!result.success) {
			unreadable.push({
				path,
				reason: result.error.issues
					.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
					.join('; '),
			});
			continue;
		}
		chapters.push({
			id: chapterId(relativePath),
			filePath: relative(process.cwd(), path),
			data: result.data,
		});
	}
	return { chapters, unreadable };
}

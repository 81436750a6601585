import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { HandbookFiles } from '../handbook/discover.ts';
import {
	handbookWords,
	katakanaWords,
	searchedText,
	type LocaleText,
} from '../search/spelling/handbook-words.ts';
import { kanjiReadingsFile, katakanaWordsFile } from '../search/query/hiragana-reading.ts';
import { kanjiReadings } from '../search/spelling/kanji-readings.ts';
import { inOwnProcess } from './own-process.ts';
import { addSections, writeSectionIndex } from './section-index.ts';
import { hasSectionIndex, SECTION_BUNDLE } from '../search/page-index.ts';
import { handbookWordsFile } from '../search/spelling/meant-word.ts';

/** Thrown when Pagefind reports a problem: the build must not ship a broken search. */
export class SearchIndexError extends Error {
	constructor(step: string, errors: string[]) {
		super(`Search index: ${step} failed:\n${errors.join('\n')}`);
		this.name = 'SearchIndexError';
	}
}

function check(step: string, errors: string[]): void {
	if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/** A new, empty Pagefind index. */
async function createIndex(step: string): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({});
	check(step, errors);
	if (!index) throw new SearchIndexError(step, ['no index returned']);
	return index;
}

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to `<outDir>/pagefind/`.
 * Each page's `<html lang>` puts it in its language's index; only `data-pagefind-body` content
 * (the chapters) is indexed. Any error from Pagefind fails the build. With the handbook's files,
 * the bundle also gets each language's words, which search reads a mistyped word or a word typed
 * in hiragana against (`handbook-words.ts`, `kanji-readings.ts`); they are counted while Pagefind
 * works. A language of few enough chapters (`hasSectionIndex`) also gets its section index in
 * `<outDir>/pagefind/sections/` (`section-index.ts`).
 */
export async function writeSearchIndex(
	outDir: string,
	logger: AstroIntegrationLogger,
	notIndexed: readonly string[] = [],
	whileIndexing: () => Promise<void> = async () => {},
	files?: HandbookFiles,
): Promise<void> {
	const started = performance.now();
	// Pagefind parses every page it finds before it skips those without `data-pagefind-body`; the
	// printable editions hold every chapter again (megabytes on a large handbook), so they are set
	// aside while it walks the site and put back right after.
	const aside = join(outDir, '..', `${basename(outDir)}.not-indexed`);
	rmSync(aside, { recursive: true, force: true });
	const moved = notIndexed.filter((path) => existsSync(join(outDir, path)));
	for (const path of moved) {
		mkdirSync(dirname(join(aside, path)), { recursive: true });
		renameSync(join(outDir, path), join(aside, path));
	}
	try {
		const index = await createIndex('creating the index');
		// Pagefind reads the site in its own process: other work can go on meanwhile.
		const [added, , words] = await Promise.all([
			index.addDirectory({ path: outDir }),
			whileIndexing(),
			files && wordsOf(files),
		]);
		check('reading the site', added.errors);
		const bundle = join(outDir, 'pagefind');
		const written = await index.writeFiles({ outputPath: bundle });
		check('writing the bundle', written.errors);
		const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const sectioned = Object.entries(entry.languages)
			.filter(([, { page_count }]) => hasSectionIndex(page_count))
			.map(([language]) => language);
		if (sectioned.length > 0) {
			const sectionIndex = await createIndex('creating the section index');
			check('reading the sections', await addSections(sectionIndex, outDir, sectioned));
			check(
				'writing the section bundle',
				await writeSectionIndex(sectionIndex, bundle, join(bundle, SECTION_BUNDLE)),
			);
		}
		for (const [locale, list] of Object.entries(words?.latin ?? {})) {
			writeFileSync(join(bundle, handbookWordsFile(locale)), JSON.stringify(list));
		}
		for (const [locale, list] of Object.entries(words?.katakana ?? {})) {
			writeFileSync(join(bundle, katakanaWordsFile(locale)), JSON.stringify(list));
		}
		for (const [locale, readings] of Object.entries(words?.kanji ?? {})) {
			writeFileSync(join(bundle, kanjiReadingsFile(locale)), JSON.stringify(readings));
		}
		logger.info(
			`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
		);
	} finally {
		await pagefind.close();
		for (const path of moved) renameSync(join(aside, path), join(outDir, path));
		rmSync(aside, { recursive: true, force: true });
	}
}

/**
 * Each language's English and katakana words and the readings of its kanji nouns, from the
 * chapters' files (see `handbookWords`, `katakanaWords`, `kanjiReadings`).
 */
async function wordsOf(files: HandbookFiles): Promise<{
	latin: Record<string, string[]>;
	katakana: Record<string, string[]>;
	kanji: Record<string, Record<string, string>>;
}> {
	const texts = files.chapters.map((chapter) => searchedText(files, chapter));
	return {
		latin: handbookWords(texts),
		katakana: katakanaWords(texts),
		kanji: await readingsApart(texts),
	};
}

/**
 * `kanjiReadings` of the texts, in a process of its own when any of them holds kanji (see
 * `readings-worker.ts`); a handbook without kanji needs no dictionary at all.
 */
function readingsApart(texts: LocaleText[]): Promise<Record<string, Record<string, string>>> {
	if (!texts.some(({ text }) => /\p{Script=Han}/u.test(text))) return kanjiReadings(texts);
	return inOwnProcess(new URL('./readings-worker.ts', import.meta.url), 'readings', {
		input: texts,
	});
}

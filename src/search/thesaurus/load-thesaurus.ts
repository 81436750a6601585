import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocaleSchema, type Locale } from '../../config/handbook-config.ts';
import { HandbookInputError, loadYamlFile, yamlLocator } from '../../config/yaml-file.ts';
import { searchedAsPhrase } from '../query/analyse-query.ts';
import { normalizeText } from '../query/normalize.ts';
import { queryTerms } from '../query/query-terms.ts';
import type { HandbookFiles } from '../../handbook/discover.ts';
import { glossaryAliases, glossaryEntries } from './glossary-aliases.ts';
import { targetsOf } from './targets.ts';
import { wordsReadWhole } from './whole-words.ts';
import {
	LocaleThesaurusSchema,
	ThesaurusSchema,
	type SearchThesaurus,
	type Thesaurus,
} from './thesaurus-schema.ts';

/** The thesaurus file of a handbook folder. */
export function thesaurusPath(handbookDir: string): string {
	return join(handbookDir, 'thesaurus.yaml');
}

/**
 * Reads `thesaurus.yaml` from the handbook folder, validated by its schema (a wrong shape throws
 * `HandbookInputErrors` with file, line and field). A handbook without one has an empty thesaurus.
 */
export function loadThesaurus(handbookDir: string): Thesaurus {
	const file = thesaurusPath(handbookDir);
	return existsSync(file) ? loadYamlFile(file, ThesaurusSchema) : {};
}

/** A chapter's text and language, for checking that the thesaurus points at words in use. */
export interface ChapterText {
	locale: Locale;
	text: string;
}

/**
 * Checks what the schema cannot: every term the thesaurus points at occurs in a chapter of its
 * language (search would otherwise send readers to nothing), no everyday word is listed twice,
 * and no chain of words leads back to where it started. Returns one error per problem, at the
 * line and column of the word in `thesaurus.yaml`.
 */
export function checkThesaurus(
	handbookDir: string,
	thesaurus: Thesaurus,
	chapters: readonly ChapterText[],
): HandbookInputError[] {
	const file = thesaurusPath(handbookDir);
	if (!existsSync(file)) return [];
	const locate = yamlLocator(file);
	const errors: HandbookInputError[] = [];
	const report = (path: PropertyKey[], reason: string) => {
		const { line, col } = locate.at(path);
		errors.push(new HandbookInputError(locate.file, line, col, reason));
	};
	for (const [locale, part] of Object.entries(thesaurus) as [
		Locale,
		NonNullable<Thesaurus[Locale]>,
	][]) {
		const texts = chapters
			.filter((chapter) => chapter.locale === locale)
			.map((c) => normalizeText(c.text));
		const inUse = (term: string) => texts.some((text) => text.includes(normalizeText(term)));
		const seen = new Map<string, string>();
		const wholeWords = wordsReadWhole(part);
		const graph = new Map<string, string[]>();
		for (const [word, value] of Object.entries(part.words)) {
			const key = normalizeText(word);
			const earlier = seen.get(key);
			if (earlier !== undefined) {
				report(
					[locale, 'words', word],
					`Unexpected "${word}" again (as "${earlier}"), expected each everyday word once`,
				);
			}
			seen.set(key, word);
			if (queryTerms(word, locale, wholeWords).length === 0) {
				report(
					[locale, 'words', word],
					`Unexpected "${word}" that a question reads as nothing (only grammar and question words), expected a word that carries meaning`,
				);
			}
			const targets = targetsOf(value);
			const listed = new Set<string>();
			targets.forEach((target, index) => {
				const path =
					typeof value === 'string' ? [locale, 'words', word] : [locale, 'words', word, index];
				if (listed.has(normalizeText(target))) {
					report(path, `Unexpected "${target}" twice for "${word}", expected each term once`);
				}
				listed.add(normalizeText(target));
				// A phrase is searched as it is, grammar and all; a single word that reads as grammar
				// would match nearly every page.
				if (!searchedAsPhrase(target) && queryTerms(target, locale, wholeWords).length === 0) {
					report(
						path,
						`Unexpected term "${target}" that search reads as grammar ("${normalizeText(target)}"), which nearly every page holds, expected a term of its own (with the words around it in the chapters)`,
					);
				}
				if (!inUse(target)) {
					report(
						path,
						`Unexpected term "${target}" that no ${locale} chapter uses, expected a word from the chapters`,
					);
				}
			});
			graph.set(key, targets.map(normalizeText));
		}
		for (const list of ['incident', 'spreading', 'trouble'] as const) {
			const listed = new Set<string>();
			part[list].forEach((term, index) => {
				if (listed.has(normalizeText(term))) {
					report([locale, list, index], `Unexpected "${term}" twice, expected each term once`);
				}
				listed.add(normalizeText(term));
				if (!inUse(term) && !seen.has(normalizeText(term))) {
					report(
						[locale, list, index],
						`Unexpected term "${term}" that no ${locale} chapter uses, expected a word from the chapters or from \`words\``,
					);
				}
			});
		}
		for (const [start, original] of seen) {
			const cycle = findCycle(graph, start);
			if (cycle) {
				report(
					[locale, 'words', original],
					`Unexpected cycle ${cycle.join(' → ')}, expected everyday words to lead to handbook terms without coming back`,
				);
			}
		}
	}
	return errors;
}

/** A path from `start` back to itself through the word → term graph, if there is one. */
function findCycle(
	graph: ReadonlyMap<string, readonly string[]>,
	start: string,
): string[] | undefined {
	const walk = (node: string, path: string[]): string[] | undefined => {
		for (const next of graph.get(node) ?? []) {
			if (next === start) return [...path, next];
			if (!path.includes(next)) {
				const found = walk(next, [...path, next]);
				if (found) return found;
			}
		}
		return undefined;
	};
	return walk(start, [start]);
}

/**
 * The thesaurus search uses in the browser: `thesaurus.yaml`, plus the other names the glossary
 * chapter of each language gives its terms (`glossaryAliases`) where the file does not already
 * say something about that word, and the glossary's terms themselves.
 */
export function searchThesaurus(
	thesaurus: Thesaurus,
	glossaries: Partial<Record<Locale, string>>,
): SearchThesaurus {
	const merged: SearchThesaurus = {};
	const locales = new Set([...Object.keys(thesaurus), ...Object.keys(glossaries)] as Locale[]);
	for (const locale of locales) {
		const part = thesaurus[locale] ?? LocaleThesaurusSchema.parse({});
		const words = { ...part.words };
		const known = new Set(Object.keys(words).map(normalizeText));
		const markdown = glossaries[locale];
		const glossary: Record<string, string> = {};
		if (markdown) {
			const entries = glossaryEntries(markdown);
			Object.assign(glossary, entries);
			for (const [alias, term] of Object.entries(glossaryAliases(markdown))) {
				if (entries[term] !== undefined) glossary[alias] ??= entries[term];
				if (known.has(normalizeText(alias))) continue;
				words[alias] = term;
				known.add(normalizeText(alias));
			}
		}
		merged[locale] = { ...part, words, glossary };
	}
	return merged;
}

/**
 * The glossary chapter's text per language: the chapters whose translation key (their slug, or
 * `translationOf`) is the handbook's `glossary`, placed by the catalogue's own rule.
 */
export function readGlossaries(files: HandbookFiles): Partial<Record<Locale, string>> {
	const found: Partial<Record<Locale, string>> = {};
	for (const chapter of files.chapters) {
		const locale = LocaleSchema.safeParse(chapter.locale);
		if (
			locale.success &&
			files.placeOf(chapter).translationKey === files.handbook.config.glossary
		) {
			found[locale.data] = files.textOf(chapter.path).text;
		}
	}
	return found;
}

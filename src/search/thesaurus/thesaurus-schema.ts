import { z } from 'astro/zod';
import { LocaleSchema, type Locale } from '../../config/handbook-config.ts';

const TermSchema = z.string().trim().min(1, 'Expected a word, received an empty one');

/**
 * One language's part of `thesaurus.yaml`: the words readers type, mapped to the words the
 * handbook uses, and the handbook's words that mean "something is going wrong now".
 */
export const LocaleThesaurusSchema = z
	.object({
		/**
		 * Everyday word → handbook term(s): `叩かれる: 炎上`, `hacked: [takeover, security]`. A
		 * question holding the everyday word also searches for the terms. Each term must occur in a
		 * chapter of this language.
		 * @default {}
		 */
		words: z.record(TermSchema, z.union([TermSchema, z.array(TermSchema).min(1)])).default({}),
		/**
		 * Words that mark a question as being about an incident: such a question shows the crisis
		 * quick guide first. Handbook terms (`炎上`), which everyday words reach through `words`, or
		 * everyday words of `words` themselves, for an incident the handbook names only in a term
		 * that also means other things (`情報漏えい`, where the chapters say 個人情報 and 機密).
		 * @default []
		 */
		incident: z.array(TermSchema).default([]),
		/**
		 * Words that say something is spreading (`バズ`, `viral`) and words that say something is
		 * wrong without naming an incident (`不具合`, `complaints`): a question holding one of each
		 * is about an incident too ("a complaint thread is going viral"), while either alone is not
		 * ("our campaign went viral", "how do we reply to complaints"). Handbook terms or everyday
		 * words of `words`, as for `incident`.
		 * @default []
		 */
		spreading: z.array(TermSchema).default([]),
		/** See `spreading`. @default [] */
		trouble: z.array(TermSchema).default([]),
	})
	.strict();

/**
 * `thesaurus.yaml` beside `handbook.yaml` (optional): per language, the everyday words people
 * search with and the handbook terms they mean. Writers keep it; `npm run lint` checks it.
 */
export const ThesaurusSchema = z.partialRecord(LocaleSchema, LocaleThesaurusSchema);

export type LocaleThesaurus = z.output<typeof LocaleThesaurusSchema>;
export type Thesaurus = z.output<typeof ThesaurusSchema>;

/**
 * One language's thesaurus as search reads it in the browser: the file's, with the glossary's
 * other names among its words, and the glossary's terms (headings and their other names), each
 * with the id of its entry on the glossary page.
 */
export type SearchLocaleThesaurus = Omit<LocaleThesaurus, 'spreading' | 'trouble'> &
	Partial<Pick<LocaleThesaurus, 'spreading' | 'trouble'>> & {
		glossary?: Readonly<Record<string, string>>;
	};
export type SearchThesaurus = Partial<Record<Locale, SearchLocaleThesaurus>>;

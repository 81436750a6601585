/**
 * Reads a question into the concepts it asks about, each with the searches that find it: the
 * reader's own words, then the handbook terms the thesaurus maps them to. Runs in the browser.
 */
import type { Locale } from '../../config/handbook-config.ts';
import { targetsOf } from '../thesaurus/targets.ts';
import { wordsReadWhole } from '../thesaurus/whole-words.ts';
import type { SearchLocaleThesaurus } from '../thesaurus/thesaurus-schema.ts';
import { normalizeText } from './normalize.ts';
import { queryTerms, unprefixed } from './query-terms.ts';

/** One thing a question asks about. */
export interface Concept {
	/** The question's words this concept stands for, as searched. */
	words: readonly string[];
	/**
	 * Pagefind queries, any of which finds the concept: first the words themselves, then the
	 * handbook terms the thesaurus gives for them.
	 */
	variants: readonly string[];
}

/** What search makes of a question. */
export interface QueryAnalysis {
	/** The question's meaningful words, in the order typed. */
	terms: readonly string[];
	concepts: readonly Concept[];
	/** Whether the question is about something going wrong now (crisis guide first). */
	incident: boolean;
	/**
	 * The concepts (indexes into `concepts`) that name what is going wrong: the others say what
	 * the question asks about it ("who do I call", "Japan and the US").
	 */
	incidentConcepts?: readonly number[];
	/** Whether the question asks what a word means (glossary first). */
	definition: boolean;
	/** The id of the glossary entry for the word it asks about, when the glossary has one. */
	defined?: string | undefined;
}

/**
 * How people ask what a word means: "ROASとは" (or とわ, as it sounds), "中の人って何" (also with
 * a word such as そもそも or 結局 before the 何), "中の人って誰のこと", "エンゲージメントの意味", "UGC 意味",
 * "what is UGC", "what does buzz mean", "CPA definition", what it stands for ("UGCって何の略",
 * "what does ROAS stand for"), and a question for the glossary itself
 * (用語集, "glossary of social media terms"); not the とは of こと and あと (「投稿前に確認することは」
 * asks what to check), nor 「って何やる」, 「って何をすれば」 and 「ってなんで」, which ask what to do
 * and why. An English "what is …" counts only for a
 * word or two ("what is the process for approvals" asks something else), and never for "what to…",
 * "what should…" and the like, which ask what to do.
 */
export function asksForDefinition(query: string, terms: readonly string[]): boolean {
	const text = normalizeText(query);
	if (
		/(?<![こあ])とは|とわ[?？]?$|って(結局|そもそも|一体|いったい|つまり)?(何|なに|なん)(?!を|が|から|に|や|す|し|で(?!す))|って(誰|だれ)のこと|の意味|意味は|どういう意味|\s意味[?？]?$|定義|用語|何の略|なんの略|略語/.test(
			text,
		)
	)
		return true;
	if (
		/\b(meaning|means?|definitions?|define|stands? for|acronym|abbreviation|glossary)\b/.test(text)
	)
		return true;
	// "what to do after the storm is over" asks what to do, not what a storm is.
	return (
		/^(what|what's|whats)( is| are)?\b(?! (to|do|does|did|should|shall|can|could|would|will|happens?|happened|if|we|i|you|they|now|next|time|kinds?|sort)\b)/.test(
			text,
		) && terms.length <= 2
	);
}

/**
 * Whether a lone kanji stands in the question as a noun: nothing but a particle, a space or
 * another script after it (顔 in お客様の顔, 日 in 控える日), not the kana of an ending (作りたい).
 * Before に it is an adverb as often as not (急に, 特に), so that does not count.
 */
function standsAsNoun(word: string, text: string): boolean {
	if (!/^\p{Script=Han}$/u.test(word)) return false;
	return new RegExp(
		`${word}(?![\\p{Script=Hiragana}]|ー)|${word}(?=[のをがはでともへやか])`,
		'u',
	).test(text);
}

/**
 * A concept of one katakana word searched first as the reader typed it, with its final long-vowel
 * mark, then without it. The question is read without the mark, so that サーバ and サーバー meet
 * one thesaurus entry; but Pagefind scores a word as the page writes it (インフルエンサー) many
 * times higher than a word it only begins (インフルエンサ), and a page that writes the word
 * without the mark (セキュリティ) is found by the second search.
 */
function asTyped(concept: Concept, text: string): Concept {
	const [word, ...more] = concept.words;
	if (word === undefined || more.length > 0 || !/^[\p{Script=Katakana}ー・]+$/u.test(word))
		return concept;
	const typed = `${word}ー`;
	if (!text.includes(typed)) return concept;
	return { words: [typed], variants: [typed, ...concept.variants] };
}

/**
 * 何 and a counter (何回, 何日, 何人, 何時): a question word that asks how many or when. It says
 * something only through the thesaurus (何回 → 頻度); as a word searched for, it would find the
 * counter wherever it stands.
 */
const HOW_MANY = /^何\p{Script=Han}$/u;

/** The words that ask what another word means. */
const ASKING_MEANING =
	/^(意味|定義|用語|略|略語|definition|definitions|define|defined|mean|means)$/;

/** How people set two things side by side: 違い, 差, "vs", "difference between". */
const COMPARING =
	/違い|ちがい|違う|差|\bvs\b|\bversus\b|\bdifferen(ce|ces|t)\b|\bcompar(e|ed|ing)\b/;

/**
 * How people ask in Japanese which one to take: 「どのSNSを使うべき」, 「ツールは何を使えばいい」.
 * Such a question asks how to choose, 選び方 (the way a text about choosing says it); its own verb,
 * 使う, is in nearly every page. Asking leave to use something (「どの写真なら使っていい」) is not
 * asking how to choose. English needs no such rule: "which platform should we use" keeps its
 * telling word, and "choosing" there stands in headings about other choices ("Choosing words").
 */
const ASKING_WHICH: Partial<Record<Locale, { pattern: RegExp; term: string }>> = {
	ja: {
		pattern:
			/(どの|どれ|どっち|どちら|何を|なにを)[^。？?]*?(使うべき|使えば|使ったら|使うのが|使う方が|選|始め|導入す)/u,
		term: '選び方',
	},
};

interface Entry {
	/** The everyday word as the question's words would be (炎上したら → 炎上). */
	key: readonly string[];
	targets: readonly string[];
	/**
	 * The everyday word as typed, when the question must hold it as written: see
	 * {@link phraseNeeded}.
	 */
	phrase: string | undefined;
	/**
	 * Searched through its handbook terms alone: a verb in hiragana, read by its stem (のっとる →
	 * のっと), which as a prefix meets other words (のっとって, "in line with"); or a question word
	 * of 何 and a counter (see {@link HOW_MANY}).
	 */
	termsOnly: boolean;
}

/**
 * The everyday word as typed when reading it as a question lost a word in front of its key:
 * `自分のアカウント` reads as `アカウント`, `私用` as `用`, "in charge" as `charge`. Matched by
 * its key alone, such an entry would add its handbook term to every question with `アカウント`
 * or `charge`; it applies where the question holds the whole phrase. So does a Japanese phrase
 * that lost words behind its one key word (`上に上げる` reads as `上`). Endings lost behind the
 * key (叩かれる → 叩) are inflection and need no phrase.
 */
function phraseNeeded(word: string, key: readonly string[]): string | undefined {
	const written = normalizeText(word);
	const start = written.indexOf(key[0] ?? '');
	if (start > 0 && /[\p{L}\p{N}]/u.test(written.slice(0, start))) return written;
	// An English phrase that lost a word behind its key is another word: "reach out" is not
	// "reach", "cover for" not "cover".
	if (/^[\p{Script=Latin}\p{N}' -]+$/u.test(written) && written.split(/[ -]/).length > key.length)
		return written;
	// A Japanese phrase read as one word of its own lost words behind it, not an ending: kanji or
	// katakana there are words (上に上げる → 上, the repeated kanji counted once), and a negation
	// turns the meaning round (ログインできない is not every question about logging in).
	const behind = start === -1 || key.length > 1 ? '' : written.slice(start + key[0]!.length);
	return /[\p{Script=Han}\p{Script=Katakana}]|ない|ません|なかっ/u.test(behind)
		? written
		: undefined;
}

/**
 * Whether a term is searched as a phrase: several Latin words, or a hyphenated one ("personal
 * account", "stand-in"), not words that may stand anywhere on a page. A handbook term is the
 * words together; that holds for a phrase of grammar too: "something is coming" is that phrase,
 * not nothing.
 */
export function searchedAsPhrase(term: string): boolean {
	const written = normalizeText(term);
	return (
		/[ -]/.test(written) &&
		written.split(' ').every((word) => /^[\p{Script=Latin}\p{N}'-]+$/u.test(word))
	);
}

/**
 * A word or phrase in the form search uses: a phrase in quotes ({@link searchedAsPhrase}), else
 * its meaningful words, joined by a space.
 */
function searchForm(text: string, locale: Locale, wholeWords: readonly string[]): string {
	return searchedAsPhrase(text)
		? `"${normalizeText(text)}"`
		: queryTerms(text, locale, wholeWords).join(' ');
}

/**
 * An English noun without its plural ending (inquiries → inquiry, hires → hire, boxes → box), for
 * words of four letters or more; any other word as it is.
 */
function singular(word: string): string {
	if (!/^[a-z]{4,}$/.test(word)) return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
	return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The question's words that a key's words stand as, one after another, in order; the last word of
 * a key of several may stand in the singular or the plural ("media inquiries" for "media
 * inquiry", "new hire" for "new hires"): that is where English marks the plural of a phrase.
 */
function readTogether(
	terms: readonly string[],
	key: readonly string[],
): readonly string[] | undefined {
	const last = key.length - 1;
	for (let start = 0; start + key.length <= terms.length; start++) {
		const words = terms.slice(start, start + key.length);
		const same = (term: string, offset: number) =>
			term === key[offset] ||
			(offset === last && last > 0 && singular(term) === singular(key[offset]!));
		if (words.every(same)) return words;
	}
	return undefined;
}

/**
 * Prepares one language's thesaurus for questions and returns the function that reads them.
 * Everyday words are cut into words exactly as questions are, so "叩かれる" in the thesaurus
 * meets "叩かれている" in a question (both are 叩).
 */
export function createQueryAnalyser(
	locale: Locale,
	thesaurus: SearchLocaleThesaurus | undefined,
): (query: string) => QueryAnalysis {
	const wholeWords = wordsReadWhole(thesaurus);
	const byKey = new Map<
		string,
		{ key: string[]; targets: Set<string>; phrase: string | undefined; termsOnly: boolean }
	>();
	const targetsByWord = new Map<string, readonly string[]>();
	for (const [word, value] of Object.entries(thesaurus?.words ?? {})) {
		const key = queryTerms(word, locale, wholeWords);
		if (key.length === 0) continue;
		const targets = targetsOf(value).map(
			(target) => searchForm(target, locale, wholeWords) || target,
		);
		const phrase = phraseNeeded(word, key);
		// A phrase entry is its own entry: its key alone may be another's, or mean something else.
		const id = phrase ? `"${phrase}"` : key.join(' ');
		if (!phrase) targetsByWord.set(id, targets);
		const written = normalizeText(word);
		const termsOnly =
			key.length === 1 &&
			((key[0] !== written && /^\p{Script=Hiragana}+$/u.test(written)) || HOW_MANY.test(key[0]!));
		const entry = byKey.get(id) ?? { key, targets: new Set<string>(), phrase, termsOnly };
		targets.forEach((target) => entry.targets.add(target));
		byKey.set(id, entry);
	}
	// A term may itself be an everyday word of another entry: follow the chain (the thesaurus
	// check forbids cycles; the depth limit guards against a thesaurus that skipped the check).
	const expand = (targets: Iterable<string>, depth = 0): string[] => {
		const all = new Set<string>();
		for (const target of targets) {
			all.add(target);
			const further = depth < 3 ? targetsByWord.get(target) : undefined;
			if (further) expand(further, depth + 1).forEach((each) => all.add(each));
		}
		return [...all];
	};
	// Longest phrases first, so that "批判が殺到" wins over "批判" alone; and of two entries read as
	// the same words, the one the question must hold as written ("自分のSNS" before "SNS").
	const entries: Entry[] = [...byKey.values()]
		.map((entry) => ({ ...entry, targets: expand(entry.targets) }))
		.sort(
			(a, b) =>
				b.key.length - a.key.length ||
				Number(b.phrase !== undefined) - Number(a.phrase !== undefined),
		);
	// The glossary's terms as search writes them, each with its entry's id on the glossary page.
	const glossaryEntries = new Map(
		Object.entries(thesaurus?.glossary ?? {}).map(([term, id]) => [
			searchForm(term, locale, wholeWords) || term,
			id,
		]),
	);
	const searchForms = (terms: readonly string[] = []) =>
		new Set(terms.map((term) => searchForm(term, locale, wholeWords) || term));
	const incidentTerms = searchForms(thesaurus?.incident);
	const spreadingTerms = searchForms(thesaurus?.spreading);
	const troubleTerms = searchForms(thesaurus?.trouble);

	// Every word the thesaurus knows: a reader's everyday word, or a handbook term it gives.
	const known = new Set([...byKey.keys(), ...entries.flatMap((entry) => entry.targets)]);
	// A verb's noun (休み in 休みの日) is read as the thesaurus reads its verb (休み → 休) when
	// the thesaurus knows the verb and not the noun. A word made stronger by a prefix (大炎上,
	// 超拡散) is read as the word itself when the thesaurus knows that and not the whole.
	const asThesaurusReads = (term: string) => {
		const verb = term.replace(/(?<=^\p{Script=Han})\p{Script=Hiragana}$/u, '');
		if (verb !== term && !byKey.has(term) && byKey.has(verb)) return verb;
		const base = unprefixed(term);
		return base && !known.has(term) && known.has(base) ? base : term;
	};

	return (query) => {
		const terms = queryTerms(query, locale, wholeWords).map(asThesaurusReads);
		const text = normalizeText(query);
		let remaining = [...terms];
		const concepts: Concept[] = [];
		for (const entry of entries) {
			const typed = readTogether(terms, entry.key);
			if (!typed || !typed.every((word) => remaining.includes(word))) continue;
			if (entry.phrase && !text.includes(entry.phrase)) continue;
			remaining = remaining.filter((word) => !typed.includes(word));
			// A phrase read as one lone character (私用 → 用) is searched through its handbook terms
			// alone: the character, a prefix of countless words, would match nearly every page.
			const own =
				entry.termsOnly ||
				(entry.phrase && entry.key.length === 1 && [...entry.key[0]!].length === 1)
					? ''
					: entry.key.join(' ');
			concepts.push({
				words: entry.key,
				variants: own
					? [own, ...entry.targets.filter((target) => target !== own)]
					: [...entry.targets],
			});
		}
		// A lone letter ("X" the platform) says something only through the thesaurus; as a prefix
		// it would match every word that starts with it. A lone kanji left from a verb or adjective
		// (作りたい → 作, 決める → 決, 新しい → 新) is the question's generic action, not its topic:
		// it counts only when nothing longer is asked. One that stands as a noun (お客様の顔,
		// エンゲージメント率, 控える日) is a word like any other.
		const single = (word: string) => [...word].length === 1;
		const longer = concepts.length > 0 || remaining.some((word) => !single(word));
		for (const word of remaining) {
			if (/^[\p{Script=Latin}\p{N}]$/u.test(word)) continue;
			if (HOW_MANY.test(word)) continue;
			if (longer && single(word) && !standsAsNoun(word, text)) continue;
			concepts.push({ words: [word], variants: [word] });
		}
		// Keep the reader's order: it is the order of the words on screen and in highlights.
		concepts.sort((a, b) => terms.indexOf(a.words[0]!) - terms.indexOf(b.words[0]!));
		const which = ASKING_WHICH[locale];
		if (
			which?.pattern.test(text) &&
			!concepts.some((concept) => concept.variants.includes(which.term))
		) {
			concepts.push({ words: [which.term], variants: [which.term] });
		}
		// "Reach vs impressions", 「リーチとインプレッションの違い」: two of the glossary's terms set
		// side by side ask what each means.
		const compared = concepts.filter(
			(concept) => !concept.words.every((word) => COMPARING.test(word)),
		);
		const comparesTerms =
			compared.length >= 2 &&
			COMPARING.test(text) &&
			compared.every((concept) => concept.variants.some((variant) => glossaryEntries.has(variant)));
		const definition = comparesTerms || asksForDefinition(query, terms);
		// In "KPIの定義" or "CPA definition" the word that asks is not what is asked about.
		const asked = definition
			? concepts.filter((concept) => !concept.words.every((word) => ASKING_MEANING.test(word)))
			: concepts;
		// The term may be one concept or, said in several words ("owned media meaning", 「エンゲージ
		// メント率とは」 read as エンゲージメント | 率), all of them.
		const askedWords = asked.flatMap((concept) => concept.words);
		const whole = askedWords.join(' ');
		const defined = definition
			? [
					whole,
					`"${whole}"`,
					askedWords.join(''),
					...asked.flatMap((concept) => [
						concept.words.join(' '),
						`"${concept.words.join(' ')}"`,
						...concept.variants,
					]),
				]
					.map((term) => glossaryEntries.get(term))
					.find((id) => id !== undefined)
			: undefined;
		const read = (asked.length > 0 ? asked : concepts).map((concept) => asTyped(concept, text));
		const holding = (terms: ReadonlySet<string>) =>
			read.flatMap((concept, index) =>
				concept.variants.some((variant) => terms.has(variant)) ? [index] : [],
			);
		const spreading = holding(spreadingTerms);
		const trouble = holding(troubleTerms);
		// Something wrong that is spreading is an incident, though neither word names one.
		const incidentConcepts = [
			...new Set([
				...holding(incidentTerms),
				...(spreading.length > 0 && trouble.length > 0 ? [...spreading, ...trouble] : []),
			]),
		].sort((a, b) => a - b);
		return {
			terms,
			concepts: read,
			incidentConcepts,
			defined,
			// What a word means is a calm question, whatever the word: 「炎上 意味」 is no emergency.
			incident: incidentConcepts.length > 0 && !definition,
			definition,
		};
	};
}

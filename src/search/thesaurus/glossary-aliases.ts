/**
 * The other names a glossary gives its terms, read from the glossary chapter itself so that the
 * thesaurus does not have to repeat them: 「ステマ」とも呼ばれます under `### ステルスマーケティング`,
 * "also called social listening" under `### Monitoring`, "User Generated Content の略" or
 * "Key performance indicator: …" under an abbreviation. Each becomes `other name → term`.
 */

import GithubSlugger from 'github-slugger';

/** A heading's text without Markdown emphasis, links or a trailing `{#id}`. */
function plain(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/\{#[^}]*\}\s*$/, '')
		.trim();
}

/** The names one entry's paragraph gives its term. */
function namesIn(term: string, paragraph: string): string[] {
	const text = plain(paragraph);
	const names: string[] = [];
	for (const match of text.matchAll(/「([^」]{2,30})」とも呼ばれ/g)) names.push(match[1]!);
	for (const match of text.matchAll(/(?:^|[。、\s])([^。、「」\s（）()]{2,20}?)とも呼ばれ/g)) {
		names.push(match[1]!);
	}
	for (const match of text.matchAll(/\balso called ([^.,;:()]{2,40}?)(?=[.,;:()]|$)/gi)) {
		names.push(match[1]!.trim());
	}
	// An abbreviation's expansion opens its entry: "User Generated Content の略", "Cost per
	// acquisition: …".
	if (/^[A-Z0-9]{2,6}$/.test(term)) {
		const expansion = /^([A-Za-z][A-Za-z -]{3,60}?)(?:\s*の略|:)/.exec(text);
		if (expansion) names.push(expansion[1]!.trim());
	}
	return names.filter((name) => name !== term);
}

/**
 * Other name → term for every `###` entry of a glossary chapter's Markdown that names one (see the
 * module comment). Entries are headings of level 3; their first paragraph is read.
 */
export function glossaryAliases(markdown: string): Record<string, string> {
	const aliases: Record<string, string> = {};
	const entries = markdown.split(/^###\s+/m).slice(1);
	for (const entry of entries) {
		const [heading = '', ...rest] = entry.split('\n');
		const term = plain(heading);
		const paragraph = rest
			.join('\n')
			.split(/\n\s*\n/)
			.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
			.find((block) => block.length > 0 && !block.startsWith('#'));
		if (!term || !paragraph) continue;
		for (const name of namesIn(term, paragraph)) aliases[name] ??= term;
	}
	return aliases;
}

/** The terms a glossary chapter's Markdown defines: its `###` entries' headings. */
export function glossaryTerms(markdown: string): string[] {
	return Object.keys(glossaryEntries(markdown));
}

/**
 * Each term a glossary chapter's Markdown defines (its `###` entries' headings), with the id its
 * heading gets on the page: the id written after it (`{#id}`), or the one the build gives it,
 * from GitHub's slugger over the chapter's headings in order, as Astro does.
 */
export function glossaryEntries(markdown: string): Record<string, string> {
	const slugger = new GithubSlugger();
	const entries: Record<string, string> = {};
	for (const match of markdown.matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)) {
		const text = plain(match[2]!);
		const id = /\{#([^}]+)\}$/.exec(match[2]!)?.[1] ?? slugger.slug(text);
		if (match[1] === '###' && text) entries[text] ??= id;
	}
	return entries;
}

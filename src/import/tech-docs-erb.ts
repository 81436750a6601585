/**
 * The ERB the GOV.UK Tech Docs Template's pages use most, which has a plain Markdown form:
 * `<%= current_page.data.title %>` prints the page's title (a first heading made of it repeats
 * the title the chapter shows anyway), and `<%= warning_text('…') %>` a warning. Any other ERB
 * runs code on the old site's server, and keeps its page out of the import.
 */
import type { TextEdit } from './raw-html.ts';

/** ERB tags with a Markdown form, found in `prose` (the page's text with code blanked out). */
export function knownErb(
	prose: string,
	title: string | undefined,
): { edits: TextEdit[]; changes: string[] } {
	const edits: TextEdit[] = [];
	const changes = new Set<string>();
	for (const match of prose.matchAll(/<%=\s*([\s\S]*?)\s*-?%>/g)) {
		const code = match[1]!;
		let text: string | undefined;
		if (
			title &&
			/^current_page\.data(\.title|\[['"]title['"]\]|\.fetch\(['"]title['"]\))$/.test(code)
		) {
			text = title;
			changes.add('`<%= current_page.data.title %>` → the title');
		}
		const warning = /^warning_text\(\s*(['"])((?:\\.|(?!\1)[\s\S])*)\1\s*\)$/.exec(code);
		if (warning) {
			text = `**Warning:** ${warning[2]!.replace(/\\(.)/g, '$1')}`;
			changes.add("`<%= warning_text('…') %>` → **Warning:** …");
		}
		if (text !== undefined) {
			edits.push({ start: match.index, end: match.index + match[0].length, text });
		}
	}
	return { edits, changes: [...changes] };
}

/** Whether `heading` is only the ERB that prints the page's title. */
export function isTitleErb(heading: string): boolean {
	return /^<%=\s*current_page\.data(\.title|\[['"]title['"]\]|\.fetch\(['"]title['"]\))\s*-?%>$/.test(
		heading.trim(),
	);
}

/** Writes `text` as a CSS string literal that is also safe inside an HTML `<style>` element. */
export function cssString(text: string): string {
	const escaped = text.replace(/[\\"<\n\r]/g, (char) =>
		char === '\\' || char === '"' ? `\\${char}` : `\\${char.charCodeAt(0).toString(16)} `,
	);
	return `"${escaped}"`;
}

/**
 * The CSS that prints `heading` at the top of every printed page (served per language as
 * `running-head/<locale>.css`). Page numbers are in the main stylesheet.
 */
export function runningHeadCss(heading: string): string {
	return `@page{@top-center{content:${cssString(heading)}}}`;
}

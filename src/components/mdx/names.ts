/**
 * The components chapters may use, by the name writers type (`<Callout>`). The lint rule
 * `mdx-allowed-syntax` accepts these and no others; the chapter page passes them to MDX.
 */
export const MDX_COMPONENT_NAMES = ['Callout', 'ContactSheet'] as const;

/**
 * HTML elements chapters may write as tags, for what Markdown has no syntax for. Anything able to
 * load or run something (`script`, `iframe`, `img` with outside sources, `style`) is not here.
 */
export const MDX_HTML_ELEMENTS = [
	'abbr',
	'br',
	'kbd',
	'mark',
	'small',
	'sub',
	'sup',
	'details',
	'summary',
] as const;

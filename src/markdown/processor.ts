/**
 * The Markdown processor the build compiles chapters with: Astro's default (Sätteri) with the
 * handbook's parser features and its one Markdown plugin. `astro.config.mjs` uses it for `.md`
 * and, through `@astrojs/mdx`, for `.mdx`; lint parses with the same features.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin, type HastPluginEntry } from 'satteri';
import { LocaleSchema } from '../config/handbook-config.ts';
import { parseChapterPath } from '../handbook/urls.ts';
import { fill, uiStrings } from '../translations/index.ts';
import { chapterQuestionsPlugin } from './chapter-questions.ts';
import { tableLabelsPlugin } from './table-labels.ts';
import { CHAPTER_FEATURES } from './chapter-syntax.ts';
import { judgeRawHtml } from './raw-html.ts';

/** Block containers whose children are blocks: raw HTML shown as text there needs a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Raw HTML in `.md` chapters, judged as lint's `allowed-html` judges it: allowed tags stay,
 * comments are left out (they are notes for writers),
 * a tag that is no HTML element (`<placeholder>`) is shown as text, and anything else is dropped,
 * so that a chapter built with the rule switched off still carries no script.
 */
export const rawHtmlPlugin = defineMdastPlugin({
	name: 'handbook-raw-html',
	html(node, ctx) {
		if (ctx.sourceFormat !== 'markdown') return;
		const verdict = judgeRawHtml(node.value);
		if (verdict.kind === 'keep') return;
		if (verdict.kind === 'drop' || verdict.kind === 'comment') {
			ctx.removeNode(node);
			return;
		}
		const text = { type: 'text' as const, value: node.value };
		const parent = ctx.parent(node);
		ctx.replaceNode(
			node,
			parent && BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text,
		);
	},
});

/** The definitions of a document by identifier, for {@link referenceImagesPlugin}. */
const DEFINITIONS = 'handbookDefinitions';

interface DefinitionLike {
	type: string;
	identifier?: string;
	url?: string;
	title?: string | null;
	children?: readonly DefinitionLike[];
}

/**
 * Reference-style images (`![flow][f]` with `[f]: ../images/flow.svg`) become plain images, so
 * that Astro bundles their file as it does for `![flow](../images/flow.svg)`: left as references,
 * they reached the page with their source path and pointed nowhere.
 */
export const referenceImagesPlugin = defineMdastPlugin({
	name: 'handbook-reference-images',
	before(root, ctx) {
		const definitions = new Map<string, DefinitionLike>();
		const walk = (node: DefinitionLike) => {
			if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
			for (const child of node.children ?? []) walk(child);
		};
		walk(root as unknown as DefinitionLike);
		ctx.data[DEFINITIONS] = definitions;
	},
	imageReference(node, ctx) {
		const definition = (ctx.data[DEFINITIONS] as Map<string, DefinitionLike>).get(node.identifier);
		if (!definition?.url) return;
		ctx.replaceNode(node, {
			type: 'image',
			url: definition.url,
			title: definition.title ?? null,
			alt: node.alt ?? '',
		});
	},
});

/**
 * GFM footnotes in the chapter's language: the section's heading (`脚注`, hidden by the site's own
 * class, as GitHub hides it) and the labels of the links back to the text. The language is the
 * chapter's locale folder under `handbookDir`, read once per file; chapters without footnotes
 * leave the plugin out.
 */
function footnotesPlugin(handbookDir: string): HastPluginEntry {
	return ({ fileURL, source }) => {
		if (!fileURL || !source.includes('[^')) return null;
		const { locale } = parseChapterPath(relative(handbookDir, fileURLToPath(fileURL)));
		const parsed = LocaleSchema.safeParse(locale);
		if (!parsed.success) return null;
		const strings = uiStrings(parsed.data);
		return defineHastPlugin({
			name: 'handbook-footnotes',
			element: {
				filter: ['h2', 'a'],
				visit(node, ctx) {
					const properties = node.properties ?? {};
					if (node.tagName === 'h2' && properties.id === 'footnote-label') {
						ctx.replaceNode(node, {
							type: 'element',
							tagName: 'h2',
							properties: { id: 'footnote-label', className: ['visually-hidden'] },
							children: [{ type: 'text', value: strings['footnotes.label'] }],
						});
						return;
					}
					if (node.tagName !== 'a' || !('dataFootnoteBackref' in properties)) return;
					const reference = /fnref-(.+)$/.exec(String(properties.href ?? ''))?.[1] ?? '';
					ctx.setProperty(node, 'ariaLabel', fill(strings['footnotes.back'], { reference }));
				},
			},
		});
	};
}

/** The processor for Astro's `markdown.processor` option, for the handbook in `handbookDir`. */
export function chapterProcessor(handbookDir: string): ReturnType<typeof satteri> {
	return satteri({
		features: { ...CHAPTER_FEATURES },
		mdastPlugins: [rawHtmlPlugin, referenceImagesPlugin],
		hastPlugins: [footnotesPlugin(handbookDir), chapterQuestionsPlugin, tableLabelsPlugin],
	});
}

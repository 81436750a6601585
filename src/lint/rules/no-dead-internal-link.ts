/**
 * ## What
 *
 * Checks that links to other chapters, and to sections (`#anchor`) in them or in the same
 * chapter, lead somewhere. Links are resolved the way the browser will resolve them on the
 * chapter's page (`ja/03-planning.mdx` is served at `/planning/`, `en/03-planning.mdx` at
 * `/en/planning/`), and section anchors are the ids the site gives headings.
 *
 * Links must be relative (`../planning/`), so that they work under any base path; a link that
 * starts with `/` or names a source file (`03-planning.mdx`) is reported with the link to use.
 * Links to other sites are not checked here, nor definitions only images use (`[flow]: ../images/flow.svg`
 * for `![図][flow]`): those name files, which `asset-inside-handbook` checks.
 *
 * ## When
 *
 * Always: a dead link in a policy handbook sends a reader in a hurry nowhere.
 *
 * @example
 *   {"name": "ja/01-purpose.mdx"}
 *
 *   ---
 *   title: 目的
 *   description: 目的と範囲
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   ## 範囲
 *
 *   [計画](../planning/)、[KPI](../planning/#objectives-と-kpi)、[英語版](../en/crisis/#severity-levels)、[範囲](#範囲)、[目次](../)。
 *
 *   ![対応の流れ][flow]
 *
 *   [flow]: ../images/flow.svg
 *
 * @example
 *   {"name": "ja/02-scope.mdx", "label": "input"}
 *
 *   ---
 *   title: 目的
 *   description: 目的と範囲
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   [計画](../planing/) と [深刻度](../crisis/#深刻さ) と [ここ](#範囲)。
 *
 *   [絶対](/planning/) と [ファイル](./03-planning.mdx)。
 *
 *   [旧サイト](/guides/vpn.html) と [節](/planning/#目標) と [原稿](03-planning.md#目標)。
 *
 * @example
 *   {"name": "ja/02-scope.mdx", "label": "output"}
 *
 *   8:1-8:18: Unexpected link to missing chapter `../planing/`, expected a link to a chapter in `ja/`: did you mean `../planning/`?
 *   8:21-8:42: Unexpected link to missing section `#深刻さ` of `ja/07-crisis.mdx`, expected one of its headings: did you mean `#深刻度`?
 *   8:45-8:54: Unexpected link to missing section `#範囲` of this chapter, expected the id of one of its headings
 *   10:1-10:17: Unexpected absolute link `/planning/`, expected a relative link such as `../planning/` that works under any base path
 *   10:20-10:45: Unexpected link to the source file `./03-planning.mdx`, expected the chapter's page `../planning/`
 *   12:1-12:25: Unexpected absolute link `/guides/vpn.html` to no page of the handbook, expected a relative link to a chapter in `ja/`
 *   12:28-12:46: Unexpected absolute link `/planning/#目標`, expected a relative link such as `../planning/#目標` that works under any base path
 *   12:49-12:72: Unexpected link to the source file `03-planning.md#目標`, expected the chapter's page `../planning/#目標`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { headingAnchors, type ChapterFile, type LintHandbook } from '../handbook-context.ts';
import { indexNodes } from '../node-index.ts';
import { chapterOf, type RuleOptionsInput } from '../rule-options.ts';
import { closest } from '../closest.ts';
import { isChapterFileName } from '../../markdown/chapter-syntax.ts';
import {
	RESERVED_SLUGS,
	pagePath,
	parseChapterPath,
	relativeHref,
	routeOfPath,
} from '../../handbook/urls.ts';

/** A made-up origin to resolve links against: only the path matters. */
const ORIGIN = 'http://handbook.invalid';

/** The relative link from `from`'s page to `locale/slug`'s page, by the site's URL rules. */
function relativeLink(
	lintHandbook: LintHandbook,
	from: ChapterFile,
	locale: string,
	slug: string,
): string {
	return relativeHref(lintHandbook.handbook.config.defaultLocale, from, { locale, slug });
}

function checkLink(
	url: string,
	node: import('unist').Node,
	file: VFile,
	tree: Root,
	lintHandbook: LintHandbook,
	chapter: ChapterFile,
): void {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
	if (url.startsWith('/')) {
		const absolute = new URL(url, ORIGIN);
		const target = routeOfPath(lintHandbook.handbook.config, decodeURIComponent(absolute.pathname));
		// Suggest only a link that works: the handbook's home, a page of its own, or a chapter.
		const works =
			target.slug === '' ||
			RESERVED_SLUGS.has(target.slug.split('/')[0]!) ||
			lintHandbook.chaptersAt(target.locale, target.slug).length > 0;
		file.message(
			works
				? `Unexpected absolute link \`${url}\`, expected a relative link such as \`${relativeLink(lintHandbook, chapter, target.locale, target.slug)}${decodeURIComponent(absolute.hash)}\` that works under any base path`
				: `Unexpected absolute link \`${url}\` to no page of the handbook, expected a relative link to a chapter in \`${target.locale}/\``,
			node,
		);
		return;
	}
	const page = pagePath(lintHandbook.handbook.config.defaultLocale, chapter.locale, chapter.slug);
	const resolved = new URL(url, `${ORIGIN}/${page}`);
	const path = decodeURIComponent(resolved.pathname);
	const anchor = decodeURIComponent(resolved.hash.slice(1));
	if (isChapterFileName(path)) {
		const target = parseChapterPath(`${chapter.locale}/${path.split('/').pop()}`);
		file.message(
			`Unexpected link to the source file \`${url}\`, expected the chapter's page \`${relativeLink(lintHandbook, chapter, target.locale, target.slug)}${decodeURIComponent(resolved.hash)}\``,
			node,
		);
		return;
	}
	if (url.startsWith('#')) {
		if (anchor && !headingAnchors(indexNodes(tree, file).headings).has(anchor)) {
			file.message(
				`Unexpected link to missing section \`#${anchor}\` of this chapter, expected the id of one of its headings`,
				node,
			);
		}
		return;
	}
	const { locale, slug } = routeOfPath(lintHandbook.handbook.config, path);
	if (slug === '' || RESERVED_SLUGS.has(slug.split('/')[0]!)) return;
	const target = lintHandbook.chaptersAt(locale, slug)[0];
	if (!target) {
		const slugs = lintHandbook.chapters
			.filter((each) => each.locale === locale)
			.map((each) => each.slug);
		const suggestion = closest(slug, slugs);
		file.message(
			`Unexpected link to missing chapter \`${url}\`, expected a link to a chapter in \`${locale}/\`${suggestion ? `: did you mean \`${relativeLink(lintHandbook, chapter, locale, suggestion)}\`?` : ''}`,
			node,
		);
		return;
	}
	if (!anchor) return;
	const anchors = lintHandbook.anchorsOf(target);
	if (anchors.has(anchor)) return;
	const suggestion = closest(anchor, [...anchors]);
	file.message(
		`Unexpected link to missing section \`#${anchor}\` of \`${target.sourcePath}\`, expected one of its headings${suggestion ? `: did you mean \`#${suggestion}\`?` : ''}`,
		node,
	);
}

const noDeadInternalLink = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:no-dead-internal-link' },
	(tree, file, options) => {
		const found = chapterOf(file, options);
		if (!found) return;
		const { lintHandbook, chapter } = found;
		const nodes = indexNodes(tree, file);
		// A run's own snapshot read this text from disk: its headings are the page's, and links to
		// it from chapters linted later need not parse it again. (An editor's text may be unsaved.)
		if (options?.lintHandbook) lintHandbook.recordAnchors(chapter, nodes.headings);
		// Definitions that only images use name image files, not pages.
		const imageOnly = new Set(
			nodes.images.flatMap((image) => (image.type === 'imageReference' ? [image.identifier] : [])),
		);
		for (const node of nodes.links) {
			if (node.type === 'definition' && imageOnly.has(node.identifier)) continue;
			checkLink(node.url, node, file, tree, lintHandbook, chapter);
		}
	},
);

export default noDeadInternalLink;

/**
 * ## What
 *
 * Checks where a chapter file sits, since its place makes its URL: it must be inside a locale
 * folder (`ja/`, `en/`), its slug must not be one the site uses for its own pages (`owners`,
 * `review`, `print`, …) or a locale code, and no other file may map to the same URL
 * (`03-planning.mdx` and `planning.mdx` both make `/planning/`).
 *
 * ## When
 *
 * Always: two chapters at one URL would overwrite each other, and a chapter outside the locale
 * folders would silently not be published.
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
 * @example
 *   {"name": "fr/01-purpose.mdx", "label": "input"}
 *
 *   ---
 *   title: Objet
 *   description: Objet et portée
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "fr/01-purpose.mdx", "label": "output"}
 *
 *   1:1: Unexpected chapter outside the locale folders (`fr/01-purpose.mdx`), expected it under `ja/` or `en/`
 *
 * @example
 *   {"name": "ja/planning.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画
 *   description: 計画
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "ja/planning.mdx", "label": "output"}
 *
 *   1:1: Unexpected second chapter at `planning/`, also made by `ja/03-planning.mdx`, expected one file per URL: rename one of them
 *
 * @example
 *   {"name": "en/02-owners.mdx", "label": "input"}
 *
 *   ---
 *   title: Owners
 *   description: Who owns what
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "en/02-owners.mdx", "label": "output"}
 *
 *   1:1: Unexpected slug `owners`, which the site uses for its own page, expected another file name
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { RESERVED_SLUGS, pagePath } from '../../handbook/urls.ts';
import { isHandbookLocale } from '../handbook-context.ts';
import { chapterOf, type RuleOptionsInput } from '../rule-options.ts';

const chapterUrl = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:chapter-url' },
	(_tree, file, options) => {
		const found = chapterOf(file, options);
		if (!found) return;
		const { lintHandbook, chapter } = found;
		const start = { line: 1, column: 1 };
		const { locales, defaultLocale } = lintHandbook.handbook.config;
		if (!isHandbookLocale(lintHandbook, chapter.locale) || !chapter.sourcePath.includes('/')) {
			file.message(
				`Unexpected chapter outside the locale folders (\`${chapter.sourcePath}\`), expected it under ${locales.map((locale) => `\`${locale}/\``).join(' or ')}`,
				start,
			);
			return;
		}
		if (!chapter.slug) {
			file.message(
				'Unexpected file name with no letters or digits, expected a name such as `03-planning.mdx`',
				start,
			);
			return;
		}
		const firstSegment = chapter.slug.split('/')[0]!;
		if (RESERVED_SLUGS.has(firstSegment)) {
			file.message(
				`Unexpected slug \`${firstSegment}\`, which the site uses for its own page, expected another file name`,
				start,
			);
			return;
		}
		const others = lintHandbook
			.chaptersAt(chapter.locale, chapter.slug)
			.filter((other) => other.path !== chapter.path);
		if (others.length > 0) {
			const url = pagePath(defaultLocale, chapter.locale, chapter.slug);
			file.message(
				`Unexpected second chapter at \`${url}\`, also made by ${others.map((other) => `\`${other.sourcePath}\``).join(', ')}, expected one file per URL: rename one of them`,
				start,
			);
		}
	},
);

export default chapterUrl;

/**
 * ## What
 *
 * Warns when a translation was last reviewed before the chapter it translates: the source may have
 * changed since. A translation is a chapter outside the default locale; its source is the default
 * locale's chapter with the same slug, or the one its `translationOf` names (which must exist).
 *
 * ## When
 *
 * A warning by default: the translation still publishes, and the review dashboard lists it as
 * "translation behind".
 *
 * @example
 *   {"name": "en/07-crisis.mdx"}
 *
 *   ---
 *   title: Crisis handling
 *   description: When criticism piles up
 *   owner: pr-manager
 *   reviewed: 2026-10-01
 *   ---
 *
 * @example
 *   {"name": "en/03-planning.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-03-01
 *   ---
 *
 * @example
 *   {"name": "en/03-planning.mdx", "label": "output"}
 *
 *   5:11-5:21: Unexpected translation reviewed on 2026-03-01, before its source `ja/03-planning.mdx` (reviewed on 2026-09-01), expected the translation brought up to date and `reviewed` updated
 *
 * @example
 *   {"name": "en/strategy.mdx", "label": "input"}
 *
 *   ---
 *   title: Strategy
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-10-01
 *   translationOf: stratgy
 *   ---
 *
 * @example
 *   {"name": "en/strategy.mdx", "label": "output"}
 *
 *   6:16-6:23: Unexpected `translationOf` `stratgy`, expected the slug of a chapter in `ja/`, such as `planning`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { textValue } from '../frontmatter.ts';
import { translationOf, type RuleOptionsInput } from '../rule-options.ts';
import { closest } from '../closest.ts';
import { isTranslationBehind } from '../../handbook/review.ts';

const translationInSync = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:translation-in-sync' },
	(tree, file, options) => {
		const translation = translationOf(tree, file, options);
		if (!translation) return;
		const { lintHandbook, info, translationOf: explicit, source } = translation;
		const sourceLocale = lintHandbook.handbook.config.defaultLocale;
		if (!source) {
			if (explicit) {
				const slugs = lintHandbook.chapters
					.filter((each) => each.locale === sourceLocale)
					.map((each) => each.slug);
				file.message(
					`Unexpected \`translationOf\` \`${explicit}\`, expected the slug of a chapter in \`${sourceLocale}/\`, such as \`${closest(explicit, slugs) ?? slugs[0] ?? 'purpose'}\``,
					info.placeOf('translationOf'),
				);
			}
			return;
		}
		const reviewed = textValue(info, 'reviewed');
		const sourceReviewed = lintHandbook.frontmatterOf(source)?.reviewed;
		if (!reviewed || typeof sourceReviewed !== 'string') return;
		if (!isTranslationBehind(reviewed, sourceReviewed)) return;
		file.message(
			`Unexpected translation reviewed on ${reviewed}, before its source \`${source.sourcePath}\` (reviewed on ${sourceReviewed}), expected the translation brought up to date and \`reviewed\` updated`,
			info.placeOf('reviewed'),
		);
	},
);

export default translationInSync;

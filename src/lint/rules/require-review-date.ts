/**
 * ## What
 *
 * Checks that a chapter records when it was last reviewed, in `reviewed`.
 *
 * ## When
 *
 * Always: the review date is what tells readers whether a chapter is current, and what tells
 * owners when it is due again. `review-date-format` checks the date itself.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "en/no-date.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   ---
 *
 * @example
 *   {"name": "en/no-date.mdx", "label": "output"}
 *
 *   1:1-5:4: Unexpected missing `reviewed` in frontmatter, expected the date of the last review written `YYYY-MM-DD`, such as `2026-11-01`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { readFrontmatter } from '../frontmatter.ts';
import { todayFor, type RuleOptionsInput } from '../rule-options.ts';

const requireReviewDate = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:require-review-date' },
	(tree, file, options) => {
		const info = readFrontmatter(tree, file);
		if (!info.data) return;
		const value = info.data.reviewed;
		if (value !== undefined && value !== null && String(value).trim() !== '') return;
		const expected = `expected the date of the last review written \`YYYY-MM-DD\`, such as \`${todayFor(options)}\``;
		if ('reviewed' in info.data) {
			file.message(`Unexpected empty \`reviewed\`, ${expected}`, info.placeOf('reviewed'));
		} else {
			file.message(`Unexpected missing \`reviewed\` in frontmatter, ${expected}`, info.node);
		}
	},
);

export default requireReviewDate;

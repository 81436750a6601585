/**
 * ## What
 *
 * Checks that `reviewed` is a real calendar date written `YYYY-MM-DD`, and not in the future.
 * `2025-02-30` is refused: a date library would quietly read it as 2 March.
 *
 * ## When
 *
 * Always. "Today" comes from the `today` option, else `HANDBOOK_TODAY`, else the clock.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-11-01
 *   ---
 *
 * @example
 *   {"name": "ja/impossible.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2025-02-30
 *   ---
 *
 * @example
 *   {"name": "ja/impossible.mdx", "label": "output"}
 *
 *   5:11-5:21: Unexpected impossible date `2025-02-30` in `reviewed`, expected a real calendar date
 *
 * @example
 *   {"name": "en/format.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 1 June 2026
 *   ---
 *
 * @example
 *   {"name": "en/format.mdx", "label": "output"}
 *
 *   5:11-5:22: Unexpected `reviewed` value `1 June 2026`, expected a date written `YYYY-MM-DD`, such as `2026-11-01`
 *
 * @example
 *   {"name": "en/future.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-12-24
 *   ---
 *
 * @example
 *   {"name": "en/future.mdx", "label": "output"}
 *
 *   5:11-5:21: Unexpected future date `2026-12-24` in `reviewed`, expected the date of a review that has happened (today is 2026-11-01)
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { isCalendarDate } from '../../schemas/iso-date.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { todayFor, type RuleOptionsInput } from '../rule-options.ts';

const reviewDateFormat = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:review-date-format' },
	(tree, file, options) => {
		const info = readFrontmatter(tree, file);
		const value = info.data?.reviewed;
		if (value === undefined || value === null || String(value).trim() === '') return;
		const text = String(value).trim();
		const place = info.placeOf('reviewed');
		const today = todayFor(options);
		if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
			file.message(
				`Unexpected \`reviewed\` value \`${text}\`, expected a date written \`YYYY-MM-DD\`, such as \`${today}\``,
				place,
			);
		} else if (!isCalendarDate(text)) {
			file.message(
				`Unexpected impossible date \`${text}\` in \`reviewed\`, expected a real calendar date`,
				place,
			);
		} else if (text > today) {
			file.message(
				`Unexpected future date \`${text}\` in \`reviewed\`, expected the date of a review that has happened (today is ${today})`,
				place,
			);
		}
	},
);

export default reviewDateFormat;

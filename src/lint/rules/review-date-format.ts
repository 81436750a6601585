/**
 * ## What
 *
 * Checks that `reviewed`, and the `date` of every entry in `changes`, is a real calendar date
 * written `YYYY-MM-DD`, and not in the future. `2025-02-30` is refused: a date library would
 * quietly read it as 2 March.
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
 *
 * @example
 *   {"name": "ja/changes.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-10-01
 *   changes:
 *     - date: 2026-10-01
 *       summary: 企画書のチェックリストを追加
 *     - date: 2026-09-31
 *       summary: 目的の例を見直し
 *   ---
 *
 * @example
 *   {"name": "ja/changes.mdx", "label": "output"}
 *
 *   9:11-9:21: Unexpected impossible date `2026-09-31` in `changes[1].date`, expected a real calendar date
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
		if (!info.data) return;
		const today = todayFor(options);
		const check = (
			value: unknown,
			field: string,
			place: ReturnType<typeof info.placeOf>,
			what: string,
		) => {
			if (value === undefined || value === null || String(value).trim() === '') return;
			const text = String(value).trim();
			if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
				file.message(
					`Unexpected \`${field}\` value \`${text}\`, expected a date written \`YYYY-MM-DD\`, such as \`${today}\``,
					place,
				);
			} else if (!isCalendarDate(text)) {
				file.message(
					`Unexpected impossible date \`${text}\` in \`${field}\`, expected a real calendar date`,
					place,
				);
			} else if (text > today) {
				file.message(
					`Unexpected future date \`${text}\` in \`${field}\`, expected the date of ${what} that has happened (today is ${today})`,
					place,
				);
			}
		};
		check(info.data.reviewed, 'reviewed', info.placeOf('reviewed'), 'a review');
		const changes = info.data.changes;
		if (Array.isArray(changes)) {
			changes.forEach((change: unknown, index) => {
				if (change && typeof change === 'object' && 'date' in change) {
					check(
						change.date,
						`changes[${index}].date`,
						info.placeOfPath(['changes', index, 'date']),
						'a change',
					);
				}
			});
		}
	},
);

export default reviewDateFormat;

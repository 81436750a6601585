/**
 * ## What
 *
 * Warns when a chapter is past its review date: `reviewed` plus `reviewEvery` (or the handbook's
 * `review.every`, 12 months unless configured). Months are calendar months, clamped to the end of
 * shorter months.
 *
 * ## When
 *
 * A warning by default, so that an overdue chapter still publishes (with a banner for readers).
 * Set `lint: { no-overdue-review: error }` in `handbook.yaml` to stop the build instead.
 * "Today" comes from the `today` option, else `HANDBOOK_TODAY`, else the clock.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2025-11-01
 *   ---
 *
 * @example
 *   {"name": "ja/overdue.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-01-31
 *   reviewEvery: 6 months
 *   ---
 *
 * @example
 *   {"name": "ja/overdue.mdx", "label": "output"}
 *
 *   5:11-5:21: Unexpected overdue review, due on 2026-07-31 (every 6 months since 2026-01-31), expected `social-media-lead` to review the chapter and update `reviewed`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { isCalendarDate } from '../../schemas/iso-date.ts';
import { parseReviewInterval } from '../../schemas/review-interval.ts';
import { addInterval, reviewIntervalOf } from '../../handbook/review.ts';
import { readFrontmatter, textValue } from '../frontmatter.ts';
import { handbookOf, todayFor, type RuleOptionsInput } from '../rule-options.ts';

const noOverdueReview = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:no-overdue-review' },
	(tree, file, options) => {
		const info = readFrontmatter(tree, file);
		const reviewed = textValue(info, 'reviewed');
		if (!reviewed || !isCalendarDate(reviewed)) return;
		const ownInterval = textValue(info, 'reviewEvery');
		const interval = reviewIntervalOf(
			ownInterval ? parseReviewInterval(ownInterval) : undefined,
			handbookOf(file, options)?.handbook.config.review.every,
		);
		const due = addInterval(reviewed, interval);
		if (todayFor(options) <= due) return;
		const owner = textValue(info, 'owner') ?? 'the owner';
		file.message(
			`Unexpected overdue review, due on ${due} (every ${interval.text} since ${reviewed}), expected \`${owner}\` to review the chapter and update \`reviewed\``,
			info.placeOf('reviewed'),
		);
	},
);

export default noOverdueReview;

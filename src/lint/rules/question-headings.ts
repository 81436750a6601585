/**
 * ## What
 *
 * Checks that every question in a chapter's `questions` that names a `heading` names one this
 * chapter has: the text of a `##` or `###` heading, as written. On a near miss it suggests the
 * closest heading; otherwise it lists them.
 *
 * ## When
 *
 * Always: the chapter lists its questions at the top, each linking to the section that answers it,
 * and search finds that section in the reader's words. A heading renamed in the text but not in the
 * question would leave the link pointing nowhere and the section unfound.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   questions:
 *     - text: 目標はどう決める？
 *       heading: 目的（Objectives）
 *     - text: 計画には何を書く？
 *   ---
 *
 *   ## 目的（Objectives）
 *
 *   本文。
 *
 * @example
 *   {"name": "ja/typo.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   questions:
 *     - text: 目標はどう決める？
 *       heading: 目的(Objectives)
 *   ---
 *
 *   ## 目的（Objectives）
 *
 *   ### 数字の目標
 *
 * @example
 *   {"name": "ja/typo.mdx", "label": "output"}
 *
 *   8:14-8:28: Unexpected question heading `目的(Objectives)`, expected the text of a `##` or `###` heading of this chapter: did you mean `目的（Objectives）`?
 *
 * @example
 *   {"name": "en/gone.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   questions:
 *     - text: what goes in a plan
 *       heading: The plan template
 *   ---
 *
 *   ## Objectives
 *
 *   ### Numbers
 *
 *   #### Too deep to name
 *
 * @example
 *   {"name": "en/gone.mdx", "label": "output"}
 *
 *   8:14-8:31: Unexpected question heading `The plan template`, expected the text of a `##` or `###` heading of this chapter: `Objectives`, `Numbers`
 */

import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { headingKey } from '../../markdown/chapter-questions.ts';
import { closest } from '../closest.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { indexNodes } from '../node-index.ts';
import type { RuleOptionsInput } from '../rule-options.ts';

const questionHeadings = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:question-headings' },
	(tree, file) => {
		const info = readFrontmatter(tree, file);
		const questions = info.data?.questions;
		// Not a list: `valid-frontmatter` says so.
		if (!Array.isArray(questions)) return;
		const headings = indexNodes(tree, file)
			.headings.filter((node) => node.depth === 2 || node.depth === 3)
			.map((node) => headingKey(toString(node)));
		questions.forEach((question: unknown, index) => {
			const heading = (question as { heading?: unknown } | null)?.heading;
			if (typeof heading !== 'string' || headings.includes(headingKey(heading))) return;
			const near = closest(headingKey(heading), headings);
			const expected = near
				? `did you mean \`${near}\`?`
				: headings.length > 0
					? headings.map((text) => `\`${text}\``).join(', ')
					: 'this chapter has none; leave `heading` out';
			file.message(
				`Unexpected question heading \`${heading}\`, expected the text of a \`##\` or \`###\` heading of this chapter: ${expected}`,
				info.placeOfPath(['questions', index, 'heading']),
			);
		});
	},
);

export default questionHeadings;

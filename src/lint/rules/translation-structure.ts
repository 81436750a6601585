/**
 * ## What
 *
 * Warns when a translation's structure differs from the chapter it translates: its headings
 * (how many, and at which level), its tables (how many columns and rows), its lists (numbered or
 * not, how many items), its code blocks and its components must come in the same order as in the
 * source. The message points at the first difference in the translation and at the block of the
 * source it should match. Text is not compared: that is the translator's work.
 *
 * `translation-in-sync` catches a translation reviewed before its source changed; this rule catches
 * what dates cannot: a section, a table row or a list item that one language has and the other
 * lacks, even when both were reviewed the same day.
 *
 * ## When
 *
 * A warning by default: the translation still publishes. Turn it into an error in `handbook.yaml`
 * (`lint: { translation-structure: error }`) when both languages must always say the same.
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
 *   ## Severity
 *
 *   | Severity | Who decides |
 *   | --- | --- |
 *   | 1 | Operator |
 *   | 2 | Head of Social Media |
 *
 *   ## Who to call
 *
 *   1. Head of Social Media
 *   2. PR Manager
 *   3. Head of PR
 *
 * @example
 *   {"name": "en/crisis.mdx", "label": "input"}
 *
 *   ---
 *   title: Crisis handling
 *   description: When criticism piles up
 *   owner: pr-manager
 *   reviewed: 2026-10-01
 *   ---
 *
 *   ## Severity
 *
 *   | Severity | Who decides |
 *   | --- | --- |
 *   | 1 | Operator |
 *
 *   ## Who to call
 *
 *   1. Head of Social Media
 *   2. PR Manager
 *   3. Head of PR
 *
 * @example
 *   {"name": "en/crisis.mdx", "label": "output"}
 *
 *   10:1-12:17: Unexpected table of 2 columns and 1 row, expected a table of 2 columns and 2 rows as in `ja/07-crisis.mdx:10:1`
 *
 * @example
 *   {"name": "en/crisis-levels.mdx", "label": "input"}
 *
 *   ---
 *   title: Crisis handling
 *   description: When criticism piles up
 *   owner: pr-manager
 *   reviewed: 2026-10-01
 *   translationOf: crisis
 *   ---
 *
 *   ## Severity
 *
 *   | Severity | Who decides |
 *   | --- | --- |
 *   | 1 | Operator |
 *   | 2 | Head of Social Media |
 *
 *   ### Who to call
 *
 *   1. Head of Social Media
 *   2. PR Manager
 *
 * @example
 *   {"name": "en/crisis-levels.mdx", "label": "output"}
 *
 *   16:1-16:16: Unexpected level-3 heading, expected a level-2 heading as in `ja/07-crisis.mdx:15:1`
 *
 * @example
 *   {"name": "en/03-planning.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-10-01
 *   ---
 *
 *   ## Set the objectives
 *
 *   Body.
 *
 * @example
 *   {"name": "en/03-planning.mdx", "label": "output"}
 *
 *   11:1: Unexpected end of the chapter, expected a level-2 heading as in `ja/03-planning.mdx:12:1`
 *
 * @example
 *   {"name": "en/planning.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-10-01
 *   ---
 *
 *   ## Set the objectives
 *
 *   ## Objectives and KPIs
 *
 *   - Inquiries
 *   - Deals
 *
 * @example
 *   {"name": "en/planning.mdx", "label": "output"}
 *
 *   12:1-13:8: Unexpected bulleted list of 2 items, expected nothing more: `ja/03-planning.mdx` ends before it
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { describeItem, outlineOf, sameShape } from '../outline.ts';
import { translationOf, type RuleOptionsInput } from '../rule-options.ts';

const translationStructure = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:translation-structure' },
	(tree, file, options) => {
		const translation = translationOf(tree, file, options);
		// `translation-in-sync` reports a `translationOf` that names no chapter.
		if (!translation?.source) return;
		const { lintHandbook, source } = translation;
		const expected = lintHandbook.outlineOf(source);
		const actual = outlineOf(tree);
		const at = (line: number, column: number) => `\`${source.sourcePath}:${line}:${column}\``;
		for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
			const want = expected[index];
			const got = actual[index];
			if (want && got && sameShape(want, got)) continue;
			if (got && want) {
				file.message(
					`Unexpected ${describeItem(got)}, expected a ${describeItem(want)} as in ${at(want.start.line, want.start.column)}`,
					{ start: got.start, end: got.end },
				);
			} else if (want) {
				file.message(
					`Unexpected end of the chapter, expected a ${describeItem(want)} as in ${at(want.start.line, want.start.column)}`,
					tree.position?.end,
				);
			} else if (got) {
				file.message(
					`Unexpected ${describeItem(got)}, expected nothing more: \`${source.sourcePath}\` ends before it`,
					{ start: got.start, end: got.end },
				);
			}
			// The first difference shifts everything after it: one message says where to start.
			return;
		}
	},
);

export default translationStructure;

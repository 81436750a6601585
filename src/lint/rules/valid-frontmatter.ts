/**
 * ## What
 *
 * Checks that a chapter starts with a YAML frontmatter block that parses, and that every field in
 * it has the type the site expects (`title` and `description` text, `reviewEvery` an interval,
 * `order` a number, `keywords` a list). Fields it does not know are reported too: a misspelt
 * `reveiwed` would otherwise be silently ignored.
 *
 * `owner` and `reviewed` have rules of their own (`require-owner`, `known-owner`,
 * `require-review-date`, `review-date-format`) and are not checked here.
 *
 * ## When
 *
 * Always: a chapter whose frontmatter is broken does not build.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   reviewEvery: 6 months
 *   keywords: [計画, POST]
 *   ---
 *
 *   本文。
 *
 * @example
 *   {"name": "ja/no-frontmatter.mdx", "label": "input"}
 *
 *   # タイトルだけ
 *
 * @example
 *   {"name": "ja/no-frontmatter.mdx", "label": "output"}
 *
 *   1:1: Unexpected missing frontmatter, expected a `---` block with `title`, `description`, `owner` and `reviewed` at the top of the file
 *
 * @example
 *   {"name": "ja/broken-yaml.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: [POST で計画を立てる
 *   owner: social-media-lead
 *   ---
 *
 * @example
 *   {"name": "ja/broken-yaml.mdx", "label": "output"}
 *
 *   4:1-4:2: Unexpected invalid YAML in frontmatter (Flow sequence in block collection must be sufficiently indented and end with a ]), expected valid YAML such as `key: value`
 *
 * @example
 *   {"name": "en/wrong-types.mdx", "label": "input"}
 *
 *   ---
 *   title: ''
 *   description: Planning with POST
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   reviewEvery: sometimes
 *   order: first
 *   reveiwed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "en/wrong-types.mdx", "label": "output"}
 *
 *   2:8-2:10: Unexpected empty `title`, expected the chapter's title
 *   6:14-6:23: Unexpected `reviewEvery` value: Expected an interval such as "6 months", "1 year", "90 days" or "2 weeks", received "sometimes"
 *   7:8-7:13: Unexpected `order` value: Invalid input: expected number, received string
 *   8:1-8:9: Unexpected unknown field `reveiwed`, expected one of `title`, `description`, `owner`, `reviewed`, `reviewEvery`, `order`, `translationOf`, `section`, `keywords`, `questions`, `changes`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { ChapterFrontmatterSchema } from '../../schemas/chapter.ts';
import { readFrontmatter } from '../frontmatter.ts';
import type { RuleOptionsInput } from '../rule-options.ts';

/** Fields with a rule of their own. */
const CHECKED_ELSEWHERE = new Set(['owner', 'reviewed']);
const KNOWN_FIELDS = Object.keys(ChapterFrontmatterSchema.shape);
const DESCRIPTIONS: Record<string, string> = {
	title: "the chapter's title",
	description: 'one sentence that says what the chapter is for',
};

const validFrontmatter = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:valid-frontmatter' },
	(tree, file) => {
		const info = readFrontmatter(tree, file);
		if (!info.node) {
			file.message(
				'Unexpected missing frontmatter, expected a `---` block with `title`, `description`, `owner` and `reviewed` at the top of the file',
				{ line: 1, column: 1 },
			);
			return;
		}
		for (const error of info.syntaxErrors) {
			file.message(
				`Unexpected invalid YAML in frontmatter (${error.reason}), expected valid YAML such as \`key: value\``,
				error.place,
			);
		}
		if (info.syntaxErrors.length > 0) return;
		if (!info.data) {
			file.message(
				'Unexpected frontmatter that is not a list of fields, expected `key: value` lines',
				info.node,
			);
			return;
		}
		const result = ChapterFrontmatterSchema.safeParse(info.data);
		const reported = new Set<string>();
		for (const issue of result.success ? [] : result.error.issues) {
			const field = String(issue.path[0] ?? '');
			if (CHECKED_ELSEWHERE.has(field) || reported.has(field)) continue;
			reported.add(field);
			const value = info.data[field];
			if (value === undefined || value === null) {
				file.message(
					`Unexpected missing \`${field}\` in frontmatter, expected ${DESCRIPTIONS[field] ?? 'a value'}`,
					info.node,
				);
			} else if (typeof value === 'string' && value.trim() === '' && DESCRIPTIONS[field]) {
				file.message(
					`Unexpected empty \`${field}\`, expected ${DESCRIPTIONS[field]}`,
					info.placeOf(field),
				);
			} else {
				file.message(`Unexpected \`${field}\` value: ${issue.message}`, info.placeOf(field));
			}
		}
		for (const field of Object.keys(info.data)) {
			if (KNOWN_FIELDS.includes(field)) continue;
			file.message(
				`Unexpected unknown field \`${field}\`, expected one of ${KNOWN_FIELDS.map((known) => `\`${known}\``).join(', ')}`,
				info.placeOfKey(field),
			);
		}
	},
);

export default validFrontmatter;

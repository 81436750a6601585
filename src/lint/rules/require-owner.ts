/**
 * ## What
 *
 * Checks that a chapter names its owner: the person or role, from the owners registry, who keeps
 * it true and answers questions about it.
 *
 * ## When
 *
 * Always: a chapter without an owner does not ship. `known-owner` checks that the id exists.
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
 *   {"name": "ja/no-owner.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "ja/no-owner.mdx", "label": "output"}
 *
 *   1:1-5:4: Unexpected missing `owner` in frontmatter, expected an owner id from tests/fixtures/lint-examples/owners.yaml such as `social-media-lead`
 *
 * @example
 *   {"name": "en/empty-owner.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: ""
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "en/empty-owner.mdx", "label": "output"}
 *
 *   4:8-4:10: Unexpected empty `owner`, expected an owner id from tests/fixtures/lint-examples/owners.yaml such as `social-media-lead`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { readFrontmatter, textValue } from '../frontmatter.ts';
import { exampleOwnerId, ownersRegistryPath } from '../owners-path.ts';
import { handbookOf, type RuleOptionsInput } from '../rule-options.ts';

const requireOwner = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:require-owner' },
	(tree, file, options) => {
		const info = readFrontmatter(tree, file);
		if (!info.data || textValue(info, 'owner')) return;
		const lintHandbook = handbookOf(file, options);
		const expected = `expected an owner id from ${ownersRegistryPath(lintHandbook)} such as \`${exampleOwnerId(lintHandbook)}\``;
		if ('owner' in info.data) {
			file.message(`Unexpected empty \`owner\`, ${expected}`, info.placeOf('owner'));
		} else {
			file.message(`Unexpected missing \`owner\` in frontmatter, ${expected}`, info.node);
		}
	},
);

export default requireOwner;

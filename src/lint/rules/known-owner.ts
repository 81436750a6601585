/**
 * ## What
 *
 * Checks that a chapter's `owner` is an id from the owners registry (`owners.yaml` beside
 * `handbook.yaml`). On a typo it suggests the closest id.
 *
 * ## When
 *
 * Always: the site shows the owner's name and contact under every chapter title, and the review
 * reports group chapters by owner.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: legal-counsel
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "ja/typo.mdx", "label": "input"}
 *
 *   ---
 *   title: 計画の立て方
 *   description: POST で計画を立てる
 *   owner: socal-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "ja/typo.mdx", "label": "output"}
 *
 *   4:8-4:24: Unexpected unknown owner `socal-media-lead`, expected an id from tests/fixtures/lint-examples/owners.yaml: did you mean `social-media-lead`?
 *
 * @example
 *   {"name": "en/stranger.mdx", "label": "input"}
 *
 *   ---
 *   title: Planning
 *   description: Planning with POST
 *   owner: finance
 *   reviewed: 2026-06-01
 *   ---
 *
 * @example
 *   {"name": "en/stranger.mdx", "label": "output"}
 *
 *   4:8-4:15: Unexpected unknown owner `finance`, expected an id from tests/fixtures/lint-examples/owners.yaml: `social-media-lead`, `pr-manager`, `legal-counsel`
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { readFrontmatter, textValue } from '../frontmatter.ts';
import { closest } from '../closest.ts';
import { ownersRegistryPath } from '../owners-path.ts';
import { handbookOf, type RuleOptionsInput } from '../rule-options.ts';

const knownOwner = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:known-owner' },
	(tree, file, options) => {
		const info = readFrontmatter(tree, file);
		const owner = textValue(info, 'owner');
		const lintHandbook = handbookOf(file, options);
		if (!owner || !lintHandbook) return;
		const ids = lintHandbook.handbook.owners.map((each) => each.id);
		if (ids.includes(owner)) return;
		const suggestion = closest(owner, ids);
		const hint = suggestion
			? `did you mean \`${suggestion}\`?`
			: ids
					.slice(0, 8)
					.map((id) => `\`${id}\``)
					.join(', ');
		file.message(
			`Unexpected unknown owner \`${owner}\`, expected an id from ${ownersRegistryPath(lintHandbook)}: ${hint}`,
			info.placeOf('owner'),
		);
	},
);

export default knownOwner;

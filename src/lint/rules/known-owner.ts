/**
 * ## What
 *
 * Checks that a chapter's `owner` is an id from the owners registry (`owners.yaml` beside
 * `handbook.yaml`), and so is every id in the `roles` of a `<ContactSheet>`. On a typo it suggests
 * the closest id.
 *
 * ## When
 *
 * Always: the site shows the owner's name and contact under every chapter title, and the review
 * reports group chapters by owner; a contact sheet naming nobody would leave a gap in the escalation
 * order.
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
 *
 * @example
 *   {"name": "ja/contacts.mdx", "label": "input"}
 *
 *   ---
 *   title: 連絡表
 *   description: 連絡する順番
 *   owner: pr-manager
 *   reviewed: 2026-06-01
 *   ---
 *
 *   <ContactSheet roles="social-media-lead pr-manger legal-counsel" />
 *
 * @example
 *   {"name": "ja/contacts.mdx", "label": "output"}
 *
 *   8:15-8:64: Unexpected unknown owner `pr-manger` in `<ContactSheet roles>`, expected an id from tests/fixtures/lint-examples/owners.yaml: did you mean `pr-manager`?
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { readFrontmatter, textValue } from '../frontmatter.ts';
import { closest } from '../closest.ts';
import { ownersRegistryPath } from '../owners-path.ts';
import { indexNodes } from '../node-index.ts';
import { handbookOf, type RuleOptionsInput } from '../rule-options.ts';

/** What to suggest for an unknown id: the closest one, or the first few. */
function hintFor(id: string, ids: readonly string[]): string {
	const suggestion = closest(id, ids);
	return suggestion
		? `did you mean \`${suggestion}\`?`
		: ids
				.slice(0, 8)
				.map((each) => `\`${each}\``)
				.join(', ');
}

const knownOwner = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:known-owner' },
	(tree, file, options) => {
		const lintHandbook = handbookOf(file, options);
		if (!lintHandbook) return;
		const ids = lintHandbook.handbook.owners.map((each) => each.id);
		const registry = ownersRegistryPath(lintHandbook);
		const info = readFrontmatter(tree, file);
		const owner = textValue(info, 'owner');
		if (owner && !ids.includes(owner)) {
			file.message(
				`Unexpected unknown owner \`${owner}\`, expected an id from ${registry}: ${hintFor(owner, ids)}`,
				info.placeOf('owner'),
			);
		}
		for (const element of indexNodes(tree, file).jsx) {
			if (element.name !== 'ContactSheet') continue;
			for (const attribute of element.attributes) {
				if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'roles') continue;
				if (typeof attribute.value !== 'string') continue;
				for (const role of attribute.value.split(/\s+/).filter(Boolean)) {
					if (ids.includes(role)) continue;
					file.message(
						`Unexpected unknown owner \`${role}\` in \`<ContactSheet roles>\`, expected an id from ${registry}: ${hintFor(role, ids)}`,
						attribute,
					);
				}
			}
		}
	},
);

export default knownOwner;

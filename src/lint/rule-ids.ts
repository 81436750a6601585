/** The ids of the handbook's lint rules, as `handbook.yaml`'s `lint` field names them. */
export const RULE_IDS = [
	'valid-frontmatter',
	'chapter-url',
	'require-owner',
	'known-owner',
	'require-review-date',
	'review-date-format',
	'no-overdue-review',
	'translation-in-sync',
	'translation-structure',
	'mdx-allowed-syntax',
	'allowed-html',
	'no-dead-internal-link',
	'no-unsafe-url',
	'asset-inside-handbook',
	'question-headings',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Rules a handbook cannot lower from `error`: they keep a pull request from running code in the
 * build or the reader's browser, and from making the build read files outside the handbook. A
 * `handbook.yaml` is part of the same pull request, so it must not be able to switch them off.
 */
export const LOCKED_RULE_IDS: readonly RuleId[] = [
	'mdx-allowed-syntax',
	'allowed-html',
	'no-unsafe-url',
	'asset-inside-handbook',
];

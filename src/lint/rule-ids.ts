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
	'no-dead-internal-link',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

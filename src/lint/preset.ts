import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Pluggable, Preset } from 'unified';
import type { RuleSeverity } from '../config/handbook-config.ts';
import { chapterParser } from './parser.ts';
import type { RuleId } from './rule-ids.ts';
import type { HandbookRuleOptions } from './rule-options.ts';
import allowedHtml from './rules/allowed-html.ts';
import assetInsideHandbook from './rules/asset-inside-handbook.ts';
import chapterUrl from './rules/chapter-url.ts';
import knownOwner from './rules/known-owner.ts';
import mdxAllowedSyntax from './rules/mdx-allowed-syntax.ts';
import noDeadInternalLink from './rules/no-dead-internal-link.ts';
import noOverdueReview from './rules/no-overdue-review.ts';
import noUnsafeUrl from './rules/no-unsafe-url.ts';
import questionHeadings from './rules/question-headings.ts';
import requireOwner from './rules/require-owner.ts';
import requireReviewDate from './rules/require-review-date.ts';
import reviewDateFormat from './rules/review-date-format.ts';
import translationInSync from './rules/translation-in-sync.ts';
import translationStructure from './rules/translation-structure.ts';
import validFrontmatter from './rules/valid-frontmatter.ts';

/** Every handbook rule by id, with the severity it has unless `handbook.yaml` says otherwise. */
export const handbookRules: Record<RuleId, { plugin: Pluggable; severity: RuleSeverity }> = {
	// A chapter that cannot be read cannot be published.
	'valid-frontmatter': { plugin: validFrontmatter, severity: 'error' },
	// Where a file sits is its URL; two files at one URL would overwrite each other.
	'chapter-url': { plugin: chapterUrl, severity: 'error' },
	// Ownership and review dates are what the handbook guarantees: without them nothing ships.
	'require-owner': { plugin: requireOwner, severity: 'error' },
	'known-owner': { plugin: knownOwner, severity: 'error' },
	'require-review-date': { plugin: requireReviewDate, severity: 'error' },
	'review-date-format': { plugin: reviewDateFormat, severity: 'error' },
	// Overdue and out-of-date translations still publish (readers see a banner); owners see a warning.
	'no-overdue-review': { plugin: noOverdueReview, severity: 'warn' },
	'translation-in-sync': { plugin: translationInSync, severity: 'warn' },
	// A section or table row missing from one language is a gap a reader cannot see: warn, like the
	// dates above; a handbook that needs strict parity raises it to an error.
	'translation-structure': { plugin: translationStructure, severity: 'warn' },
	// MDX runs code at build time: only Markdown and our components may reach it.
	'mdx-allowed-syntax': { plugin: mdxAllowedSyntax, severity: 'error' },
	// Raw HTML in `.md` chapters reaches the reader's browser: only markup that runs and loads nothing.
	'allowed-html': { plugin: allowedHtml, severity: 'error' },
	// A dead link sends a reader in a hurry nowhere.
	'no-dead-internal-link': { plugin: noDeadInternalLink, severity: 'error' },
	// A pull request must not ship a link that runs code, nor make the build read files outside the
	// handbook folder (and print or publish them).
	'no-unsafe-url': { plugin: noUnsafeUrl, severity: 'error' },
	'asset-inside-handbook': { plugin: assetInsideHandbook, severity: 'error' },
	// A question pointing at a heading the chapter no longer has links nowhere and is found nowhere.
	'question-headings': { plugin: questionHeadings, severity: 'error' },
};

/** Options for {@link createHandbookPreset}. */
export interface HandbookPresetOptions extends HandbookRuleOptions {
	/** Severities from `handbook.yaml`'s `lint` field, by rule id. */
	severities?: Partial<Record<string, RuleSeverity>>;
}

/**
 * The remark preset every linting path shares: the CLI, the build, the dev server and
 * `.remarkrc.mjs` (so that `remark` and editor extensions show the same messages).
 */
export function createHandbookPreset(options: HandbookPresetOptions = {}): Preset {
	const { severities = {}, ...ruleOptions } = options;
	const rules = Object.entries(handbookRules).map(([id, rule]): Pluggable => [
		rule.plugin as never,
		[severities[id] ?? rule.severity, ruleOptions],
	]);
	// No `remark-lint` core plugin: it only reads `<!-- lint disable -->` comments, which MDX does not
	// allow, and walking every tree for them costs a tenth of a large lint run.
	// The syntax extensions stay for tools that also write Markdown back; parsing is the build's
	// own, by file name (`.md` as Markdown, `.mdx` as MDX), with GFM as the site renders it.
	return { plugins: [remarkFrontmatter, remarkGfm, remarkMdx, chapterParser, ...rules] };
}

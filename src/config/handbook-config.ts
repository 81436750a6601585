import { z } from 'astro/zod';
import { LOCKED_RULE_IDS, RULE_IDS } from '../lint/rule-ids.ts';
import { sectionId } from '../handbook/urls.ts';
import { contactProblem } from './contact.ts';
import { ReviewIntervalSchema } from '../schemas/review-interval.ts';

/** The interface languages the handbook ships UI strings for. */
export const SUPPORTED_LOCALES = ['ja', 'en'] as const;
export const LocaleSchema = z.enum(SUPPORTED_LOCALES);
/** A language the handbook can be written in; also its URL prefix (`/en/`) and `<html lang>`. */
export type Locale = z.infer<typeof LocaleSchema>;

/** Text given once per language, e.g. `{ ja: 'ガイドライン', en: 'Guidelines' }`. */
export const LocalizedTextSchema = z.union([
	z.string().min(1),
	z.partialRecord(LocaleSchema, z.string().min(1)),
]);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * One group of chapters in `handbook.yaml`'s `sections`: the id chapters name (their sub-folder, or
 * their `section` field) and its title per language. The list's order is the order readers see.
 */
export const SectionSchema = z
	.object({
		/**
		 * The section's id: the sub-folder its chapters sit in (`crisis` for `ja/crisis/…`), or what
		 * their `section` field says. Compared as a URL segment: `Crisis Handling` is `crisis-handling`.
		 */
		id: z.string().min(1),
		/** Its heading, a string or one per locale; the id, made readable, without one. */
		title: LocalizedTextSchema.optional(),
	})
	.strict();
export type Section = z.infer<typeof SectionSchema>;

/**
 * Link templates for chat handles in `owners.yaml`, by scheme: `slack: https://example.slack.com/app_redirect?channel={handle}`
 * turns `contact: slack:#ops-support` into that URL with `{handle}` replaced by `ops-support`
 * (the handle without its leading `#` or `@`, percent-encoded).
 */
export const ChatLinksSchema = z.record(
	z.string().regex(/^[a-z][a-z0-9+.-]*$/, 'Expected a scheme name such as "slack" or "teams"'),
	z
		.string()
		.regex(
			/^https:\/\/[^\s]*\{handle\}/,
			'Expected an https:// link template containing {handle}, such as "https://example.slack.com/app_redirect?channel={handle}"',
		),
);
export type ChatLinks = z.infer<typeof ChatLinksSchema>;

/** Severity of a lint rule: `error` stops the build, `warn` reports, `off` skips it. */
export const RuleSeveritySchema = z.enum(['error', 'warn', 'off']);
export type RuleSeverity = z.infer<typeof RuleSeveritySchema>;

/**
 * An origin images may come from: scheme and host (and port), nothing after it, e.g.
 * `https://assets.example.co.jp`. HTTPS only: an intranet page must not pull images in clear text.
 */
export const ImageOriginSchema = z
	.url({
		protocol: /^https$/,
		error: 'Expected an https:// origin such as "https://assets.example.com"',
	})
	.refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
		error:
			'Expected an origin only (scheme and host, such as "https://assets.example.com"), without a path',
	})
	.transform((value) => new URL(value).origin);

/**
 * `content/handbook.yaml`: everything about one handbook that is not a chapter.
 * Parsed once by {@link loadHandbook}; the integration, the content collection, the lint rules and
 * the components all read the result.
 */
export const HandbookConfigSchema = z
	.object({
		/** The handbook's name, shown in the header and in every `<title>`. */
		title: LocalizedTextSchema,
		/**
		 * A short name, for where the title does not fit: the header on a phone and the name under
		 * the handbook's icon on a home screen. Without it, the phone header cuts the title short.
		 * @default the title
		 */
		shortTitle: LocalizedTextSchema.optional(),
		/** One sentence under the title on the home page. */
		description: LocalizedTextSchema.optional(),
		/**
		 * The address the site is served from, without its path (`https://intranet.example.co.jp`).
		 * Needed only for absolute URLs (feeds); every link in the site is relative to `base`.
		 */
		site: z.url().optional(),
		/**
		 * The path the site is served under. An intranet often serves it at `/handbook/`.
		 * The `HANDBOOK_BASE` environment variable overrides it for one build.
		 * @default '/'
		 */
		base: z
			.string()
			.regex(
				/^\/([^\s?#]*\/)?$/,
				'Expected a path that starts and ends with "/", such as "/handbook/"',
			)
			.default('/'),
		/**
		 * The languages chapters are written in. The first page of each lives under `/<locale>/`,
		 * except the default locale's, which is served at the root.
		 * @default ['ja', 'en']
		 */
		locales: z.array(LocaleSchema).min(1).default(['ja', 'en']),
		/** @default 'ja' */
		defaultLocale: LocaleSchema.default('ja'),
		review: z
			.object({
				/**
				 * How long a review holds when a chapter does not set `reviewEvery`.
				 * @default '12 months'
				 */
				every: ReviewIntervalSchema.prefault('12 months'),
				/**
				 * How many days before its due date a chapter counts as "due soon".
				 * @default 30
				 */
				dueSoonDays: z.number().int().min(0).default(30),
			})
			.prefault({}),
		/**
		 * Whether search engines may index the handbook. `noindex`, the default for an intranet,
		 * puts `<meta name="robots" content="noindex, nofollow">` on every page and writes a
		 * `robots.txt` that disallows the base path; `index` is for a handbook published on the
		 * open web. Serve the `X-Robots-Tag` header to match (see README.md).
		 * @default 'noindex'
		 */
		robots: z.enum(['noindex', 'index']).default('noindex'),
		/**
		 * Where "Edit this page" links point: a URL to which a chapter's path inside the handbook
		 * folder is appended, e.g. `https://git.example.com/org/handbook/edit/main/content/`.
		 */
		editUrl: z.url().optional(),
		/**
		 * Where readers send a question the handbook does not answer, when search cannot name the
		 * owner of a likely chapter: an e-mail address, a URL (a form, a chat channel) or a chat
		 * handle with a scheme `chatLinks` lists.
		 */
		contact: z.string().min(1).optional(),
		/**
		 * The order and titles of the sections chapters are grouped in (sidebar, home page, print
		 * edition, review dashboard). A section chapters name that is not listed still shows, after
		 * the listed ones, titled from its id.
		 * @default []
		 */
		sections: z.array(SectionSchema).default([]),
		/**
		 * Chat schemes owners may use in `contact` (`slack:#ops-support`), each with the link that
		 * opens a handle: `{ slack: 'https://example.slack.com/app_redirect?channel={handle}' }`.
		 * @default {}
		 */
		chatLinks: ChatLinksSchema.default({}),
		/**
		 * The slug of the crisis quick guide, linked from the header of every page.
		 * @default 'crisis-quick-guide'
		 */
		crisisGuide: z.string().min(1).default('crisis-quick-guide'),
		/**
		 * The slug of the glossary: search puts it first for a question asking what a word means
		 * ("ROASとは", "what does UGC stand for"). A handbook without that chapter simply has no such
		 * preference.
		 * @default 'glossary'
		 */
		glossary: z.string().min(1).default('glossary'),
		/**
		 * Other sites chapters may show images from (`![logo](https://assets.example.com/logo.png)`),
		 * as origins. The handbook otherwise makes no request to another host: lint refuses any
		 * other remote image, and the Content-Security-Policy's `img-src` allows exactly these.
		 * @default []
		 */
		remoteImageOrigins: z.array(ImageOriginSchema).default([]),
		/**
		 * Severity per lint rule id, overriding the preset (`no-overdue-review: error`). The rules
		 * that keep chapters from running code or reading files outside the handbook
		 * (`mdx-allowed-syntax`, `allowed-html`, `no-unsafe-url`, `asset-inside-handbook`) stay `error`.
		 * @default {}
		 */
		lint: z.partialRecord(z.enum(RULE_IDS), RuleSeveritySchema).default({}),
	})
	.strict()
	.superRefine((config, context) => {
		if (!config.locales.includes(config.defaultLocale)) {
			context.addIssue({
				code: 'custom',
				path: ['defaultLocale'],
				message: `Expected one of the configured locales (${config.locales.join(', ')}), received "${config.defaultLocale}"`,
			});
		}
		if (typeof config.title === 'object' && !config.title[config.defaultLocale]) {
			context.addIssue({
				code: 'custom',
				path: ['title', config.defaultLocale],
				message: 'Expected a title in the default locale',
			});
		}
		for (const id of LOCKED_RULE_IDS) {
			const severity = config.lint[id];
			if (severity && severity !== 'error') {
				context.addIssue({
					code: 'custom',
					path: ['lint', id],
					message: `Expected "error", received "${severity}": this rule keeps chapters from running code or reading files outside the handbook and cannot be lowered`,
				});
			}
		}
		const contactIssue = config.contact && contactProblem(config.contact, config.chatLinks);
		if (contactIssue)
			context.addIssue({ code: 'custom', path: ['contact'], message: contactIssue });
		const sectionIds = new Set<string>();
		config.sections.forEach((section, index) => {
			const id = sectionId(section.id);
			if (!id) {
				context.addIssue({
					code: 'custom',
					path: ['sections', index, 'id'],
					message: `Unexpected id "${section.id}", expected letters or digits such as "crisis"`,
				});
			} else if (sectionIds.has(id)) {
				context.addIssue({
					code: 'custom',
					path: ['sections', index, 'id'],
					message: `Unexpected second section "${section.id}", expected each section once`,
				});
			}
			sectionIds.add(id);
		});
		if (new Set(config.locales).size !== config.locales.length) {
			context.addIssue({ code: 'custom', path: ['locales'], message: 'Expected each locale once' });
		}
	});

/** The handbook config as written in `handbook.yaml`. */
export type HandbookConfigInput = z.input<typeof HandbookConfigSchema>;
/** The handbook config with every default filled in. */
export type HandbookConfig = z.output<typeof HandbookConfigSchema>;

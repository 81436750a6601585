import { z } from 'astro/zod';
import { contactProblem, type ChatLinkTemplates } from './contact.ts';
import { LocalizedTextSchema } from './handbook-config.ts';

/** A phone number as people write it: digits with an optional leading `+`, spaces, hyphens, brackets. */
const PhoneSchema = z
	.string()
	.regex(/^\+?[0-9][0-9 ()-]{5,}$/, 'Expected a phone number such as "+81-3-0000-0000"');

/**
 * A way to reach someone, checked when `owners.yaml` is read: an e-mail address, an https:// link,
 * a phone number, or a chat handle whose scheme `chatLinks` lists (see {@link contactProblem}).
 */
export function contactSchema(chatLinks: ChatLinkTemplates) {
	return z
		.string()
		.min(1)
		.superRefine((value, context) => {
			const problem = contactProblem(value, chatLinks);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		});
}

/** A chat link, or a chat handle whose scheme `chatLinks` lists (`slack:#team`). */
function chatSchema(chatLinks: ChatLinkTemplates) {
	return z.string().superRefine((value, context) => {
		const web = /^https?:\/\//i.test(value) && URL.canParse(value);
		const handle = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value);
		if (web || (handle && !contactProblem(value, chatLinks))) return;
		context.addIssue({
			code: 'custom',
			message: `Expected a chat link such as "https://chat.example.co.jp/team"${
				Object.keys(chatLinks).length > 0
					? ` or a chat handle such as "${Object.keys(chatLinks)[0]}:#team"`
					: ' (or a chat handle such as "slack:#team", with `chatLinks` in handbook.yaml)'
			}, received "${value}"`,
		});
	});
}

/** The stand-in for an owner who cannot be reached. */
function backupSchema(chatLinks: ChatLinkTemplates) {
	return z
		.object({
			/** The person or role to try next, e.g. `{ ja: 副責任者, en: Deputy }`. */
			name: LocalizedTextSchema,
			/** An e-mail address, a URL or a chat handle (`slack:#pr-duty`). */
			contact: contactSchema(chatLinks).optional(),
			/** A phone number. */
			phone: PhoneSchema.optional(),
		})
		.strict();
}
export type Backup = z.infer<ReturnType<typeof backupSchema>>;

/** One person or role that owns chapters, from `content/owners.yaml`. */
export function ownerSchema(chatLinks: ChatLinkTemplates) {
	return z
		.object({
			/** The id chapters name in their `owner` field, e.g. `social-media-lead`. */
			id: z
				.string()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a lowercase id such as "social-media-lead"'),
			/** The person or role to ask. */
			name: LocalizedTextSchema,
			/** The team the owner belongs to. */
			team: LocalizedTextSchema,
			/**
			 * An e-mail address, a URL (chat channel, intranet profile), a phone number, or a chat handle
			 * with its scheme (`slack:#social-media`), whose link `chatLinks` in handbook.yaml gives.
			 */
			contact: contactSchema(chatLinks),
			/** A phone number to call when something cannot wait, e.g. `+81-3-0000-0000`. */
			phone: PhoneSchema.optional(),
			/**
			 * A chat channel or direct-message link, e.g. `https://chat.example.co.jp/social-media`, or a
			 * chat handle such as `slack:#social-media`.
			 */
			chat: chatSchema(chatLinks).optional(),
			/** Who to try when this owner cannot be reached: the contact sheet lists them beside the owner. */
			backup: backupSchema(chatLinks).optional(),
			/**
			 * Marks the contact values as samples still to be replaced with real ones: the contact sheet
			 * shows them with a "sample" marker so nobody dials an invented number in a hurry.
			 */
			example: z.boolean().optional(),
		})
		.strict();
}
export type Owner = z.infer<ReturnType<typeof ownerSchema>>;

/**
 * The owners registry: a list of owners with unique ids, whose chat handles use the schemes
 * `chatLinks` (from handbook.yaml) lists.
 */
export function ownersRegistrySchema(chatLinks: ChatLinkTemplates = {}) {
	return z.array(ownerSchema(chatLinks)).superRefine((owners, context) => {
		const seen = new Set<string>();
		owners.forEach((owner, index) => {
			if (seen.has(owner.id)) {
				context.addIssue({
					code: 'custom',
					path: [index, 'id'],
					message: `Unexpected second owner with id "${owner.id}", expected each id once`,
				});
			}
			seen.add(owner.id);
		});
	});
}

/** The `tel:` link for a phone number as written in `owners.yaml`: `+81-3-0000-0000` → `tel:+81300000000`. */
export function phoneHref(phone: string): string {
	return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

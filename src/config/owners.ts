import { z } from 'astro/zod';
import { LocalizedTextSchema } from './handbook-config.ts';

/** A phone number as people write it: digits with an optional leading `+`, spaces, hyphens, brackets. */
const PhoneSchema = z
	.string()
	.regex(/^\+?[0-9][0-9 ()-]{5,}$/, 'Expected a phone number such as "+81-3-0000-0000"');

/** The stand-in for an owner who cannot be reached. */
export const BackupSchema = z
	.object({
		/** The person or role to try next, e.g. `{ ja: 副責任者, en: Deputy }`. */
		name: LocalizedTextSchema,
		/** An e-mail address or a URL. */
		contact: z.string().min(1).optional(),
		/** A phone number. */
		phone: PhoneSchema.optional(),
	})
	.strict();
export type Backup = z.infer<typeof BackupSchema>;

/** One person or role that owns chapters, from `content/owners.yaml`. */
export const OwnerSchema = z
	.object({
		/** The id chapters name in their `owner` field, e.g. `social-media-lead`. */
		id: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a lowercase id such as "social-media-lead"'),
		/** The person or role to ask. */
		name: LocalizedTextSchema,
		/** The team the owner belongs to. */
		team: LocalizedTextSchema,
		/** An e-mail address or a URL (chat channel, intranet profile). */
		contact: z.string().min(1),
		/** A phone number to call when something cannot wait, e.g. `+81-3-0000-0000`. */
		phone: PhoneSchema.optional(),
		/** A chat channel or direct-message link, e.g. `https://chat.example.co.jp/social-media`. */
		chat: z
			.url({ message: 'Expected a chat link such as "https://chat.example.co.jp/team"' })
			.optional(),
		/** Who to try when this owner cannot be reached: the contact sheet lists them beside the owner. */
		backup: BackupSchema.optional(),
		/**
		 * Marks the contact values as samples still to be replaced with real ones: the contact sheet
		 * shows them with a "sample" marker so nobody dials an invented number in a hurry.
		 */
		example: z.boolean().optional(),
	})
	.strict();
export type Owner = z.infer<typeof OwnerSchema>;

/** The owners registry: a list of owners with unique ids. */
export const OwnersRegistrySchema = z.array(OwnerSchema).superRefine((owners, context) => {
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

/**
 * The link a reader follows to reach an owner: `mailto:` for an address, `tel:` for a phone
 * number (so a phone calls it with one tap), the URL otherwise.
 */
export function contactHref(contact: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(contact)) return contact;
	if (contact.includes('@')) return `mailto:${contact}`;
	if (/^\+?[\d\s()-]{6,}$/.test(contact)) return `tel:${contact.replace(/[^\d+]/g, '')}`;
	return contact;
}

/** The `tel:` link for a phone number as written in `owners.yaml`: `+81-3-0000-0000` → `tel:+81300000000`. */
export function phoneHref(phone: string): string {
	return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

import { z } from 'astro/zod';
import { LocalizedTextSchema } from './handbook-config.ts';

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

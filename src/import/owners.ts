/**
 * Owners for imported chapters: each owner a source page names (`owner_slack: "#team"`, an
 * address, an id) becomes an entry of `owners.yaml`, and pages that name nobody get one default
 * owner whose contact is marked as a sample until someone real is named.
 */
import type { OwnerInput } from './owners-file.ts';

/** The owner of pages that name none: reported, its contact a sample to replace. */
export const DEFAULT_OWNER: OwnerInput = {
	id: 'handbook-maintainers',
	name: 'Handbook maintainers',
	team: 'Handbook maintainers',
	contact: 'handbook-maintainers@example.invalid',
	example: true,
};

/** An id as `owners.yaml` wants it: lowercase letters and digits joined by single hyphens. */
function ownerId(text: string): string {
	return (
		text
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'owner'
	);
}

/**
 * The owner a source page names, as an `owners.yaml` entry:
 * `#team` and `@person` (Slack, as the GOV.UK Tech Docs Template's `owner_slack` means them) get
 * the contact `slack:#team`; an e-mail address or URL is the contact itself; `slack:`/`teams:`
 * handles stay as written. A bare name has no contact yet: a sample one, marked `example`.
 */
export function ownerFromSource(raw: string): OwnerInput {
	const written = raw.trim();
	const handle = /^(?:(slack|teams):)?([#@])(.+)$/i.exec(written);
	if (handle) {
		const scheme = (handle[1] ?? 'slack').toLowerCase();
		const tool = scheme === 'teams' ? 'Teams' : 'Slack';
		return {
			id: ownerId(handle[3]!),
			name: `${handle[2]}${handle[3]}`,
			team: handle[2] === '#' ? `${tool} channel` : tool,
			contact: `${scheme}:${handle[2]}${handle[3]}`,
		};
	}
	if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(written)) {
		const [local, domain] = written.split('@') as [string, string];
		return { id: ownerId(local), name: written, team: domain, contact: written };
	}
	if (/^https?:\/\//i.test(written) && URL.canParse(written)) {
		const url = new URL(written);
		const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
		return { id: ownerId(last), name: last, team: url.hostname, contact: written };
	}
	return {
		id: ownerId(written),
		name: written,
		team: 'Team to be named',
		contact: `${ownerId(written)}@example.invalid`,
		example: true,
	};
}

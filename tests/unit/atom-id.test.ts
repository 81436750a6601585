import { describe, expect, it } from 'vitest';
import { atomId } from '../../src/utils/atom-id.ts';

describe('Atom ids', () => {
	it('are the full URL and a fragment when the handbook has a site', () => {
		expect(atomId('https://intranet.example.com/handbook/planning/', 'change-2026-10-20-abc')).toBe(
			'https://intranet.example.com/handbook/planning/#change-2026-10-20-abc',
		);
		expect(atomId('https://intranet.example.com/handbook/changes/')).toBe(
			'https://intranet.example.com/handbook/changes/',
		);
	});

	it('are a urn:uuid, the same for the same page and fragment, when there is no site to make a URL absolute', () => {
		const id = atomId('/handbook/%E7%82%8E%E4%B8%8A/', 'change-2026-10-20-abc');
		expect(id).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(atomId('/handbook/%E7%82%8E%E4%B8%8A/', 'change-2026-10-20-abc')).toBe(id);
		expect(atomId('/handbook/%E7%82%8E%E4%B8%8A/', 'change-2026-10-21-abc')).not.toBe(id);
		expect(atomId('/handbook/other/', 'change-2026-10-20-abc')).not.toBe(id);
	});
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandbookConfigSchema } from '../../src/config/handbook-config.ts';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { HandbookInputErrors } from '../../src/config/yaml-file.ts';
import { createBuildContext } from '../../src/handbook/context.ts';
import { readBuildEnv } from '../../src/handbook/env.ts';

const OWNERS = `- id: lead\n  name: Lead\n  team: Marketing\n  contact: lead@example.com\n`;

function handbookDir(config: string, owners = OWNERS): string {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-config-'));
	writeFileSync(join(dir, 'handbook.yaml'), config);
	writeFileSync(join(dir, 'owners.yaml'), owners);
	return dir;
}

function messagesOf(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof HandbookInputErrors) return error.errors.map((each) => each.message);
		throw error;
	}
	throw new Error('expected the handbook to be rejected');
}

describe('handbook config', () => {
	it('fills every default from a config that sets only the title', () => {
		const config = HandbookConfigSchema.parse({ title: 'Handbook' });
		expect(config.base).toBe('/');
		expect(config.locales).toEqual(['ja', 'en']);
		expect(config.defaultLocale).toBe('ja');
		expect(config.review.every).toEqual({ amount: 12, unit: 'months', text: '12 months' });
		expect(config.review.dueSoonDays).toBe(30);
		expect(config.crisisGuide).toBe('crisis-quick-guide');
	});

	it('names the file, line, column and field of a wrong value', () => {
		const dir = handbookDir('title:\n  ja: ガイド\nbase: handbook\n');
		const [message] = messagesOf(() => loadHandbook(dir));
		expect(message).toMatch(
			/handbook\.yaml:3:7: base: Expected a path that starts and ends with "\/"/,
		);
	});

	it('reports every problem of the file at once', () => {
		const dir = handbookDir('title: Guide\nlocales: [ja, fr]\nreview:\n  every: sometimes\n');
		const messages = messagesOf(() => loadHandbook(dir));
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(/:2:\d+: locales\.1: /);
		expect(messages[1]).toMatch(/:4:10: review\.every: Expected an interval such as "6 months"/);
	});

	it('rejects a field it does not know, so that a typo is not silently ignored', () => {
		const dir = handbookDir('title: Guide\ncrisisGiude: emergencies\n');
		expect(messagesOf(() => loadHandbook(dir))[0]).toMatch(/crisisGiude/);
	});

	it('points at the line of a YAML syntax error instead of crashing', () => {
		const dir = handbookDir('title: Guide\nlocales: [ja, en\n');
		expect(messagesOf(() => loadHandbook(dir))[0]).toMatch(/handbook\.yaml:\d+:\d+: Invalid YAML/);
	});

	it('requires the default locale to be one of the locales', () => {
		const dir = handbookDir('title: Guide\nlocales: [en]\n');
		expect(messagesOf(() => loadHandbook(dir))[0]).toMatch(
			/defaultLocale: Expected one of the configured locales/,
		);
	});

	it('lets HANDBOOK_BASE move one build under another path, validated like the file', () => {
		const dir = handbookDir('title: Guide\n');
		const withBase = (base: string) => () =>
			createBuildContext({ env: readBuildEnv({ HANDBOOK_BASE: base }), dir });
		expect(withBase('/handbook/')().handbook.config.base).toBe('/handbook/');
		expect(messagesOf(withBase('handbook'))[0]).toMatch(/^HANDBOOK_BASE:1:1: /);
	});

	it('rejects two owners with the same id, at the second one', () => {
		const dir = handbookDir('title: Guide\n', `${OWNERS}${OWNERS}`);
		expect(messagesOf(() => loadHandbook(dir))[0]).toMatch(
			/owners\.yaml:5:7: 1\.id: Unexpected second owner with id "lead"/,
		);
	});
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandbookConfigSchema } from '../../src/config/handbook-config.ts';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { phoneHref } from '../../src/config/owners.ts';
import { HandbookInputErrors } from '../../src/config/yaml-file.ts';
import { createBuildContext } from '../../src/handbook/context.ts';
import { readBuildEnv } from '../../src/handbook/env.ts';
import { testFolder } from '../helpers/temp-folders.ts';

const OWNERS = `- id: lead\n  name: Lead\n  team: Marketing\n  contact: lead@example.com\n`;

/** A handbook folder with `config` and `owners`, removed when the test finishes. */
function handbookDir(config: string, owners = OWNERS): string {
	const dir = testFolder('handbook-config-');
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

	it('refuses to lower the rules that keep chapters from running code or reading outside files', () => {
		const dir = handbookDir(
			'title: Guide\nlint:\n  no-overdue-review: error\n  asset-inside-handbook: off\n  no-unsafe-url: warn\n',
		);
		const messages = messagesOf(() => loadHandbook(dir));
		expect(messages).toHaveLength(2);
		expect(messages.join('\n')).toMatch(
			/:4:26: lint\.asset-inside-handbook: Expected "error", received "off"/,
		);
		expect(messages.join('\n')).toMatch(
			/:5:18: lint\.no-unsafe-url: Expected "error", received "warn"/,
		);
	});

	it('reads sections in order with titles, and rejects a section listed twice at the second', () => {
		const config = loadHandbook(
			handbookDir(
				'title: Guide\nsections:\n  - id: crisis\n    title: { ja: 緊急時, en: Crisis }\n  - id: team\n',
			),
		).config;
		expect(config.sections).toEqual([
			{ id: 'crisis', title: { ja: '緊急時', en: 'Crisis' } },
			{ id: 'team' },
		]);
		expect(
			messagesOf(() =>
				loadHandbook(
					handbookDir('title: Guide\nsections:\n  - id: Crisis\n  - id: crisis\n  - id: "!"\n'),
				),
			),
		).toEqual([
			expect.stringMatching(
				/handbook\.yaml:4:9: sections\.1\.id: Unexpected second section "crisis"/,
			),
			expect.stringMatching(/handbook\.yaml:5:9: sections\.2\.id: Unexpected id "!"/),
		]);
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

	it("reads an owner's phone, chat, backup and sample marker for the contact sheet", () => {
		const dir = handbookDir(
			'title: Guide\n',
			`${OWNERS}  phone: '+81-3-0000-0101'\n  chat: https://chat.example.com/lead\n  backup:\n    name: Deputy\n    phone: '03 0000 0102'\n  example: true\n`,
		);
		const [owner] = loadHandbook(dir).owners;
		expect(owner).toMatchObject({
			phone: '+81-3-0000-0101',
			chat: 'https://chat.example.com/lead',
			backup: { name: 'Deputy', phone: '03 0000 0102' },
			example: true,
		});
		expect(phoneHref(owner!.phone!)).toBe('tel:+81300000101');
		expect(phoneHref(owner!.backup!.phone!)).toBe('tel:0300000102');
	});

	it('rejects a phone number, chat link or backup it cannot use, at the value', () => {
		const dir = handbookDir(
			'title: Guide\n',
			`${OWNERS}  phone: call the office\n  chat: the team channel\n  backup:\n    phone: '0300000102'\n`,
		);
		const messages = messagesOf(() => loadHandbook(dir));
		expect(messages).toContainEqual(
			expect.stringMatching(
				/owners\.yaml:5:10: 0\.phone: Expected a phone number such as "\+81-3-0000-0000"/,
			),
		);
		expect(messages).toContainEqual(
			expect.stringMatching(/owners\.yaml:6:9: 0\.chat: Expected a chat link/),
		);
		expect(messages).toContainEqual(expect.stringMatching(/owners\.yaml:8:5: 0\.backup\.name: /));
	});
});

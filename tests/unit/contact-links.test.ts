import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactHref, contactProblem } from '../../src/config/contact.ts';
import { loadHandbook } from '../../src/config/load-handbook.ts';
import { HandbookInputErrors } from '../../src/config/yaml-file.ts';
import { cssString, runningHeadCss } from '../../src/reading/print-style.ts';
import { testFolder } from '../helpers/temp-folders.ts';

describe('contact links', () => {
	it('mails an address, calls a phone number with one tap, and keeps URLs as they are', () => {
		expect(contactHref('pr-team@example.co.jp')).toBe('mailto:pr-team@example.co.jp');
		expect(contactHref('03-1234-5678')).toBe('tel:0312345678');
		expect(contactHref('+81 (3) 1234-5678')).toBe('tel:+81312345678');
		expect(contactHref('https://chat.example.co.jp/pr')).toBe('https://chat.example.co.jp/pr');
		expect(contactHref('tel:+81312345678')).toBe('tel:+81312345678');
	});

	const chatLinks = {
		slack: 'https://example.slack.com/app_redirect?channel={handle}',
		teams: 'https://teams.microsoft.com/l/chat/0/0?users={handle}',
	};

	it("opens a chat handle through its scheme's link template, the handle without # or @", () => {
		expect(contactHref('slack:#ops-support', chatLinks)).toBe(
			'https://example.slack.com/app_redirect?channel=ops-support',
		);
		expect(contactHref('teams:@taro.yamada@example.co.jp', chatLinks)).toBe(
			'https://teams.microsoft.com/l/chat/0/0?users=taro.yamada%40example.co.jp',
		);
		expect(contactHref('slack:#広報', chatLinks)).toBe(
			'https://example.slack.com/app_redirect?channel=%E5%BA%83%E5%A0%B1',
		);
	});

	it('accepts addresses, links, phone numbers and handles of listed chat schemes', () => {
		for (const contact of [
			'pr@example.co.jp',
			'https://forms.example.co.jp/ask',
			'mailto:pr@example.co.jp',
			'+81-3-0000-0000',
			'slack:#ops-support',
			'teams:@taro',
		]) {
			expect(contactProblem(contact, chatLinks), contact).toBeUndefined();
		}
	});

	it('rejects a bare channel or name, an unknown scheme and a handle left empty, saying what to write', () => {
		expect(contactProblem('#ops-support', chatLinks)).toMatch(
			/^Unexpected "#ops-support": a chat handle needs its scheme, such as "slack:#ops-support"/,
		);
		expect(contactProblem('@name', {})).toMatch(/such as "slack:@name"/);
		expect(contactProblem('discord:#ops', chatLinks)).toMatch(
			/^Unexpected chat scheme "discord:" in "discord:#ops", expected one of "slack:", "teams:" listed under `chatLinks`/,
		);
		expect(contactProblem('slack:#ops', {})).toMatch(/expected a scheme listed under `chatLinks`/);
		expect(contactProblem('slack:#', chatLinks)).toMatch(/expected a handle after "slack:"/);
		expect(contactProblem('the PR team', chatLinks)).toMatch(/expected an e-mail address/);
		expect(contactProblem('https://', chatLinks)).toMatch(/expected a complete link/);
	});

	it('stops at owners.yaml with file:line:col when a contact names no way to reach anyone', () => {
		const dir = testFolder('handbook-contact-');
		writeFileSync(
			join(dir, 'handbook.yaml'),
			'title: Guide\nchatLinks:\n  slack: https://example.slack.com/app_redirect?channel={handle}\n',
		);
		writeFileSync(
			join(dir, 'owners.yaml'),
			[
				'- id: ops',
				'  name: Ops',
				'  team: Ops',
				'  contact: "#ops-support"',
				'- id: lead',
				'  name: Lead',
				'  team: Lead',
				'  contact: slack:#lead',
				'  chat: teams:@lead',
				'',
			].join('\n'),
		);
		let error: unknown;
		try {
			loadHandbook(dir);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(HandbookInputErrors);
		const messages = (error as HandbookInputErrors).errors.map((each) => each.message);
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(
			/owners\.yaml:4:12: 0\.contact: Unexpected "#ops-support": a chat handle needs its scheme/,
		);
		expect(messages[1]).toMatch(/owners\.yaml:9:9: 1\.chat: Expected a chat link .*"slack:#team"/);
	});

	it('checks the handbook-wide contact in handbook.yaml the same way', () => {
		const dir = testFolder('handbook-contact-');
		writeFileSync(join(dir, 'handbook.yaml'), 'title: Guide\ncontact: "@handbook-team"\n');
		writeFileSync(join(dir, 'owners.yaml'), '[]\n');
		expect(() => loadHandbook(dir)).toThrow(
			/handbook\.yaml:2:10: contact: Unexpected "@handbook-team"/,
		);
	});

	it('rejects a chat link template without {handle} or not on https', () => {
		const dir = testFolder('handbook-contact-');
		writeFileSync(
			join(dir, 'handbook.yaml'),
			'title: Guide\nchatLinks:\n  slack: https://example.slack.com/channels/\n',
		);
		writeFileSync(join(dir, 'owners.yaml'), '[]\n');
		expect(() => loadHandbook(dir)).toThrow(
			/handbook\.yaml:3:10: chatLinks\.slack: Expected an https:\/\/ link template containing \{handle\}/,
		);
	});
});

describe('the running heading of printed pages', () => {
	it('writes any title as one CSS string that cannot end the <style> element', () => {
		expect(cssString('炎上・緊急時 "ガイド"')).toBe('"炎上・緊急時 \\"ガイド\\""');
		expect(cssString('a\\b')).toBe('"a\\\\b"');
		expect(cssString('</style><script>')).toBe('"\\3c /style>\\3c script>"');
		expect(cssString('two\nlines')).toBe('"two\\a lines"');
		expect(runningHeadCss('Measurement | Handbook')).toBe(
			'@page{@top-center{content:"Measurement | Handbook"}}',
		);
	});
});

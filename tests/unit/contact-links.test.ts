import { describe, expect, it } from 'vitest';
import { contactHref } from '../../src/config/owners.ts';
import { cssString, runningHeadCss } from '../../src/reading/print-style.ts';

describe('contact links', () => {
	it('mails an address, calls a phone number with one tap, and keeps URLs as they are', () => {
		expect(contactHref('pr-team@example.co.jp')).toBe('mailto:pr-team@example.co.jp');
		expect(contactHref('03-1234-5678')).toBe('tel:0312345678');
		expect(contactHref('+81 (3) 1234-5678')).toBe('tel:+81312345678');
		expect(contactHref('https://chat.example.co.jp/pr')).toBe('https://chat.example.co.jp/pr');
		expect(contactHref('tel:+81312345678')).toBe('tel:+81312345678');
		expect(contactHref('#pr-desk')).toBe('#pr-desk');
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

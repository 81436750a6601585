import type { Locale } from '../config/handbook-config.ts';
import en from './en.ts';
import ja from './ja.ts';

/** Every string the interface shows, keyed; each locale's file provides them all. */
export type UiStrings = Record<keyof typeof ja, string>;
export type UiStringKey = keyof UiStrings;

const strings: Record<Locale, UiStrings> = { ja, en };

/** The interface strings of `locale`. */
export function uiStrings(locale: Locale): UiStrings {
	return strings[locale];
}

/** Fills `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The language's own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };

/** A label as it stands before its value, in the language's punctuation: `担当：`, `Owner: `. */
export function labelText(locale: Locale, key: UiStringKey): string {
	const strings = uiStrings(locale);
	return fill(strings['label.value'], { label: strings[key] });
}

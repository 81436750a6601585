import type { Locale, LocalizedText } from '../config/handbook-config.ts';

/** The text for `locale`, else for `fallback`, else the first text given. */
export function localize(
	text: LocalizedText | undefined,
	locale: Locale,
	fallback: Locale,
): string {
	if (text === undefined) return '';
	if (typeof text === 'string') return text;
	return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` date as readers of `locale` write it: `2026年6月1日`, `1 June 2026`. */
export function formatDate(isoDate: string, locale: Locale): string {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
			dateStyle: 'long',
			timeZone: 'UTC',
		});
		dateFormats.set(locale, format);
	}
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

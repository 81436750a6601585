/**
 * `handbook.yaml` for an imported handbook: written only when the handbook folder has none, with
 * the source site's title, the one language imported, and a crisis guide the build can find.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { Locale } from '../config/handbook-config.ts';

/** What the handbook file is written from. */
export interface HandbookFileInput {
	title: { value: string; from: string };
	locale: Locale;
	/** The handbook's own file, when it has one: only checked, never changed. */
	existing: { locales: readonly string[] } | undefined;
	/** The imported chapters in source order. */
	chapters: ReadonlyArray<{ slug: string; title: string }>;
}

/** Words that name a page to open first when something goes wrong, strongest first. */
const CRISIS_WORDS = [/crisis|危機|炎上/i, /incident/i, /emergenc|緊急/i, /on-?call/i];

/** The chapter the header's crisis link opens: the first whose slug or title says so. */
export function pickCrisisGuide(chapters: HandbookFileInput['chapters']): {
	slug: string;
	matched: boolean;
} {
	for (const words of CRISIS_WORDS) {
		const found = chapters.find((each) => words.test(each.slug) || words.test(each.title));
		if (found) return { slug: found.slug, matched: true };
	}
	return { slug: chapters[0]!.slug, matched: false };
}

/** Writes `handbook.yaml` when there is none; returns what it did, in words, for the report. */
export function writeHandbookFile(path: string, input: HandbookFileInput): string[] {
	if (input.existing) {
		return input.existing.locales.includes(input.locale)
			? ['handbook.yaml kept as it was']
			: [
					`handbook.yaml kept as it was, but its \`locales\` lack \`${input.locale}\`: add it, or the build ignores the imported chapters`,
				];
	}
	const crisis = pickCrisisGuide(input.chapters);
	const config = {
		title: input.title.value,
		locales: [input.locale],
		defaultLocale: input.locale,
		review: { every: '12 months' },
		crisisGuide: crisis.slug,
	};
	writeFileSync(
		path,
		`# Written by npm run import: check the title and the crisis guide, the page the red header link opens.\n${stringify(config, { lineWidth: 0 })}`,
	);
	return [
		`handbook.yaml written: title "${input.title.value}" (from ${input.title.from}), locale ${input.locale}`,
		crisis.matched
			? `crisisGuide: ${crisis.slug} (its name speaks of incidents or emergencies; check it is the page to open first)`
			: `crisisGuide: ${crisis.slug} (no page speaks of a crisis or incident: the first page stands in; choose the right one)`,
	];
}

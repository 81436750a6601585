/**
 * `handbook.yaml` for an imported handbook: written only when the handbook folder has none, with
 * the source site's title, the one language imported, the sections in the order the source had
 * them, link templates for the chat handles owners use, and a crisis guide the build can find.
 * A handbook that has its file keeps it; the report says what it lacks.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { HandbookConfigSchema, type Locale } from '../config/handbook-config.ts';

/** What the handbook file is written from. */
export interface HandbookFileInput {
	title: { value: string; from: string };
	locale: Locale;
	/** The handbook's own file, when it has one: only checked, never changed. */
	existing: { locales: readonly string[]; fields: ReadonlySet<string> } | undefined;
	/** The imported chapters in source order. */
	chapters: ReadonlyArray<ChapterSummary>;
	/** The chat schemes (`slack`) of the owners' contacts. */
	chatSchemes: ReadonlySet<string>;
	/** Origins of images from other sites, with how many images each. */
	remoteOrigins: ReadonlyMap<string, number>;
	/** Whether to allow those origins (`--allow-remote-images`) rather than only report them. */
	allowRemoteImages: boolean;
}

/** What the handbook file needs to know of a chapter. */
export interface ChapterSummary {
	slug: string;
	title: string;
	/**
	 * The section it is grouped in, by the catalogue's rule (`placeChapter`): its `section` field
	 * (whose text is the title), else its sub-folder.
	 */
	section: { id: string; title?: string } | undefined;
	/** The sub-folder it sits in, when it is that folder's own page (`guide/index.md`). */
	folderPageOf: string | undefined;
}

/** Links that open a chat handle, per scheme, for the owners' `slack:#team` contacts. */
const CHAT_LINKS: Record<string, string> = {
	slack: 'https://slack.com/app_redirect?channel={handle}',
	teams: 'https://teams.microsoft.com/l/chat/0/0?users={handle}',
};

/** Words that name a page to open first when something goes wrong, strongest first. */
const CRISIS_WORDS = [/crisis|危機|炎上/i, /incident/i, /emergenc|緊急/i, /on-?call/i];

/** The chapter the header's crisis link opens: the first whose slug or title says so. */
export function pickCrisisGuide(chapters: readonly ChapterSummary[]): {
	slug: string;
	matched: boolean;
} {
	for (const words of CRISIS_WORDS) {
		const found = chapters.find((each) => words.test(each.slug) || words.test(each.title));
		if (found) return { slug: found.slug, matched: true };
	}
	return { slug: chapters[0]!.slug, matched: false };
}

/** Sections in the order their first chapter comes; a folder is titled by its own page. */
export function sectionsOf(
	chapters: readonly ChapterSummary[],
): Array<{ id: string; title?: string }> {
	const sections = new Map<string, string | undefined>();
	for (const { section } of chapters) {
		if (!section || sections.get(section.id) !== undefined) continue;
		const folderPage = chapters.find((each) => each.folderPageOf === section.id);
		sections.set(section.id, section.title ?? folderPage?.title);
	}
	return [...sections].map(([id, title]) => (title ? { id, title } : { id }));
}

/** Writes `handbook.yaml` when there is none; returns what it did, in words, for the report. */
export function writeHandbookFile(path: string, input: HandbookFileInput): string[] {
	const schemes = [...input.chatSchemes].filter((scheme) => scheme in CHAT_LINKS);
	const origins = [...input.remoteOrigins.keys()];
	const images = [...input.remoteOrigins]
		.map(([origin, count]) => `${origin} (${count} image(s))`)
		.join(', ');
	if (input.existing) {
		const notes = ['handbook.yaml kept as it was'];
		if (!input.existing.locales.includes(input.locale)) {
			notes.push(
				`its \`locales\` lack \`${input.locale}\`: add it, or the build ignores the imported chapters`,
			);
		}
		if (schemes.length > 0) {
			notes.push(
				`owners use ${schemes.map((each) => `${each}:`).join(' and ')} handles: make sure \`chatLinks\` gives the link that opens them`,
			);
		}
		if (origins.length > 0) {
			notes.push(
				`images from other sites: ${images}; allow their origins in \`remoteImageOrigins\` or copy the images into the handbook`,
			);
		}
		return notes;
	}
	const crisis = pickCrisisGuide(input.chapters);
	const sections = sectionsOf(input.chapters);
	const allowed = input.allowRemoteImages;
	const linked = schemes.length > 0;
	const config = {
		title: input.title.value,
		locales: [input.locale],
		defaultLocale: input.locale,
		review: { every: '12 months' },
		crisisGuide: crisis.slug,
		...(sections.length > 0 ? { sections } : {}),
		...(linked
			? { chatLinks: Object.fromEntries(schemes.map((each) => [each, CHAT_LINKS[each]!])) }
			: {}),
		...(origins.length > 0 && allowed ? { remoteImageOrigins: origins } : {}),
	};
	writeFileSync(
		path,
		`# Written by npm run import: check the title, the crisis guide (the page the red header link\n# opens) and the chat links (your workspace's own address opens channels more reliably).\n${stringify(config, { lineWidth: 0 })}`,
	);
	const notes = [
		`handbook.yaml written: title "${input.title.value}" (from ${input.title.from}), locale ${input.locale}${sections.length > 0 ? `, ${sections.length} section(s)` : ''}`,
		crisis.matched
			? `crisisGuide: ${crisis.slug} (its name speaks of incidents or emergencies; check it is the page to open first)`
			: `crisisGuide: ${crisis.slug} (no page speaks of a crisis or incident: the first page stands in; choose the right one)`,
	];
	if (schemes.length > 0 && !linked) {
		notes.push(
			`owners use ${schemes.join(' and ')} handles, which this build's handbook.yaml cannot link yet`,
		);
	}
	if (origins.length > 0) {
		notes.push(
			allowed
				? `remoteImageOrigins: ${images}: the handbook will load images from these sites`
				: `images from other sites: ${images}; lint refuses them until their origins are allowed (--allow-remote-images) or the images are copied into the handbook`,
		);
	}
	return notes;
}

/**
 * `npm run import`: turns an existing Markdown handbook (GOV.UK Tech Docs Template, Docusaurus,
 * Starlight, MkDocs, Jekyll, Hugo, or plain Markdown files) into this generator's form. This module
 * wires the steps; each concern has its own module beside it.
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SUPPORTED_LOCALES, type Locale } from '../config/handbook-config.ts';
import { placeChapter } from '../handbook/catalogue.ts';
import { parseChapterPath } from '../handbook/urls.ts';
import { convertPage, pageAnchors, type PageAnchors } from './convert-page.ts';
import { destinations as placePages, isFolderPage } from './destinations.ts';
import { mapFields, type MappedFields } from './field-map.ts';
import { writeHandbookFile, type ChapterSummary } from './handbook-file.ts';
import { lastChanged, type ChangeDate } from './last-changed.ts';
import { LinkTargets } from './link-targets.ts';
import { DEFAULT_OWNER, ownerFromSource } from './owners.ts';
import { OwnersFile, type OwnerInput } from './owners-file.ts';
import { NotConvertible, parsePage, type ParsedPage } from './parse-page.ts';
import { readSourceConfig } from './source-config.ts';
import { readSourceTree, type SkippedFile } from './source-tree.ts';

/** What to import, from where, into where. */
export interface ImportOptions {
	/** The folder of the existing handbook's Markdown pages. */
	source: string;
	/** The handbook folder to write (`content/`): chapters go to `<locale>/` in it. */
	handbook: string;
	/** The language of the pages; the handbook's default language otherwise, `ja` for a new one. */
	locale?: Locale;
	/** The old site's address: links to pages and files the handbook does not hold point there. */
	sourceUrl?: string;
	/** Allow the sites pages show images from in a new `handbook.yaml`, rather than only report them. */
	allowRemoteImages?: boolean;
}

/** One page converted, and every change made to it. */
export interface PageReport {
	source: string;
	target: string;
	changes: string[];
	/** The file was there already and is left untouched. */
	kept?: boolean;
}

/** Everything the import did, for the report. */
export interface ImportReport {
	source: string;
	handbook: string;
	locale: Locale;
	/** How many pages the source holds, converted or not. */
	pagesFound: number;
	converted: PageReport[];
	notConverted: SkippedFile[];
	copied: Array<{ source: string; target: string }>;
	ownersAdded: Array<OwnerInput & { pages: number }>;
	/** Pages that name no owner and got the default one. */
	defaultOwnerPages: string[];
	/** What was done about `handbook.yaml`, in words. */
	handbookFile: string[];
}

/** Wrong arguments: the command prints this with its usage. */
export class ImportUsageError extends Error {}

/** The languages of a handbook's own `handbook.yaml`, read without judging the rest of it. */
function readExisting(handbookFile: string): {
	defaultLocale: Locale;
	locales: string[];
	fields: Set<string>;
} {
	let data: Record<string, unknown> = {};
	try {
		const parsed: unknown = parseYaml(readFileSync(handbookFile, 'utf8'));
		if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
	} catch {
		// The build reports a broken handbook.yaml with its line; the import needs only the locales.
	}
	return {
		defaultLocale: SUPPORTED_LOCALES.find((each) => each === data.defaultLocale) ?? 'ja',
		locales: Array.isArray(data.locales) ? data.locales.map(String) : ['ja', 'en'],
		fields: new Set(Object.keys(data)),
	};
}

/** Imports the handbook; throws {@link ImportUsageError} on wrong folders. */
export function importHandbook(options: ImportOptions): ImportReport {
	const source = resolve(options.source);
	const handbook = resolve(options.handbook);
	if (!existsSync(source) || !statSync(source).isDirectory()) {
		throw new ImportUsageError(`Unexpected source \`${options.source}\`, expected a folder`);
	}
	if (existsSync(handbook) && !statSync(handbook).isDirectory()) {
		throw new ImportUsageError(`Unexpected handbook \`${options.handbook}\`, expected a folder`);
	}
	if (!relative(source, handbook).startsWith('..') && source !== handbook) {
		throw new ImportUsageError(
			'Unexpected handbook folder inside the source folder, expected it elsewhere',
		);
	}
	const handbookFile = join(handbook, 'handbook.yaml');
	const existing = existsSync(handbookFile) ? readExisting(handbookFile) : undefined;
	const locale = options.locale ?? existing?.defaultLocale ?? 'ja';
	const defaultLocale = existing?.defaultLocale ?? locale;

	const tree = readSourceTree(source);
	const config = readSourceConfig(source);
	const notConverted: SkippedFile[] = [...tree.skipped];
	const parsed = new Map<string, { page: ParsedPage; fields: MappedFields }>();
	for (const path of tree.pages) {
		try {
			const page = parsePage(readFileSync(join(source, path), 'utf8'));
			const fields = mapFields(page.data);
			const nav = config.nav.get(path);
			if (nav && !fields.order) fields.order = { value: nav.order, from: 'mkdocs.yml nav' };
			if (nav?.title && !fields.title) fields.title = { value: nav.title, from: 'mkdocs.yml nav' };
			parsed.set(path, { page, fields });
		} catch (error) {
			if (!(error instanceof NotConvertible)) throw error;
			notConverted.push({ path, reason: error.message });
		}
	}
	notConverted.sort((a, b) => (a.path < b.path ? -1 : 1));

	const placed = placePages([...parsed.keys()], locale);
	const targets = new LinkTargets(
		new Map(tree.pages.map((path) => [path, parsed.get(path)?.fields.servedAt ?? []])),
		tree.files,
	);
	const anchors = new Map<string, PageAnchors>();
	const anchorsOf = (path: string): PageAnchors | undefined => {
		const found = parsed.get(path);
		if (!found) return undefined;
		let page = anchors.get(path);
		if (!page) {
			page = pageAnchors(found.page.tree, found.fields, placed.get(path)!.slug);
			anchors.set(path, page);
		}
		return page;
	};
	const owners = new OwnersFile(join(handbook, 'owners.yaml'));
	const ownerPages = new Map<string, number>();
	const defaultOwnerPages: string[] = [];
	const copied = new Map<string, string>();
	const copyFile = (file: string): string => {
		const target = `assets/${file}`;
		if (!copied.has(file)) {
			mkdirSync(dirname(join(handbook, target)), { recursive: true });
			copyFileSync(join(source, file), join(handbook, target));
			copied.set(file, target);
		}
		return target;
	};
	let changeDate: ((path: string) => ChangeDate) | undefined;
	const remoteOrigins = new Map<string, number>();
	const remoteImage = (url: string): void => {
		const origin = URL.canParse(url, 'https://x.invalid')
			? new URL(url, 'https://x.invalid').origin
			: url;
		remoteOrigins.set(origin, (remoteOrigins.get(origin) ?? 0) + 1);
	};
	const summaries: ChapterSummary[] = [];

	const converted: PageReport[] = [];
	for (const [path, { page, fields }] of parsed) {
		const destination = placed.get(path)!;
		let owner: string;
		if (fields.owner) {
			owner = owners.idFor(fields.owner.value, ownerFromSource(fields.owner.value));
		} else {
			owner = owners.idFor(DEFAULT_OWNER.id, DEFAULT_OWNER);
			defaultOwnerPages.push(path);
		}
		ownerPages.set(owner, (ownerPages.get(owner) ?? 0) + 1);
		if (!fields.reviewed) changeDate ??= lastChanged(source);
		const result = convertPage(page, fields, {
			source: path,
			destination,
			locale,
			defaultLocale,
			destinations: placed,
			targets,
			owner,
			fallbackReviewed: fields.reviewed ? { value: '', from: '' } : changeDate!(path),
			sourceUrl: options.sourceUrl,
			anchorsOf,
			remoteImage,
			copyFile,
		});
		// The catalogue's own rule places the chapter, so handbook.yaml names the sections the site
		// will group by: `section: Ops` and a folder `ops/` are one section.
		const { folder } = parseChapterPath(destination.path);
		const { section } = placeChapter(destination.path, { section: fields.section?.value });
		summaries.push({
			slug: destination.slug,
			title: result.title,
			section: section
				? { id: section, ...(fields.section ? { title: fields.section.value } : {}) }
				: undefined,
			folderPageOf: isFolderPage(path) ? folder : undefined,
		});
		const changes = [
			...(destination.renamed ? [`renamed: ${destination.renamed}`] : []),
			...(fields.owner ? [] : [`owner ${owner}: the page names no owner`]),
			...result.changes,
		];
		const file = join(handbook, destination.path);
		const kept = existsSync(file);
		if (!kept) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, result.text);
		}
		converted.push({ source: path, target: destination.path, changes, ...(kept ? { kept } : {}) });
	}

	const handbookNotes: string[] = [];
	if (converted.length > 0) {
		if (owners.added.length > 0) {
			mkdirSync(handbook, { recursive: true });
			writeFileSync(join(handbook, 'owners.yaml'), owners.toString());
		}
		handbookNotes.push(
			...writeHandbookFile(handbookFile, {
				title: config.title ?? { value: basename(source), from: 'the source folder name' },
				locale,
				existing,
				chapters: summaries,
				chatSchemes: new Set(
					owners.added.map((owner) => /^([a-z]+):/i.exec(owner.contact)?.[1]?.toLowerCase() ?? ''),
				),
				remoteOrigins,
				allowRemoteImages: options.allowRemoteImages ?? false,
			}),
		);
	}

	return {
		source: options.source,
		handbook: options.handbook,
		locale,
		pagesFound: tree.pages.length + tree.skipped.length,
		converted,
		notConverted,
		copied: [...copied].map(([from, target]) => ({ source: from, target })),
		ownersAdded: owners.added.map((owner) => ({ ...owner, pages: ownerPages.get(owner.id) ?? 0 })),
		defaultOwnerPages,
		handbookFile: handbookNotes,
	};
}

/**
 * The frontmatter fields of the common doc tools, and what each one becomes in a chapter:
 *
 * | chapter | GOV.UK Tech Docs | Docusaurus | Starlight | Jekyll (Just the Docs) | Hugo |
 * | --- | --- | --- | --- | --- | --- |
 * | title | `title` | `title`, `sidebar_label` | `title`, `sidebar.label` | `title` | `title`, `linkTitle` |
 * | description | — | `description` | `description` | `description` | `description`, `summary` |
 * | owner | `owner_slack` | — | — | — | — |
 * | reviewed | `last_reviewed_on` | `last_update.date` | `lastUpdated` | `last_modified_at`, `last_modified_date`, `date` | `lastmod`, `date` |
 * | reviewEvery | `review_in` | — | — | — | — |
 * | order | `weight` | `sidebar_position` | `sidebar.order` | `nav_order` | `weight` |
 * | section | (`section`) | — | — | `parent` | — |
 * | keywords | — | `keywords` | — | — | `keywords` |
 *
 * A title missing from the frontmatter comes from the page's first `# heading` (MkDocs), a missing
 * description from its first paragraph; the caller supplies those. The last-update dates stand in
 * for a review date only when the page records no review: the report says which one was used.
 */
import { parseReviewInterval } from '../schemas/review-interval.ts';

/** A chapter's fields as found in a source page's frontmatter, each with the field it came from. */
export interface MappedFields {
	title?: Found<string>;
	description?: Found<string>;
	/** The owner as the source names it: `#channel`, `@person`, an address, an id. */
	owner?: Found<string>;
	/** `YYYY-MM-DD`. */
	reviewed?: Found<string> & { review: boolean };
	reviewEvery?: Found<string>;
	order?: Found<number>;
	section?: Found<string>;
	keywords?: Found<string[]>;
	/** Where the page was served in the source site (`permalink`, `slug`, `url`, `aliases`, `old_paths`). */
	servedAt: string[];
	/** Fields the chapter has no place for, dropped. */
	dropped: string[];
}

/** A value and the source field (`sidebar.order`) it came from. */
export interface Found<T> {
	value: T;
	from: string;
}

/** Fields read for links only, never reported as dropped. */
const ADDRESS_FIELDS = ['permalink', 'slug', 'url', 'aliases', 'old_paths'];

/** Fields every tool uses for its own rendering: dropped without a word. */
const SILENT_FIELDS = new Set(['layout', 'draft', 'hide_title', 'toc', 'hide_table_of_contents']);

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim()) return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

function number(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
	return undefined;
}

/**
 * A calendar date `YYYY-MM-DD` from the ways tools write one: `2025-03-05`, a timestamp
 * `2024-02-02T04:14:54-08:00`, a TOML or JavaScript date, `March 5, 2025`.
 */
export function calendarDate(value: unknown): string | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	}
	if (value && typeof value === 'object' && 'toISOString' in value) {
		return calendarDate(String((value as { toISOString(): string }).toISOString()));
	}
	if (typeof value !== 'string') return undefined;
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
	if (iso) {
		const date = new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
		return date.toISOString().slice(0, 10) === `${iso[1]}-${iso[2]}-${iso[3]}`
			? date.toISOString().slice(0, 10)
			: undefined;
	}
	const parsed = Date.parse(`${value} UTC`);
	return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function record(value: unknown): Record<string, unknown> | undefined {
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

function first<T>(
	candidates: Array<[string, unknown]>,
	read: (value: unknown) => T | undefined,
): Found<T> | undefined {
	for (const [from, raw] of candidates) {
		const value = read(raw);
		if (value !== undefined) return { value, from };
	}
	return undefined;
}

function addresses(data: Record<string, unknown>): string[] {
	const found: string[] = [];
	for (const key of ADDRESS_FIELDS) {
		const value = data[key];
		for (const each of Array.isArray(value) ? value : [value]) {
			if (typeof each === 'string' && each.trim()) found.push(each.trim());
		}
	}
	return found;
}

/** Reads a source page's frontmatter (already parsed) into the chapter's fields. */
export function mapFields(data: Record<string, unknown>): MappedFields {
	const sidebar = record(data.sidebar);
	const lastUpdate = record(data.last_update);
	const used = new Set<string>();
	const take = <T>(found: Found<T> | undefined): Found<T> | undefined => {
		if (found) used.add(found.from.split('.')[0]!);
		return found;
	};
	const title = take(
		first(
			[
				['title', data.title],
				['sidebar_label', data.sidebar_label],
				['sidebar.label', sidebar?.label],
				['linkTitle', data.linkTitle],
			],
			text,
		),
	);
	const description = take(
		first(
			[
				['description', data.description],
				['summary', data.summary],
			],
			text,
		),
	);
	const owner = take(
		first(
			[
				['owner_slack', data.owner_slack],
				['owner', data.owner],
			],
			text,
		),
	);
	const review = take(first([['last_reviewed_on', data.last_reviewed_on]], calendarDate));
	const updated = take(
		first(
			[
				['last_update.date', lastUpdate?.date],
				['lastUpdated', data.lastUpdated],
				['last_modified_at', data.last_modified_at],
				['last_modified_date', data.last_modified_date],
				['lastmod', data.lastmod],
				['date', data.date],
			],
			calendarDate,
		),
	);
	const reviewEvery = take(
		first([['review_in', data.review_in]], (value) => {
			const written = text(value);
			return written && parseReviewInterval(written) ? written : undefined;
		}),
	);
	const order = take(
		first(
			[
				['sidebar_position', data.sidebar_position],
				['sidebar.order', sidebar?.order],
				['nav_order', data.nav_order],
				['weight', data.weight],
			],
			number,
		),
	);
	// Tech Docs' `parent` is the path of the page to highlight, Just the Docs' the parent's title.
	const parent = text(data.parent);
	const section = take(
		first(
			[
				['section', data.section],
				['parent', parent && !/[/.]/.test(parent) ? parent : undefined],
			],
			text,
		),
	);
	const keywords = take(
		first([['keywords', data.keywords]], (value) => {
			const list = Array.isArray(value)
				? value.map(text).filter((each): each is string => Boolean(each))
				: [];
			return list.length > 0 ? list : undefined;
		}),
	);
	for (const key of ADDRESS_FIELDS) used.add(key);
	return {
		title,
		description,
		owner,
		reviewed: review
			? { ...review, review: true }
			: updated
				? { ...updated, review: false }
				: undefined,
		reviewEvery,
		order,
		section,
		keywords,
		servedAt: addresses(data),
		dropped: Object.keys(data).filter((key) => !used.has(key) && !SILENT_FIELDS.has(key)),
	};
}

import { relative, resolve } from 'node:path';
import { remark } from 'remark';
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { Handbook } from '../config/load-handbook.ts';
import { findChapterFiles } from '../handbook/discover.ts';
import { createLintHandbook, type LintHandbook } from './handbook-context.ts';
import { FRONTMATTER_KEY, type FrontmatterInfo } from './frontmatter.ts';
import { lintHandbookLayout } from './lint-layout.ts';
import { lintThesaurus } from './lint-thesaurus.ts';
import { createHandbookPreset } from './preset.ts';

/** Options for {@link lintChapters}. */
export interface LintOptions {
	/** "Today" for date rules; `HANDBOOK_TODAY` or the clock otherwise. */
	today?: string | undefined;
	/** The run's snapshot of the handbook folder, when the caller shares it with other checks. */
	lintHandbook?: LintHandbook | undefined;
}

/**
 * The reason and place of an MDX syntax error. Errors found at the end of a file (a tag never
 * closed) carry where the problem starts only in their text, as `(8:1-8:22)`.
 */
function describeSyntaxError(error: unknown): [string, Position | Point] {
	const cause = error as {
		reason?: string;
		message?: string;
		place?: Position | Point;
		line?: number;
		column?: number;
	};
	let reason = cause.reason ?? cause.message ?? String(error);
	let place =
		cause.place ?? (cause.line ? { line: cause.line, column: cause.column ?? 1 } : undefined);
	const where = /\s*\((\d+):(\d+)-(\d+):(\d+)\)$/.exec(reason);
	if (where) {
		reason = reason.slice(0, where.index);
		place ??= {
			start: { line: Number(where[1]), column: Number(where[2]) },
			end: { line: Number(where[3]), column: Number(where[4]) },
		};
	}
	return [
		`Unexpected MDX syntax: ${reason}, expected valid MDX (close every tag you open; write \`\\<\` and \`\\{\` for the characters, or make the chapter a \`.md\` file, where they are text)`,
		place ?? { line: 1, column: 1 },
	];
}

/** A chapter's text as the run's snapshot read it, or a message on the first byte that is not UTF-8. */
function readText(lintHandbook: LintHandbook, path: string, file: VFile): string | undefined {
	const { text, valid } = lintHandbook.textOf(path);
	if (valid) return text;
	const bad = text.indexOf('\uFFFD');
	const before = text.slice(0, Math.max(bad, 0)).split('\n');
	const message = file.message(
		'Unexpected bytes that are not UTF-8, expected the file saved as UTF-8',
		{
			line: before.length,
			column: (before.at(-1)?.length ?? 0) + 1,
		},
	);
	message.fatal = true;
	message.ruleId = 'utf8';
	message.source = 'handbook';
	return undefined;
}

/**
 * Lints chapter files with the handbook preset. Every file is checked, however many are broken,
 * and a file MDX cannot parse gets one message at the place of the syntax error.
 */
export async function lintChapters(
	handbook: Handbook,
	paths: readonly string[],
	options: LintOptions = {},
): Promise<VFile[]> {
	// One snapshot of the folder for the whole run: every file sees the same handbook, each file is
	// read once, and the config already parsed is not read again.
	const lintHandbook = options.lintHandbook ?? createLintHandbook(handbook);
	const processor = remark()
		.use(
			createHandbookPreset({
				severities: handbook.config.lint,
				today: options.today,
				lintHandbook,
			}),
		)
		.freeze();
	// Paths relative to the working folder, as writers see them in reports and editors.
	const files = paths.map(
		(path) => new VFile({ path: relative(process.cwd(), resolve(path)) || path }),
	);
	// Sources before translations: a translation's check then finds its source's frontmatter
	// already parsed. Results stay in the order asked for.
	const { defaultLocale } = handbook.config;
	const isSource = (file: VFile) => lintHandbook.chapterAt(file.path)?.locale === defaultLocale;
	const sourcesFirst = [...files.filter(isSource), ...files.filter((file) => !isSource(file))];
	for (const file of sourcesFirst) {
		const text = readText(lintHandbook, resolve(file.path), file);
		if (text === undefined) continue;
		file.value = text;
		let tree;
		try {
			// The preset's parser: the build's, by file name (`parseChapter`).
			tree = processor.parse(file);
		} catch (error) {
			const message = file.message(...describeSyntaxError(error));
			message.fatal = true;
			message.ruleId = 'mdx-syntax';
			message.source = 'handbook';
			continue;
		}
		await processor.run(tree, file);
		const frontmatter = (file.data[FRONTMATTER_KEY] as FrontmatterInfo | undefined)?.data;
		if (frontmatter) lintHandbook.recordFrontmatter(resolve(file.path), frontmatter);
		// The rules' caches hold the whole tree; only the messages are needed from here on.
		file.data = {};
		file.value = '';
	}
	return files;
}

/**
 * Lints every chapter file of the handbook, its thesaurus and its layout (no empty locale, a crisis
 * guide, no file the build would skip): the results and how many errors and warnings.
 */
export async function lintHandbookChapters(
	handbook: Handbook,
	options: LintOptions = {},
): Promise<{ files: VFile[]; errors: number; warnings: number }> {
	// One snapshot for the chapters and the thesaurus: each chapter is read once.
	const lintHandbook = createLintHandbook(handbook);
	const paths = lintHandbook.chapters.map((chapter) => chapter.path);
	const files = await lintChapters(handbook, paths, { ...options, lintHandbook });
	const thesaurus = lintThesaurus(handbook, lintHandbook);
	if (thesaurus) files.push(thesaurus);
	files.push(...lintHandbookLayout(handbook, lintHandbook));
	return { files, ...countMessages(files) };
}

export { findChapterFiles };

/** How many errors and warnings the files carry. */
export function countMessages(files: readonly VFile[]): { errors: number; warnings: number } {
	let errors = 0;
	let warnings = 0;
	for (const file of files) {
		for (const message of file.messages) {
			if (message.fatal) errors++;
			else if (message.fatal === false) warnings++;
		}
	}
	return { errors, warnings };
}

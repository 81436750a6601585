import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { Handbook } from '../config/load-handbook.ts';
import { yamlLocator } from '../config/yaml-file.ts';
import type { HandbookFiles } from '../handbook/discover.ts';
import { isChapterFileName } from '../markdown/chapter-syntax.ts';

/** Files a locale folder may hold besides chapters: the images chapters show. */
export const ASSET_EXTENSIONS: readonly string[] = [
	'.apng',
	'.avif',
	'.gif',
	'.jpeg',
	'.jpg',
	'.png',
	'.svg',
	'.webp',
];

/** A lint file for `path`, named relative to the working folder as the chapters' are. */
function fileFor(path: string): VFile {
	return new VFile({ path: relative(process.cwd(), path) || path });
}

function error(file: VFile, reason: string, place: { line: number; column: number }, id: string) {
	const message = file.message(reason, place);
	message.fatal = true;
	message.ruleId = id;
	message.source = 'handbook';
}

/** Every file under `dir` (none when it does not exist), hidden files and folders left out. */
function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter(
			(path) =>
				!relative(dir, path)
					.split(/[\\/]/)
					.some((part) => part.startsWith('.')),
		);
}

/**
 * Checks what no single chapter can show: that the handbook would not be published broken or
 * empty. Every configured locale has chapters, the crisis guide `handbook.yaml` names exists in
 * the default locale, and the locale folders hold nothing the generator would silently skip
 * (`x.markdown`, `x.html.md.erb`, `notes.txt`); images chapters show are fine. Problems are
 * errors of `handbook.yaml` or of the file itself, so the CLI, the build and CI print them like
 * the chapters' own.
 */
export function lintHandbookLayout(handbook: Handbook, files: HandbookFiles): VFile[] {
	const { locales, defaultLocale, crisisGuide } = handbook.config;
	const configPath = join(handbook.dir, 'handbook.yaml');
	const config = fileFor(configPath);
	// handbook.yaml is read again for places only when there is a problem to place.
	let locate: ReturnType<typeof yamlLocator> | undefined;
	const at = (path: PropertyKey[]) => {
		if (!locate && existsSync(configPath)) locate = yamlLocator(configPath);
		const place = locate?.at(path) ?? { line: 1, col: 1 };
		return { line: place.line, column: place.col };
	};
	const results: VFile[] = [];
	locales.forEach((locale, index) => {
		if (files.chapters.some((chapter) => chapter.locale === locale)) return;
		error(
			config,
			`Unexpected locale \`${locale}\` without chapters, expected at least one \`.md\` or \`.mdx\` file in \`${locale}/\` (or the locale removed from \`locales\`)`,
			at(['locales', index]),
			'handbook-locales',
		);
	});
	const guide = files.chapters.some(
		(chapter) =>
			chapter.locale === defaultLocale && files.placeOf(chapter).translationKey === crisisGuide,
	);
	if (!guide) {
		error(
			config,
			`Unexpected missing crisis guide \`${crisisGuide}\`, expected a chapter \`${defaultLocale}/${crisisGuide}.md\` or \`.mdx\` (or \`crisisGuide\` set to the slug of an existing chapter)`,
			at(['crisisGuide']),
			'crisis-guide',
		);
	}
	if (config.messages.length > 0) results.push(config);
	for (const locale of locales) {
		for (const path of filesUnder(resolve(handbook.dir, locale))) {
			const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
			if (isChapterFileName(name) || ASSET_EXTENSIONS.some((ext) => name.endsWith(ext))) continue;
			const file = fileFor(path);
			error(
				file,
				`Unexpected file \`${relative(handbook.dir, path).split(/[\\/]/).join('/')}\` that the handbook does not build, expected a \`.md\` or \`.mdx\` chapter or an image (${ASSET_EXTENSIONS.join(', ')}): rename it or move it out of the locale folder`,
				{ line: 1, column: 1 },
				'unbuilt-file',
			);
			results.push(file);
		}
	}
	return results;
}

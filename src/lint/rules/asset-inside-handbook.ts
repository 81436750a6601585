/**
 * ## What
 *
 * Checks that every image a chapter shows is a file inside the handbook folder. The build reads
 * and bundles the file an image names, so a path that climbs out of the folder
 * (`../../../../etc/passwd`), an absolute path or a symbolic link to somewhere else would make it
 * read a file of the machine that builds the site, and print or publish what it found. Images
 * from other sites are refused too, as the handbook makes no request to another host, unless
 * their origin is listed in `handbook.yaml`'s `remoteImageOrigins` (which the site's
 * Content-Security-Policy then allows). A path that names no file is reported here, before the
 * build stumbles on it.
 *
 * Paths are relative to the chapter file (`./images/flow.svg`, `../images/flow.svg`). The check
 * runs before anything reads the image.
 *
 * ## When
 *
 * Always: a pull request must not be able to read the build machine's files.
 *
 * @example
 *   {"name": "ja/ok.mdx"}
 *
 *   ---
 *   title: 対応の流れ
 *   description: 図で見る対応の流れ
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   ![対応の流れ](../images/flow.svg)
 *
 *   ![同じ図][flow] ![許可された外部](https://assets.example.com/logo.png)
 *
 *   [flow]: ../images/flow.svg
 *
 * @example
 *   {"name": "ja/outside.mdx", "label": "input"}
 *
 *   ---
 *   title: 対応の流れ
 *   description: 図で見る対応の流れ
 *   owner: social-media-lead
 *   reviewed: 2026-06-01
 *   ---
 *
 *   ![x](../../../../../../etc/passwd) ![y](/etc/hostname) ![z](..%2F..%2F..%2Fsecret.png)
 *
 *   ![外部](https://example.com/logo.png) ![なし](./missing.png) ![参照][up]
 *
 *   [up]: ../../package.json
 *
 * @example
 *   {"name": "ja/outside.mdx", "label": "output"}
 *
 *   8:1-8:35: Unexpected image path `../../../../../../etc/passwd` outside the handbook folder, expected a path to a file inside it, relative to the chapter
 *   8:36-8:55: Unexpected absolute image path `/etc/hostname`, expected a path to a file inside the handbook folder, relative to the chapter
 *   8:56-8:87: Unexpected image path `..%2F..%2F..%2Fsecret.png` outside the handbook folder, expected a path to a file inside it, relative to the chapter
 *   10:1-10:36: Unexpected image from another site `https://example.com/logo.png`, expected a file inside the handbook folder or an origin listed in `remoteImageOrigins` of handbook.yaml: the handbook makes no request to other hosts
 *   10:37-10:57: Unexpected missing image `./missing.png`, expected a file inside the handbook folder, relative to the chapter
 *   10:58-10:67: Unexpected image path `../../package.json` outside the handbook folder, expected a path to a file inside it, relative to the chapter
 */

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Definition, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { indexNodes } from '../node-index.ts';
import { handbookOf, type RuleOptionsInput } from '../rule-options.ts';
import { urlScheme } from './no-unsafe-url.ts';

/** `path` with `%2F` and friends decoded, as a bundler would read it; unchanged when malformed. */
function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/** Whether `path` is `dir` itself or somewhere below it. */
function isInside(dir: string, path: string): boolean {
	const rel = relative(dir, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What is wrong with an image URL, or `undefined` when it names a file inside the handbook. */
function problemWith(
	url: string,
	chapterPath: string,
	handbookDir: string,
	remoteOrigins: readonly string[],
): string | undefined {
	const scheme = urlScheme(url);
	if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) {
		if (scheme === 'https' && URL.canParse(url) && remoteOrigins.includes(new URL(url).origin)) {
			return undefined;
		}
		return `Unexpected image from another site \`${url}\`, expected a file inside the handbook folder or an origin listed in \`remoteImageOrigins\` of handbook.yaml: the handbook makes no request to other hosts`;
	}
	// Other schemes (`data:`, `javascript:`) are `no-unsafe-url`'s to report.
	if (scheme) return undefined;
	const path = decoded(url.replace(/[?#].*$/, ''));
	if (path.startsWith('/') || path.startsWith('\\') || isAbsolute(path)) {
		return `Unexpected absolute image path \`${url}\`, expected a path to a file inside the handbook folder, relative to the chapter`;
	}
	const outside = `Unexpected image path \`${url}\` outside the handbook folder, expected a path to a file inside it, relative to the chapter`;
	const target = resolve(dirname(chapterPath), path);
	if (!isInside(handbookDir, target)) return outside;
	if (!existsSync(target)) {
		return `Unexpected missing image \`${url}\`, expected a file inside the handbook folder, relative to the chapter`;
	}
	// A symbolic link inside the folder may still point out of it.
	if (!isInside(realpathSync(handbookDir), realpathSync(target))) return outside;
	return undefined;
}

function check(file: VFile, options: RuleOptionsInput, tree: Root): void {
	const lintHandbook = handbookOf(file, options);
	if (!lintHandbook || !file.path) return;
	const nodes = indexNodes(tree, file);
	const definitions = new Map<string, Definition>();
	for (const node of nodes.links) {
		if (node.type === 'definition') definitions.set(node.identifier, node);
	}
	const chapterPath = resolve(file.path);
	for (const node of nodes.images) {
		const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
		if (url === undefined) continue;
		const problem = problemWith(
			url,
			chapterPath,
			resolve(lintHandbook.handbook.dir),
			lintHandbook.handbook.config.remoteImageOrigins,
		);
		if (problem) file.message(problem, node);
	}
}

const assetInsideHandbook = lintRule<Root, RuleOptionsInput>(
	{ origin: 'handbook:asset-inside-handbook' },
	(tree, file, options) => check(file, options, tree),
);

export default assetInsideHandbook;

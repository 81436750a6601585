import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The name of the folder where Astro keeps parsed and rendered chapters between builds. It changes
 * with the handbook folder, the base path and any file of the generator's code (`sources`: the
 * chapter schema, the Markdown plugins that render chapters and all they import), so that neither
 * another handbook's entries nor chapters rendered by another version of the generator are ever
 * reused; and a build under another base path keeps a store of its own instead of making Astro
 * clear the shared one (a cleared store failed renders now and then).
 */
export function contentCacheKey(handbookDir: string, base: string, sources: string): string {
	const hash = createHash('sha256').update(handbookDir).update('\0').update(base);
	const files = readdirSync(sources, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files)
		hash.update('\0').update(relative(sources, file)).update('\0').update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

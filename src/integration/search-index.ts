import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Thrown when Pagefind reports a problem: the build must not ship a broken search. */
export class SearchIndexError extends Error {
	constructor(step: string, errors: string[]) {
		super(`Search index: ${step} failed:\n${errors.join('\n')}`);
		this.name = 'SearchIndexError';
	}
}

function check(step: string, errors: string[]): void {
	if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to `<outDir>/pagefind/`.
 * Each page's `<html lang>` puts it in its language's index; only `data-pagefind-body` content
 * (the chapters) is indexed. Any error from Pagefind fails the build.
 */
export async function writeSearchIndex(
	outDir: string,
	logger: AstroIntegrationLogger,
	notIndexed: readonly string[] = [],
	whileIndexing: () => Promise<void> = async () => {},
): Promise<void> {
	const started = performance.now();
	// Pagefind parses every page it finds before it skips those without `data-pagefind-body`; the
	// printable editions hold every chapter again (megabytes on a large handbook), so they are set
	// aside while it walks the site and put back right after.
	const aside = join(outDir, '..', `${basename(outDir)}.not-indexed`);
	rmSync(aside, { recursive: true, force: true });
	const moved = notIndexed.filter((path) => existsSync(join(outDir, path)));
	for (const path of moved) {
		mkdirSync(dirname(join(aside, path)), { recursive: true });
		renameSync(join(outDir, path), join(aside, path));
	}
	try {
		const { index, errors } = await pagefind.createIndex({});
		check('creating the index', errors);
		if (!index) throw new SearchIndexError('creating the index', ['no index returned']);
		// Pagefind reads the site in its own process: other work can go on meanwhile.
		const [added] = await Promise.all([index.addDirectory({ path: outDir }), whileIndexing()]);
		check('reading the site', added.errors);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		check('writing the bundle', written.errors);
		logger.info(
			`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
		);
	} finally {
		await pagefind.close();
		for (const path of moved) renameSync(join(aside, path), join(outDir, path));
		rmSync(aside, { recursive: true, force: true });
	}
}

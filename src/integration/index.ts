import type { AstroIntegration } from 'astro';
import { loadHandbook, resolveHandbookDir, type Handbook } from '../config/load-handbook.ts';
import { HandbookInputErrors } from '../config/yaml-file.ts';
import { routeParam } from '../utils/paths.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createStagingDir, publishStaged } from './atomic-output.ts';
import { dropEmptyContentHashes, handbookCsp } from './content-security-policy.ts';
import { createBuildInfo } from './build-info.ts';
import { devLintPlugin } from './dev-lint.ts';
import { checkLinks, DeadLinkError } from './link-check.ts';
import { lintBeforeBuild } from './lint-step.ts';
import { asInputError } from './user-error.ts';
import { writeServiceWorker } from './offline-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import { handbookVirtualModules } from './virtual-modules.ts';

/** Options of the handbook integration. */
export interface HandbookIntegrationOptions {
	/**
	 * The handbook folder (with `handbook.yaml`, `owners.yaml` and the locale folders).
	 * @default process.env.HANDBOOK_DIR ?? 'content'
	 */
	dir?: string;
}

/**
 * Drops the bundler's warning that every compiled MDX chapter carries Astro's own
 * `"use astro:head-inject"` directive: it is Astro's, harmless, and would print once per chapter.
 */
function quietKnownBundlerWarnings(
	warning: { code?: string; message: string },
	report: (warning: { code?: string; message: string }) => void,
): void {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
		return;
	report(warning);
}

/**
 * Astro keeps parsed chapters between builds. The key covers the handbook folder and the chapter
 * schema, so that neither another handbook's entries nor entries parsed under an older schema are
 * ever reused.
 */
function contentCacheKey(handbookDir: string): string {
	const schema = readFileSync(
		fileURLToPath(new URL('../schemas/chapter.ts', import.meta.url)),
		'utf8',
	);
	return createHash('sha256')
		.update(handbookDir)
		.update('\0')
		.update(schema)
		.digest('hex')
		.slice(0, 16);
}

/** Reads the handbook, turning problems in its files into a message without a stack trace. */
function readHandbook(dir: string): Handbook {
	try {
		return loadHandbook(dir);
	} catch (error) {
		if (error instanceof HandbookInputErrors) throw asInputError(error);
		throw error;
	}
}

/**
 * The handbook generator as an Astro integration. It only wires things together: the config is
 * parsed once by `loadHandbook`, and each build concern lives in its own module beside this one.
 */
export default function handbookIntegration(
	options: HandbookIntegrationOptions = {},
): AstroIntegration {
	const build = createBuildInfo();
	// Set when the build starts: the handbook, and where the site is published.
	let handbook: Handbook | undefined;
	let outDir = '';
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, command, logger }) => {
				handbook = readHandbook(options.dir ?? resolveHandbookDir());
				if (command === 'build') {
					await lintBeforeBuild(handbook, logger);
					// Astro empties its output folder first: point it at a staging folder instead, and
					// publish that only once every step has succeeded.
					outDir = fileURLToPath(config.outDir);
					const staging = createStagingDir(fileURLToPath(config.cacheDir));
					updateConfig({ outDir: pathToFileURL(`${staging}/`) });
					logger.info(`Building in ${staging}, published to ${outDir} once every step succeeds`);
				}
				updateConfig({
					cacheDir: new URL(`handbooks/${contentCacheKey(handbook.dir)}/`, config.cacheDir),
					base: handbook.config.base,
					site: handbook.config.site,
					security: { csp: handbookCsp },
					vite: {
						plugins: [handbookVirtualModules(handbook, build), devLintPlugin(handbook, logger)],
						build: {
							rolldownOptions: { onwarn: quietKnownBundlerWarnings },
						},
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const staging = fileURLToPath(dir);
				const { base, locales, defaultLocale } = handbook!.config;
				const printEditions = locales.map((locale) =>
					routeParam({ base, defaultLocale }, locale, 'print')!,
				);
				dropEmptyContentHashes(staging);
				await writeSearchIndex(staging, logger, printEditions);
				await writeServiceWorker({
					outDir: staging,
					routes: { base, defaultLocale },
					locales,
					build,
					logger,
				});
				try {
					await checkLinks(staging, base, logger);
				} catch (error) {
					throw error instanceof DeadLinkError ? asInputError(error) : error;
				}
				publishStaged(staging, outDir);
				logger.info(`Published to ${outDir}`);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { displayPath, HandbookInputErrors } from '../config/yaml-file.ts';
import { createBuildContext, type BuildContext } from '../handbook/context.ts';
import { discoverHandbook } from '../handbook/discover.ts';
import { readBuildEnv, type BuildEnv } from '../handbook/env.ts';
import { routeParam } from '../handbook/urls.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createStagingDir, publishStaged } from './atomic-output.ts';
import { contentCacheKey } from './content-cache-key.ts';
import { dropEmptyContentHashes, handbookCsp } from './content-security-policy.ts';
import { devLintPlugin } from './dev-lint.ts';
import { DeadLinkError, siteLinks } from './link-check.ts';
import { lazyModuleUrl } from './lazy-module-url.ts';
import { startLint } from './lint-step.ts';
import { asInputError } from './user-error.ts';
import { prepareServiceWorker, writeServiceWorker } from './offline-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import { handbookVirtualModules } from './virtual-modules.ts';

/** The generator's own code, whose every change renders chapters anew. */
const GENERATOR_SOURCES = fileURLToPath(new URL('../', import.meta.url));

/** Options of the handbook integration. */
export interface HandbookIntegrationOptions {
	/**
	 * The environment, read once by `astro.config.mjs` with {@link handbookBuildEnv}.
	 * @default handbookBuildEnv()
	 */
	env?: BuildEnv;
	/**
	 * The handbook folder (with `handbook.yaml`, `owners.yaml` and the locale folders).
	 * @default env.dir ?? 'content'
	 */
	dir?: string;
}

/**
 * The build's environment variables, parsed once for `astro.config.mjs` (which needs the output
 * folder before the integration runs). A wrong value stops the build with its name, no stack.
 */
export function handbookBuildEnv(): BuildEnv {
	try {
		return readBuildEnv();
	} catch (error) {
		if (error instanceof HandbookInputErrors)
			throw asInputError(error, process.argv.includes('--verbose'));
		throw error;
	}
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

/** Reads the handbook, turning problems in its files into a message without a stack trace. */
function readContext(env: BuildEnv, dir: string | undefined): BuildContext {
	try {
		return createBuildContext({ env, dir });
	} catch (error) {
		if (error instanceof HandbookInputErrors) throw asInputError(error, env.verbose);
		throw error;
	}
}

/**
 * The handbook generator as an Astro integration. It only wires things together: the config is
 * read once into the build context, and each build concern lives in its own module beside this one.
 */
export default function handbookIntegration(
	options: HandbookIntegrationOptions = {},
): AstroIntegration {
	const env = options.env ?? handbookBuildEnv();
	// Set when the build starts: the context every step receives, and where the site is published.
	let context: BuildContext | undefined;
	let outDir = '';
	// The build's lint, in a process of its own while Astro loads the content; awaited before bundling.
	let lint: Promise<void> = Promise.resolve();
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, command, logger }) => {
				context = readContext(env, options.dir);
				const { handbook } = context;
				if (command === 'build') {
					lint = startLint(context, logger);
					// Astro empties its output folder first: point it at a staging folder instead, and
					// publish that only once every step has succeeded.
					outDir = fileURLToPath(config.outDir);
					const staging = createStagingDir(fileURLToPath(config.cacheDir));
					updateConfig({ outDir: pathToFileURL(`${staging}/`) });
					logger.info(`Building in ${staging}, published to ${outDir} once every step succeeds`);
				}
				updateConfig({
					cacheDir: new URL(
						`handbooks/${contentCacheKey(handbook.dir, handbook.config.base, GENERATOR_SOURCES)}/`,
						config.cacheDir,
					),
					base: handbook.config.base,
					site: handbook.config.site,
					security: { csp: handbookCsp(handbook.config.remoteImageOrigins) },
					vite: {
						plugins: [
							handbookVirtualModules(context),
							devLintPlugin(context, logger),
							lazyModuleUrl(),
						],
						build: {
							rolldownOptions: { onwarn: quietKnownBundlerWarnings },
						},
					},
				});
			},
			'astro:build:start': async () => {
				await lint;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const staging = fileURLToPath(dir);
				const { build, handbook, env } = context!;
				const { base, locales, defaultLocale } = handbook.config;
				// The printable editions repeat every chapter for paper: not searched, and cached only
				// by a reader who opens one.
				const printEditions = locales.map((locale) =>
					routeParam({ base, defaultLocale }, locale, 'print')!,
				);
				dropEmptyContentHashes(staging);
				// The service worker bundles, and the link check reads the pages, while Pagefind
				// indexes them in its own process; the link check reads the printable editions, which
				// indexing sets aside, first.
				const worker = prepareServiceWorker({ base, defaultLocale }, locales, build, printEditions);
				// Awaited by writeServiceWorker; this keeps a failure from going unhandled meanwhile.
				worker.catch(() => {});
				const links = siteLinks(staging, base, { dir: handbook.dir, display: displayPath });
				const printPaths = new Set(printEditions.map((path) => `${base}${path}/`));
				await links.read((path) => printPaths.has(path));
				await writeSearchIndex(
					staging,
					logger,
					printEditions,
					() => links.read(() => true),
					discoverHandbook(handbook),
				);
				await writeServiceWorker({
					outDir: staging,
					routes: { base, defaultLocale },
					build,
					logger,
					notCached: printEditions,
					worker,
				});
				try {
					links.check(logger);
				} catch (error) {
					throw error instanceof DeadLinkError ? asInputError(error, env.verbose) : error;
				}
				publishStaged(staging, outDir);
				logger.info(`Published to ${outDir}`);
			},
		},
	};
}

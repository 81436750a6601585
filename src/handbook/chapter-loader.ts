import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readsAsMarkdown } from '../markdown/chapter-syntax.ts';

/** What the content layer stores of an entry (`DataStore['set']`'s argument). */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The part of a content entry type (`.md`, `.mdx`) this loader uses. */
interface EntryType {
	getRenderFunction?(
		config: LoaderContext['config'],
	): Promise<
		(entry: {
			id: string;
			data: Record<string, unknown>;
			body?: string;
			filePath: string;
			digest: string;
		}) => Promise<StoredEntry['rendered']>
	>;
}

/**
 * Astro hands loaders the content entry types by extension (the glob loader reads them) without
 * declaring them in `LoaderContext`; without them, every `.mdx` chapter keeps the MDX path.
 */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** How the chapter loader fails. */
export interface ChapterLoaderOptions {
	/**
	 * Awaited before a loading error is thrown; may throw an error that explains it better. The
	 * build passes its lint verdict, which names the file, line and column of a bad frontmatter.
	 */
	beforeFailing?: () => Promise<void>;
}

/**
 * The chapters collection's loader: Astro's `glob()` loader, except that an `.mdx` chapter that
 * reads exactly the same as Markdown ({@link readsAsMarkdown}: most of them) is rendered as a `.md`
 * chapter is, once, while the content is loaded, with the same processor. Left to MDX, each such
 * chapter became a JavaScript module that the bundler compiled and bundled and the build loaded
 * again to render: at a thousand chapters that was most of the build's time and memory. Chapters
 * that use components (`<Callout>`) or any other MDX syntax keep the MDX path unchanged.
 *
 * Chapters' source text is not kept in the content store (as `retainBody: false`): nothing reads
 * it there, and the store is loaded whole into the build.
 */
export function chapterLoader(
	options: Parameters<typeof glob>[0],
	{ beforeFailing = async () => {} }: ChapterLoaderOptions = {},
): Loader {
	const files = glob(options);
	return {
		name: 'handbook-chapters',
		async load(context) {
			const markdown = (context as ContextWithEntryTypes).entryTypes?.get('.md');
			const render = await markdown?.getRenderFunction?.(context.config);
			const root = fileURLToPath(context.config.root);
			// Chapters rendered during the load, awaited by it; later ones (a file saved while
			// `astro dev` runs) report their own failure, as the glob loader does.
			const rendering: Promise<void>[] = [];
			let loading = true;
			const renderAsMarkdown = async (
				entry: StoredEntry & { filePath: string; body: string },
				renderer: NonNullable<typeof render>,
			) => {
				const rendered = await renderer({
					id: entry.id,
					data: entry.data,
					body: entry.body,
					filePath: resolve(root, entry.filePath),
					digest: String(entry.digest ?? ''),
				});
				const { deferredRender: _, body: __, ...rest } = entry;
				context.store.set({ ...rest, rendered, assetImports: rendered?.metadata?.imagePaths });
			};
			const set = (entry: StoredEntry): boolean => {
				const { filePath, body } = entry;
				if (
					render &&
					entry.deferredRender &&
					filePath?.endsWith('.mdx') &&
					body !== undefined &&
					readsAsMarkdown(body)
				) {
					const job = renderAsMarkdown({ ...entry, filePath, body }, render);
					if (loading) rendering.push(job);
					else
						job.catch((error: unknown) =>
							context.logger.error(
								`${filePath}: ${error instanceof Error ? error.message : String(error)}`,
							),
						);
					return true;
				}
				const { body: _, ...rest } = entry;
				return context.store.set(rest);
			};
			const store = new Proxy(context.store, {
				get(target, property) {
					if (property === 'set') return set;
					const value = Reflect.get(target, property, target) as unknown;
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			try {
				await files.load({ ...context, store });
				await Promise.all(rendering);
			} catch (error) {
				await beforeFailing();
				throw error;
			} finally {
				loading = false;
			}
		},
	};
}

import type { Plugin } from 'vite';

/** The query that asks for a module's built URL instead of the module. */
const LAZY_URL_QUERY = '?lazy-url';

/**
 * `import url from './module.ts?lazy-url'` gives the URL of that module built as a chunk of its
 * own, to load later with `import(url)`. The bundler's standard way (an emitted chunk and
 * `import.meta.ROLLUP_FILE_URL_…`), not Vite's `import('./module.ts')`: for that Vite adds its
 * module-preload helper (about 0.7 KB gzip) to the importing script even when there is nothing to
 * preload (vitejs/vite#13952, #18551), and the importing script is every page's first load.
 * In `astro dev`, the URL is the dev server's for the source file.
 */
export function lazyModuleUrl(): Plugin {
	// Where the dev server serves files, under the site's base path.
	let base = '/';
	return {
		name: 'handbook:lazy-module-url',
		enforce: 'pre',
		configResolved(config) {
			base = config.base;
		},
		async resolveId(source, importer) {
			if (!source.endsWith(LAZY_URL_QUERY)) return null;
			const target = await this.resolve(source.slice(0, -LAZY_URL_QUERY.length), importer);
			return target ? `${target.id}${LAZY_URL_QUERY}` : null;
		},
		load(id) {
			if (!id.endsWith(LAZY_URL_QUERY)) return null;
			const file = id.slice(0, -LAZY_URL_QUERY.length);
			if (this.environment.mode === 'dev')
				return `export default ${JSON.stringify(`${base.replace(/\/$/, '')}/@fs${file}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: file });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}

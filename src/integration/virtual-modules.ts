import type { Plugin } from 'vite';
import type { Handbook } from '../config/load-handbook.ts';
import { contactHref } from '../config/owners.ts';
import { readGlossaries, searchThesaurus } from '../search/thesaurus/load-thesaurus.ts';
import type { BuildInfo } from './build-info.ts';

const CONTEXT_ID = 'virtual:handbook/context';
const SEARCH_ID = 'virtual:handbook/search';

/**
 * Serves the handbook, parsed once when the build starts, and the build's id and time to the
 * components, as `import { handbook, build } from 'virtual:handbook/context'`; and to the search
 * dialog, which runs in the browser, only what it needs: `import { thesaurus, contact } from
 * 'virtual:handbook/search'`.
 */
export function handbookVirtualModules(handbook: Handbook, build: BuildInfo): Plugin {
	const modules: Record<string, () => string> = {
		[CONTEXT_ID]: () =>
			`export const handbook = ${JSON.stringify(handbook)};\nexport const build = ${JSON.stringify(build)};`,
		[SEARCH_ID]: () =>
			`export const thesaurus = ${JSON.stringify(
				searchThesaurus(handbook.thesaurus, readGlossaries(handbook.dir, handbook.config.glossary)),
			)};\nexport const contact = ${JSON.stringify(handbook.config.contact ? contactHref(handbook.config.contact) : null)};`,
	};
	return {
		name: 'handbook:virtual-modules',
		resolveId(id) {
			return id in modules ? `\0${id}` : undefined;
		},
		load(id) {
			return id.startsWith('\0') ? modules[id.slice(1)]?.() : undefined;
		},
	};
}

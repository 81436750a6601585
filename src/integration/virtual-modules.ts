import type { Plugin } from 'vite';
import { contactHref } from '../config/contact.ts';
import type { BuildContext } from '../handbook/context.ts';
import { discoverHandbook } from '../handbook/discover.ts';
import { readGlossaries, searchThesaurus } from '../search/thesaurus/load-thesaurus.ts';

const CONTEXT_ID = 'virtual:handbook/context';
const SEARCH_ID = 'virtual:handbook/search';

/**
 * Serves the build context, made once when the build starts, to the content collection and the
 * components: `import { handbook, build, today } from 'virtual:handbook/context'`; and to the
 * search dialog, which runs in the browser, only what it needs: `import { thesaurus, contact }
 * from 'virtual:handbook/search'`.
 */
export function handbookVirtualModules(context: BuildContext): Plugin {
	const { handbook, build, today } = context;
	const modules: Record<string, () => string> = {
		[CONTEXT_ID]: () =>
			[
				`export const handbook = ${JSON.stringify(handbook)};`,
				`export const build = ${JSON.stringify(build)};`,
				`export const today = ${JSON.stringify(today)};`,
			].join('\n'),
		[SEARCH_ID]: () =>
			[
				`export const thesaurus = ${JSON.stringify(
					searchThesaurus(handbook.thesaurus, readGlossaries(discoverHandbook(handbook))),
				)};`,
				`export const contact = ${JSON.stringify(
					handbook.config.contact
						? contactHref(handbook.config.contact, handbook.config.chatLinks)
						: null,
				)};`,
			].join('\n'),
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

import type { Plugin } from 'vite';
import type { Handbook } from '../config/load-handbook.ts';

const CONTEXT_ID = 'virtual:handbook/context';

/**
 * Serves the handbook parsed once in `astro.config.mjs` to the components, as
 * `import { handbook } from 'virtual:handbook/context'`.
 */
export function handbookVirtualModules(handbook: Handbook): Plugin {
	const resolvedId = `\0${CONTEXT_ID}`;
	return {
		name: 'handbook:virtual-modules',
		resolveId(id) {
			return id === CONTEXT_ID ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return undefined;
			return `export const handbook = ${JSON.stringify(handbook)};`;
		},
	};
}

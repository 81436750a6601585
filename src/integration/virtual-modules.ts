import type { Plugin } from 'vite';
import type { Handbook } from '../config/load-handbook.ts';
import type { BuildInfo } from './build-info.ts';

const CONTEXT_ID = 'virtual:handbook/context';

/**
 * Serves the handbook, parsed once when the build starts, and the build's id and time to the
 * components, as `import { handbook, build } from 'virtual:handbook/context'`.
 */
export function handbookVirtualModules(handbook: Handbook, build: BuildInfo): Plugin {
	const resolvedId = `\0${CONTEXT_ID}`;
	return {
		name: 'handbook:virtual-modules',
		resolveId(id) {
			return id === CONTEXT_ID ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return undefined;
			return `export const handbook = ${JSON.stringify(handbook)};\nexport const build = ${JSON.stringify(build)};`;
		},
	};
}

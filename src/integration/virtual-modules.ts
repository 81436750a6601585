import type { Plugin } from 'vite';
import type { BuildContext } from '../handbook/context.ts';

const CONTEXT_ID = 'virtual:handbook/context';

/**
 * Serves the build context, made once when the build starts, to the content collection and the
 * components: `import { handbook, build, today } from 'virtual:handbook/context'`.
 */
export function handbookVirtualModules(context: BuildContext): Plugin {
	const resolvedId = `\0${CONTEXT_ID}`;
	return {
		name: 'handbook:virtual-modules',
		resolveId(id) {
			return id === CONTEXT_ID ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return undefined;
			const { handbook, build, today } = context;
			return [
				`export const handbook = ${JSON.stringify(handbook)};`,
				`export const build = ${JSON.stringify(build)};`,
				`export const today = ${JSON.stringify(today)};`,
			].join('\n');
		},
	};
}

import type { AstroIntegration } from 'astro';
import { loadHandbook, type Handbook } from '../config/load-handbook.ts';
import { handbookVirtualModules } from './virtual-modules.ts';

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
 * The handbook generator as an Astro integration. It only wires things together: the config is
 * parsed by `loadHandbook`, each build concern lives in its own module beside this one.
 */
export default function handbookIntegration(handbook: Handbook = loadHandbook()): AstroIntegration {
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					base: handbook.config.base,
					site: handbook.config.site,
					vite: {
						plugins: [handbookVirtualModules(handbook)],
						build: { rolldownOptions: { onwarn: quietKnownBundlerWarnings } },
					},
				});
			},
		},
	};
}

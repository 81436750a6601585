declare module 'virtual:handbook/context' {
	/** The handbook config and owners registry, parsed once when the build starts. */
	export const handbook: import('./config/load-handbook.ts').Handbook;
}

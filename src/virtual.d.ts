declare module 'virtual:handbook/context' {
	/** The handbook config and owners registry, parsed once when the build starts. */
	export const handbook: import('./config/load-handbook.ts').Handbook;
	/** This build's id and time: the search cache tag, the offline cache revision, "as of" dates. */
	export const build: import('./integration/build-info.ts').BuildInfo;
}

declare module 'virtual:handbook/search' {
	/** Everyday words → handbook terms, per language (`thesaurus.yaml`). */
	export const thesaurus: import('./search/thesaurus/thesaurus-schema.ts').Thesaurus;
	/** Where unanswered questions go (`contact` in handbook.yaml) as a link, or null. */
	export const contact: string | null;
}

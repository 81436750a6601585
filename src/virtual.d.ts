declare module 'virtual:handbook/context' {
	/** The handbook config and owners registry, parsed once when the build starts. */
	export const handbook: import('./config/load-handbook.ts').Handbook;
	/** This build's id and time: the search cache tag, the offline cache revision, "as of" dates. */
	export const build: import('./handbook/context.ts').BuildInfo;
	/** The day the build judges review dates against, `YYYY-MM-DD` (`HANDBOOK_TODAY` fixes it). */
	export const today: string;
}

declare module 'virtual:handbook/search' {
	/** Everyday words → handbook terms, and the glossary's terms, per language (`thesaurus.yaml`). */
	export const thesaurus: import('./search/thesaurus/thesaurus-schema.ts').SearchThesaurus;
	/** Where unanswered questions go (`contact` in handbook.yaml) as a link, or null. */
	export const contact: string | null;
}

declare module '*?lazy-url' {
	/** The URL of the module built as a chunk of its own, for `import(url)` (`lazy-module-url.ts`). */
	const url: string;
	export default url;
}

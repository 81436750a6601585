/** What identifies one build: tied together by the search index, the offline cache and the pages. */
export interface BuildInfo {
	/** A short id that changes with every build, e.g. `20261123T140512Z`. */
	id: string;
	/** When the build ran, as an ISO timestamp: the date readers see as "handbook as of". */
	time: string;
}

/**
 * The build's id and time. `HANDBOOK_BUILD_TIME` (an ISO timestamp) fixes both, so that tests and
 * reproducible builds give the same output.
 */
export function createBuildInfo(now: Date = new Date()): BuildInfo {
	const fixed = process.env.HANDBOOK_BUILD_TIME;
	const time = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : now;
	const iso = time.toISOString();
	return { id: iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'), time: iso };
}

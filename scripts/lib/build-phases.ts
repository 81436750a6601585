/** Reads where a build's time went from its log, for `npm run bench`. */

/**
 * Where a build's wall time goes, in seconds, read from its log: `startup` before Astro's timer
 * starts (Node, loading Astro and the config); `setup`, Astro's from there to bundling (the
 * integrations' setup, then the content sync, beside which `lint`, the chapter check, runs in a
 * process of its own); `bundle`
 * (Vite: the server bundle with every chapter, then the client scripts); `render` (every page);
 * `afterRender`, the integration's steps on the finished site (`searchIndex`, which `linkCheck`'s
 * reading overlaps, then `offlineCache`, the check and publishing).
 */
export interface Phases {
	startup: number | null;
	lint: number | null;
	setup: number | null;
	bundle: number | null;
	render: number | null;
	searchIndex: number | null;
	offlineCache: number | null;
	linkCheck: number | null;
	afterRender: number | null;
}

/** A duration as Astro and the handbook log it: "1m 5s", "7.59s", "812ms", "4433 ms". */
const DURATION = String.raw`(\d+m \d+s|[\d.]+ ?m?s)\b`;

function toSeconds(duration: string): number {
	const minutes = /^(\d+)m (\d+)s$/.exec(duration);
	if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
	const value = Number.parseFloat(duration);
	return duration.endsWith('ms') ? value / 1000 : value;
}

/** The first duration after `before` in the log, in seconds. */
function seconds(before: string, log: string): number | null {
	const match = new RegExp(before + DURATION).exec(log);
	return match ? toSeconds(match[1]!) : null;
}

const sum = (values: Array<number | null>) =>
	values.every((value) => value !== null) ? values.reduce((a, b) => a! + b!, 0)! : null;

/** The phases of one build from its log and wall time (see {@link Phases}). */
export function buildPhases(log: string, wallSeconds: number): Phases {
	const text = log.replace(/\x1b\[[0-9;]*m/g, '');
	const total = seconds(String.raw`page\(s\) built in `, text);
	const lint = seconds(String.raw`chapter\(s\) checked: no problems, in `, text);
	// Astro's "Collecting build info… ✓ Completed in" counts from its start to the bundling.
	const setup = seconds(String.raw`Collecting build info\.\.\.\n.*✓ Completed in `, text);
	const bundles = [
		...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g')),
	].map((match) => toSeconds(match[1]!));
	const render = seconds(String.raw`generating static routes[\s\S]*?✓ Completed in `, text);
	const searchIndex = seconds(String.raw`Search index: \d+ pages in `, text);
	const offlineCache = seconds(String.raw`Offline cache: .* precached in `, text);
	const linkCheck = seconds(String.raw`Link check: .* on \d+ pages in `, text);
	const bundle = bundles.length > 0 ? bundles.reduce((a, b) => a + b, 0) : null;
	const beforeRender = sum([setup, bundle, render]);
	return {
		startup: total === null ? null : wallSeconds - total,
		lint,
		setup,
		bundle,
		render,
		searchIndex,
		offlineCache,
		linkCheck,
		afterRender: total === null || beforeRender === null ? null : total - beforeRender,
	};
}

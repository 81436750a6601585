import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Whether a process with this id is running (on this machine). */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Creates the folder a build writes to before it is published, inside the project's cache folder
 * (`node_modules/.astro/`). It must be inside the project: Astro runs the pages it prerenders from
 * a folder within the staging folder, and those need the project's `node_modules` to load; an
 * output folder elsewhere (`/tmp/site`, `/srv/www/handbook`) has none. Each build gets its own
 * folder, named after its process, so parallel builds never share one. It is removed when the
 * process exits, whether the build was published or failed; what a killed build left behind is
 * removed by the next build.
 */
export function createStagingDir(cacheDir: string): string {
	const parent = join(cacheDir, 'handbook-staging');
	mkdirSync(parent, { recursive: true });
	for (const name of readdirSync(parent)) {
		const pid = Number(/^build-(\d+)-/.exec(name)?.[1]);
		if (pid && !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
	}
	// Not mkdtemp: its folders are private (0700), and published as it is, the site could not be
	// read by a web server running as another user. A plain folder gets the usual mode.
	const staging = join(parent, `build-${process.pid}-${randomUUID()}`);
	mkdirSync(staging);
	process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
	return staging;
}

/**
 * Replaces `outDir` with the finished `staging` folder. The new site is first brought beside the
 * output folder (a rename, or a copy when the two are on different file systems), then the
 * previous output is moved aside and put back if the swap fails, so readers never get half of one
 * build and half of another. Nothing is left beside `outDir` afterwards, even when it fails.
 */
export function publishStaged(staging: string, outDir: string): void {
	const target = outDir.replace(/[\\/]+$/, '');
	const incoming = `${target}.incoming`;
	const previous = `${target}.previous`;
	rmSync(incoming, { recursive: true, force: true });
	rmSync(previous, { recursive: true, force: true });
	mkdirSync(dirname(target), { recursive: true });
	try {
		moveOrCopy(staging, incoming);
		const hadPrevious = existsSync(target);
		if (hadPrevious) renameSync(target, previous);
		try {
			renameSync(incoming, target);
		} catch (error) {
			if (hadPrevious) renameSync(previous, target);
			throw error;
		}
	} finally {
		rmSync(incoming, { recursive: true, force: true });
		rmSync(previous, { recursive: true, force: true });
	}
}

/** Moves a folder; across file systems (`EXDEV`), copies it and removes the original. */
function moveOrCopy(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

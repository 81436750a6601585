import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Where a build writes before it is published: beside the real output folder, so that publishing
 * is a rename on the same file system. A build that fails leaves it behind and the real output
 * folder untouched; the next build starts by clearing it.
 */
export function stagingDirFor(outDir: string): string {
	const staging = `${outDir.replace(/[\\/]+$/, '')}.staging`;
	rmSync(staging, { recursive: true, force: true });
	return staging;
}

/**
 * Replaces `outDir` with the finished `staging` folder. The previous output is moved aside first
 * and put back if the swap fails, so readers never get half of one build and half of another.
 */
export function publishStaged(staging: string, outDir: string): void {
	const target = outDir.replace(/[\\/]+$/, '');
	const previous = `${target}.previous`;
	rmSync(previous, { recursive: true, force: true });
	const hadPrevious = existsSync(target);
	if (hadPrevious) renameSync(target, previous);
	try {
		renameSync(staging, target);
	} catch (error) {
		if (hadPrevious) renameSync(previous, target);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}

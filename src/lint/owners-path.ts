import { join, relative } from 'node:path';
import type { LintHandbook } from './handbook-context.ts';

/** The owners registry's path as a writer would type it, e.g. `content/owners.yaml`. */
export function ownersRegistryPath(lintHandbook: LintHandbook | undefined): string {
	if (!lintHandbook) return 'owners.yaml';
	return relative(process.cwd(), join(lintHandbook.handbook.dir, 'owners.yaml'))
		.split('\\')
		.join('/');
}

/** An owner id to show in a message as an example: the registry's first, or a typical one. */
export function exampleOwnerId(lintHandbook: LintHandbook | undefined): string {
	return lintHandbook?.handbook.owners[0]?.id ?? 'social-media-lead';
}

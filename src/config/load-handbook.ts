import { resolve, join } from 'node:path';
import { HandbookConfigSchema, type HandbookConfig } from './handbook-config.ts';
import { OwnersRegistrySchema, type Owner } from './owners.ts';
import { HandbookInputError, HandbookInputErrors, loadYamlFile } from './yaml-file.ts';
import { loadThesaurus } from '../search/thesaurus/load-thesaurus.ts';
import type { Thesaurus } from '../search/thesaurus/thesaurus-schema.ts';

/** A handbook as the build sees it: its folder, its parsed config and its owners. */
export interface Handbook {
	/** Absolute path of the folder that holds `handbook.yaml`, `owners.yaml` and the locale folders. */
	dir: string;
	config: HandbookConfig;
	owners: Owner[];
	/** Everyday words → handbook terms for search, from `thesaurus.yaml` (empty without one). */
	thesaurus: Thesaurus;
}

/** The handbook folder: `HANDBOOK_DIR` when set (fixtures, benchmarks), else `content/`. */
export function resolveHandbookDir(root: string = process.cwd()): string {
	return resolve(root, process.env.HANDBOOK_DIR ?? 'content');
}

/**
 * Reads and validates `handbook.yaml` and `owners.yaml` from `dir`. Throws `HandbookInputErrors`
 * naming file, line and field for anything wrong. `HANDBOOK_BASE` overrides `base` so that one
 * handbook can be deployed under several paths; it is validated like the file's own value.
 */
export function loadHandbook(dir: string = resolveHandbookDir()): Handbook {
	const config = loadYamlFile(join(dir, 'handbook.yaml'), HandbookConfigSchema);
	const baseOverride = process.env.HANDBOOK_BASE;
	if (baseOverride) {
		const base = HandbookConfigSchema.shape.base.safeParse(baseOverride);
		if (!base.success) {
			const reason = base.error.issues[0]?.message ?? 'Invalid base';
			throw new HandbookInputErrors([
				new HandbookInputError('HANDBOOK_BASE', 1, 1, `${reason}, received "${baseOverride}"`),
			]);
		}
		config.base = base.data;
	}
	const owners = loadYamlFile(join(dir, 'owners.yaml'), OwnersRegistrySchema);
	const thesaurus = loadThesaurus(dir);
	return { dir, config, owners, thesaurus };
}

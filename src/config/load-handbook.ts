import { join } from 'node:path';
import { HandbookConfigSchema, type HandbookConfig } from './handbook-config.ts';
import { ownersRegistrySchema, type Owner } from './owners.ts';
import { loadYamlFile } from './yaml-file.ts';
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

/** What one run may change of a handbook's config (from `HANDBOOK_BASE`, already validated). */
export interface HandbookOverrides {
	/** Another base path, so that one handbook can be deployed under several paths. */
	base?: string | undefined;
}

/**
 * Reads and validates `handbook.yaml` and `owners.yaml` from `dir`. Throws `HandbookInputErrors`
 * naming file, line and field for anything wrong.
 */
export function loadHandbook(dir: string, overrides: HandbookOverrides = {}): Handbook {
	const config = loadYamlFile(join(dir, 'handbook.yaml'), HandbookConfigSchema);
	if (overrides.base) config.base = overrides.base;
	const owners = loadYamlFile(join(dir, 'owners.yaml'), ownersRegistrySchema(config.chatLinks));
	const thesaurus = loadThesaurus(dir);
	return { dir, config, owners, thesaurus };
}

/**
 * What the source tool's own configuration says about the handbook: its title (Tech Docs'
 * `config/tech-docs.yml`, MkDocs' `mkdocs.yml`, Jekyll's `_config.yml`, Hugo's `hugo.*`/`config.*`)
 * and MkDocs' `nav`, which orders the pages and may name them. Looked for in the source folder and
 * the folder above it (Tech Docs keeps pages in `source/`, MkDocs in `docs/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** A page's place in MkDocs' `nav`. */
export interface NavEntry {
	order: number;
	/** The title `nav` gives the page, when it gives one. */
	title?: string;
}

/** The source tool's settings the import uses. */
export interface SourceConfig {
	/** The site's name, and the file that gave it. */
	title?: { value: string; from: string };
	/** MkDocs `nav`: each page's source path (relative to the source folder) → its place. */
	nav: Map<string, NavEntry>;
}

const TITLE_FILES: Array<[string, string]> = [
	['config/tech-docs.yml', 'service_name'],
	['mkdocs.yml', 'site_name'],
	['_config.yml', 'title'],
	['hugo.yaml', 'title'],
	['hugo.yml', 'title'],
	['hugo.toml', 'title'],
	['config.yaml', 'title'],
	['config.toml', 'title'],
];

function read(file: string): Record<string, unknown> | undefined {
	try {
		const text = readFileSync(file, 'utf8');
		// MkDocs files carry Python tags (`!!python/name:…`): unknown tags are only warnings.
		const data = file.endsWith('.toml') ? parseToml(text) : parseYaml(text, { logLevel: 'silent' });
		return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Flattens MkDocs `nav` (strings, `{title: path}`, `{section: [...]}`) into pages in order. */
function flatten(nav: unknown, into: Array<{ path: string; title?: string }>): void {
	if (!Array.isArray(nav)) return;
	for (const item of nav) {
		if (typeof item === 'string') into.push({ path: item });
		else if (item && typeof item === 'object') {
			for (const [title, value] of Object.entries(item)) {
				if (typeof value === 'string') into.push({ path: value, title });
				else flatten(value, into);
			}
		}
	}
}

/** Reads the source tool's configuration for the folder `root`. */
export function readSourceConfig(root: string): SourceConfig {
	const nav = new Map<string, NavEntry>();
	let title: SourceConfig['title'];
	for (const folder of [root, dirname(root)]) {
		for (const [name, field] of TITLE_FILES) {
			const file = join(folder, name);
			if (title || !existsSync(file)) continue;
			const value = read(file)?.[field];
			if (typeof value === 'string' && value.trim()) {
				title = { value: value.trim(), from: relative(root, file) || name };
			}
		}
		const mkdocs = join(folder, 'mkdocs.yml');
		if (nav.size === 0 && existsSync(mkdocs)) {
			const config = read(mkdocs);
			const docsDir = typeof config?.docs_dir === 'string' ? config.docs_dir : 'docs';
			// Paths in `nav` are relative to `docs_dir`; the source folder is it or holds it.
			const prefix = folder === root ? `${docsDir.replace(/\/+$/, '')}/` : '';
			const pages: Array<{ path: string; title?: string }> = [];
			flatten(config?.nav, pages);
			pages.forEach((page, index) => {
				if (/^[a-z]+:/i.test(page.path)) return;
				nav.set(`${prefix}${page.path.replace(/^\.?\//, '')}`, {
					order: index + 1,
					...(page.title ? { title: page.title } : {}),
				});
			});
		}
	}
	return { title, nav };
}

#!/usr/bin/env node
/** Writes the lint rules reference into README.md from the rules' own JSDoc. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleDocs, renderRuleDocs, spliceRuleDocs } from '../src/lint/rule-docs.ts';

const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = spliceRuleDocs(readme, renderRuleDocs(readRuleDocs(join(root, 'src/lint/rules'))));
writeFileSync(readmePath, updated);
process.stdout.write(
	updated === readme
		? 'README.md rules reference already up to date\n'
		: 'README.md rules reference updated\n',
);

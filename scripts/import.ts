#!/usr/bin/env node
/**
 * import: turns an existing Markdown handbook into this generator's form.
 *
 *   npm run import -- <source folder> <handbook folder> [--locale en] [--source-url URL]
 *                      [--allow-remote-images]
 *
 * Prints a report of every change and of each page it could not convert. Exits 1 when the source
 * holds no page it could convert, 2 on wrong usage.
 */
import { parseArgs } from 'node:util';
import { SUPPORTED_LOCALES, type Locale } from '../src/config/handbook-config.ts';
import { importHandbook, ImportUsageError } from '../src/import/import-handbook.ts';
import { formatReport } from '../src/import/report.ts';

const USAGE = `Usage: npm run import -- <source folder> <handbook folder> [--locale ${SUPPORTED_LOCALES.join('|')}] [--source-url URL] [--allow-remote-images]

  <source folder>    the existing handbook's Markdown pages (e.g. a Tech Docs site's source/)
  <handbook folder>  where to write chapters, owners.yaml and (if missing) handbook.yaml
  --locale           the pages' language; the handbook's default language otherwise
  --source-url       the old site's address: links to pages not imported point there
  --allow-remote-images
                     let a new handbook.yaml allow the sites pages show images from
                     (otherwise they are reported, and lint refuses them)`;

function fail(message: string): never {
	process.stderr.write(`${message}\n\n${USAGE}\n`);
	process.exit(2);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			locale: { type: 'string' },
			'source-url': { type: 'string' },
			'allow-remote-images': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
} catch (error) {
	fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
if (positionals.length !== 2) {
	fail(
		`Expected a source folder and a handbook folder, received ${positionals.length} argument(s)`,
	);
}
if (
	values.locale !== undefined &&
	!(SUPPORTED_LOCALES as readonly string[]).includes(values.locale)
) {
	fail(`Unknown --locale "${values.locale}", expected one of ${SUPPORTED_LOCALES.join(', ')}`);
}
const sourceUrl = values['source-url'];
if (sourceUrl !== undefined && !URL.canParse(sourceUrl)) {
	fail(
		`Unexpected --source-url "${sourceUrl}", expected an address such as https://docs.example.com/`,
	);
}

try {
	const report = importHandbook({
		source: positionals[0]!,
		handbook: positionals[1]!,
		...(values.locale ? { locale: values.locale as Locale } : {}),
		...(sourceUrl ? { sourceUrl } : {}),
		...(values['allow-remote-images'] ? { allowRemoteImages: true } : {}),
	});
	process.stdout.write(formatReport(report));
	if (report.converted.length === 0) {
		process.stderr.write(`No page of ${positionals[0]} could be converted: nothing imported.\n`);
		process.exit(1);
	}
} catch (error) {
	if (error instanceof ImportUsageError) fail(error.message);
	throw error;
}

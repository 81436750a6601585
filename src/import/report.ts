/**
 * The import's report for people: a summary, then every converted page with each change made to
 * it, every page left out with the reason, the files copied, and the owners added.
 */
import type { ImportReport } from './import-handbook.ts';

/** The report as terminal text. */
export function formatReport(report: ImportReport): string {
	const lines: string[] = [];
	const written = report.converted.filter((each) => !each.kept).length;
	lines.push(
		`Imported ${report.source} into ${report.handbook} (locale ${report.locale}): ${report.pagesFound} page(s) found, ${report.converted.length} converted (${written} written), ${report.notConverted.length} not converted, ${report.copied.length} file(s) copied, ${report.ownersAdded.length} owner(s) added.`,
	);
	if (report.converted.length > 0) {
		lines.push('', 'Converted:');
		for (const page of report.converted) {
			lines.push(
				`  ${page.source} → ${page.target}${page.kept ? ' (already there: left untouched)' : ''}`,
			);
			for (const change of page.changes) lines.push(`    - ${change}`);
		}
	}
	if (report.notConverted.length > 0) {
		lines.push('', 'Not converted:');
		for (const page of report.notConverted) lines.push(`  ${page.path}: ${page.reason}`);
	}
	if (report.copied.length > 0) {
		lines.push('', 'Files copied:');
		for (const file of report.copied) lines.push(`  ${file.source} → ${file.target}`);
	}
	if (report.ownersAdded.length > 0) {
		lines.push('', 'Owners added to owners.yaml (check each name, team and contact):');
		for (const owner of report.ownersAdded) {
			lines.push(
				`  ${owner.id}: ${owner.contact}, ${owner.pages} page(s)${owner.example ? ' — sample contact, marked example: replace it' : ''}`,
			);
		}
	}
	if (report.defaultOwnerPages.length > 0) {
		lines.push(
			'',
			`${report.defaultOwnerPages.length} page(s) name no owner and got the default owner: ${report.defaultOwnerPages.join(', ')}`,
		);
	}
	if (report.handbookFile.length > 0) lines.push('', ...report.handbookFile);
	return `${lines.join('\n')}\n`;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../build/build-fixture.ts';
import {
	parseRuleDoc,
	readRuleDocs,
	renderRuleDocs,
	spliceRuleDocs,
	type RuleExample,
} from '../../src/lint/rule-docs.ts';
import type { RuleId } from '../../src/lint/rule-ids.ts';
import { handbookRules } from '../../src/lint/preset.ts';
import { chapterParser } from '../../src/lint/parser.ts';

/** The handbook every example's file name is placed in, so that cross-file rules have chapters to see. */
const EXAMPLES_HANDBOOK = join(ROOT, 'tests/fixtures/lint-examples');
/** The day the examples are written for. */
const EXAMPLES_TODAY = '2026-11-01';
const RULES_DIR = join(ROOT, 'src/lint/rules');

async function lint(rule: Plugin, example: RuleExample): Promise<string[]> {
	const file = new VFile({ path: join(EXAMPLES_HANDBOOK, example.name), value: example.body });
	// Parsed as lint and the build parse it: `.md` examples as Markdown, `.mdx` ones as MDX.
	const processor = remark()
		.use(chapterParser)
		.use(rule as Plugin<[unknown]>, { today: EXAMPLES_TODAY, ...example.config });
	await processor.run(processor.parse(file), file);
	return file.messages.map((message) => {
		const place = message.place;
		const at =
			place && 'start' in place
				? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
				: `${place?.line ?? 1}:${place?.column ?? 1}`;
		return `${at}: ${message.reason}`;
	});
}

const ruleFiles = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts'));

describe.each(ruleFiles)('the @example blocks of %s', (ruleFile) => {
	const source = readFileSync(join(RULES_DIR, ruleFile), 'utf8');
	const examples = parseRuleDoc(ruleFile.replace(/\.ts$/, '') as RuleId, source).examples;

	it('has at least one passing and one failing example', () => {
		expect(examples.some((example) => example.label === undefined)).toBe(true);
		expect(examples.some((example) => example.label === 'output')).toBe(true);
	});

	it('names its origin after its file', () => {
		expect(source).toContain(`origin: 'handbook:${ruleFile.replace(/\.ts$/, '')}'`);
	});

	for (const example of examples.filter((each) => each.label !== 'output')) {
		const output = examples.find((each) => each.label === 'output' && each.name === example.name);
		const expected = output ? output.body.split('\n').filter(Boolean) : [];
		it(`${example.name} gives ${expected.length === 0 ? 'no message' : `${expected.length} message(s)`}`, async () => {
			const rule = (await import(join(RULES_DIR, ruleFile))).default as Plugin;
			expect(await lint(rule, example)).toEqual(expected);
		});
	}
});

describe('the rules reference', () => {
	it('covers every rule of the preset', () => {
		expect(ruleFiles.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
			Object.keys(handbookRules).sort(),
		);
	});

	it("in README.md is the one the rules' JSDoc generates (run npm run docs:lint)", () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		expect(readme).toBe(spliceRuleDocs(readme, renderRuleDocs(readRuleDocs(RULES_DIR))));
	});
});

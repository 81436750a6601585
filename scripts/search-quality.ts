/**
 * How well search answers employees' questions: types every question of
 * tests/search-quality/questions.ts and of the eleven blind sets (blind-questions.ts to
 * blind-questions-11.ts) into the real search dialog of a built handbook in Chromium and checks
 * where the answering chapter lands, and for the fourth to eleventh sets, whose questions name the
 * section that answers them, where its result opens.
 *
 * Usage: npm run bench:search [-- --dist <built site>] [--show-held-out] [--sets tune,blind8]
 *        [--port 4396] [--json <file>]
 *
 * Without --dist it builds the shipped handbook first. Prints top-1, top-3 and no-result rates for
 * the tuning half, the held-out half and each blind set, per need. The misses of the sets search
 * is tuned on are listed: the tuning half, the first two blind sets since 2026-12-04, the fourth
 * to seventh since 2026-12-05, the eighth since 2026-12-06, the ninth after the end of that day
 * and the tenth after its first measurement on 2026-12-07, each measured once as it came first
 * (no thesaurus entry, keyword or chapter question is ever written from any question). The
 * held-out half's misses are listed only with --show-held-out; the third and eleventh blind sets'
 * never.
 * Writes the figures to .handbook/bench/search-quality.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { blindQuestions } from '../tests/search-quality/blind-questions.ts';
import { secondBlindQuestions } from '../tests/search-quality/blind-questions-2.ts';
import { thirdBlindQuestions } from '../tests/search-quality/blind-questions-3.ts';
import {
	fourthBlindQuestions,
	fourthBlindSections,
} from '../tests/search-quality/blind-questions-4.ts';
import {
	fifthBlindQuestions,
	fifthBlindSections,
} from '../tests/search-quality/blind-questions-5.ts';
import {
	sixthBlindQuestions,
	sixthBlindSections,
} from '../tests/search-quality/blind-questions-6.ts';
import {
	seventhBlindQuestions,
	seventhBlindSections,
} from '../tests/search-quality/blind-questions-7.ts';
import {
	eighthBlindQuestions,
	eighthBlindSections,
} from '../tests/search-quality/blind-questions-8.ts';
import {
	ninthBlindQuestions,
	ninthBlindSections,
} from '../tests/search-quality/blind-questions-9.ts';
import {
	tenthBlindQuestions,
	tenthBlindSections,
} from '../tests/search-quality/blind-questions-10.ts';
import {
	eleventhBlindQuestions,
	eleventhBlindSections,
} from '../tests/search-quality/blind-questions-11.ts';
import GithubSlugger from 'github-slugger';
import { SEARCH_QUESTIONS, type SearchQuestion } from '../tests/search-quality/questions.ts';
import { startPreview } from './lib/preview-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		'show-held-out': { type: 'boolean', default: false },
		sets: { type: 'string' },
		port: { type: 'string', default: '4396' },
		json: { type: 'string', default: join(ROOT, '.handbook/bench/search-quality.json') },
	},
});

const PORT = Number(values.port);
const dist = resolve(values.dist ?? join(ROOT, '.handbook/search-quality/dist'));
const env: NodeJS.ProcessEnv = {
	...process.env,
	HANDBOOK_OUT_DIR: dist,
	ASTRO_TELEMETRY_DISABLED: '1',
};
delete env.HANDBOOK_BASE;

if (!values.dist) {
	console.error('Building the handbook…');
	const built = spawnSync(process.execPath, [ASTRO, 'build'], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
		timeout: 300_000,
	});
	if (built.status !== 0) {
		console.error(built.stdout.slice(-3000), built.stderr.slice(-3000));
		process.exit(1);
	}
}

/** Each set of questions, by the name its questions carry, with its title in the report. */
const TITLES = {
	tune: 'Tuning half',
	heldOut: 'Held-out half',
	blind: 'First blind set (tuned on since 2026-12-04)',
	blind2: 'Second blind set (tuned on since 2026-12-04)',
	blind3: 'Third blind set',
	blind4: 'Fourth blind set (tuned on since 2026-12-05)',
	blind5: 'Fifth blind set (tuned on since 2026-12-05)',
	blind6: 'Sixth blind set (tuned on since the evening of 2026-12-05)',
	blind7: 'Seventh blind set (tuned on since the evening of 2026-12-05)',
	blind8: 'Eighth blind set (tuned on since 2026-12-06)',
	blind9: 'Ninth blind set (tuned on after its first measurement, at the end of 2026-12-06)',
	blind10: 'Tenth blind set (tuned on after its first measurement, on 2026-12-07)',
	blind11: 'Eleventh blind set',
} as const;
/** A question set: a half of the tuned set, or one of the blind sets. */
type Half = keyof typeof TITLES;

/** A question and the set it belongs to. */
type AskedQuestion = Omit<SearchQuestion, 'half'> & { half: Half };

const ALL_QUESTIONS: AskedQuestion[] = [
	...SEARCH_QUESTIONS,
	...blindQuestions.map((question) => ({ ...question, half: 'blind' as const })),
	...secondBlindQuestions.map((question) => ({ ...question, half: 'blind2' as const })),
	...thirdBlindQuestions.map((question) => ({ ...question, half: 'blind3' as const })),
	...fourthBlindQuestions.map((question) => ({ ...question, half: 'blind4' as const })),
	...fifthBlindQuestions.map((question) => ({ ...question, half: 'blind5' as const })),
	...sixthBlindQuestions.map((question) => ({ ...question, half: 'blind6' as const })),
	...seventhBlindQuestions.map((question) => ({ ...question, half: 'blind7' as const })),
	...eighthBlindQuestions.map((question) => ({ ...question, half: 'blind8' as const })),
	...ninthBlindQuestions.map((question) => ({ ...question, half: 'blind9' as const })),
	...tenthBlindQuestions.map((question) => ({ ...question, half: 'blind10' as const })),
	...eleventhBlindQuestions.map((question) => ({ ...question, half: 'blind11' as const })),
];
// --sets tune,blind8 asks only those sets: a quicker look while working on one of them.
const chosenSets = values.sets?.split(',').map((set) => set.trim());
const QUESTIONS = chosenSets
	? ALL_QUESTIONS.filter((question) => chosenSets.includes(question.half))
	: ALL_QUESTIONS;

/**
 * One question's outcome: the chapter slugs shown, in order, the section ids each result offers
 * (the one its main link opens first), and the search time.
 */
interface Outcome {
	question: AskedQuestion;
	slugs: string[];
	sections: string[][];
	ms: number;
}

function slugOf(href: string): string {
	const path = new URL(href).pathname.replace(/^\/(en\/)?/, '').replace(/\/$/, '');
	return path.split('/').pop() ?? '';
}

async function ask(page: Page, question: AskedQuestion): Promise<Outcome> {
	const input = page.locator('.search__input');
	await input.fill(question.query);
	await page.waitForFunction(
		(query) => document.querySelector<HTMLElement>('dialog.search')?.dataset.answered === query,
		question.query,
		{ timeout: 15_000 },
	);
	const results = await page.locator('.search__result').evaluateAll((items) =>
		items
			.map((item) =>
				// Links to pages: not the option that lists the rest.
				[...item.querySelectorAll<HTMLAnchorElement>('.search__link[href]')].map(
					(link) => link.href,
				),
			)
			.filter((links) => links.length > 0),
	);
	const ms = Number(await page.locator('dialog.search').getAttribute('data-search-ms'));
	return {
		question,
		slugs: results.map((links) => slugOf(links[0]!)),
		sections: results.map((links) =>
			links.map((href) => decodeURIComponent(new URL(href).hash.slice(1))),
		),
		ms,
	};
}

const server = await startPreview(PORT, env);
const outcomes: Outcome[] = [];
try {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		for (const locale of ['ja', 'en'] as const) {
			const page = await browser.newPage();
			await page.goto(`http://localhost:${PORT}/${locale === 'ja' ? '' : 'en/'}`);
			await page.locator('[data-search-open]').first().click();
			for (const question of QUESTIONS.filter((each) => each.locale === locale)) {
				outcomes.push(await ask(page, question));
			}
			await page.close();
		}
	} finally {
		await browser.close();
	}
} finally {
	server.stop();
}

interface Figures {
	questions: number;
	top1: number;
	top3: number;
	noResult: number;
}

function figures(list: readonly Outcome[]): Figures {
	const share = (hit: (outcome: Outcome) => boolean) =>
		list.length === 0 ? 0 : list.filter(hit).length / list.length;
	return {
		questions: list.length,
		top1: share((o) => o.question.answers.includes(o.slugs[0] ?? '')),
		top3: share((o) => o.slugs.slice(0, 3).some((slug) => o.question.answers.includes(slug))),
		noResult: share((o) => o.slugs.length === 0),
	};
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (name: string, f: Figures) =>
	`| ${name} | ${f.questions} | ${percent(f.top1)} | ${percent(f.top3)} | ${percent(f.noResult)} |`;

const report: Record<string, unknown> = {};
const lines: string[] = [];
/** The sets search is tuned on: their misses are listed. */
const TUNED_ON = new Set<Half>([
	'tune',
	'blind',
	'blind2',
	'blind4',
	'blind5',
	'blind6',
	'blind7',
	'blind8',
	'blind9',
	'blind10',
]);
const HALVES = Object.keys(TITLES) as Half[];
for (const half of HALVES) {
	const inHalf = outcomes.filter((o) => o.question.half === half);
	if (inHalf.length === 0) continue;
	lines.push('', `### ${TITLES[half]}`, '');
	lines.push(
		'| need | questions | top 1 | top 3 | no result |',
		'| --- | ---: | ---: | ---: | ---: |',
	);
	const needs = [...new Set(inHalf.map((o) => o.question.need))];
	const byNeed: Record<string, Figures> = {};
	for (const need of needs) {
		byNeed[need] = figures(inHalf.filter((o) => o.question.need === need));
		lines.push(row(need, byNeed[need]));
	}
	for (const locale of ['ja', 'en'] as const) {
		lines.push(row(`**${locale}**`, figures(inHalf.filter((o) => o.question.locale === locale))));
	}
	const all = figures(inHalf);
	lines.push(row('**all**', all));
	report[half] = { ...all, byNeed };
	// Each question's first three chapters, for comparing two runs question by question: only for
	// the sets whose misses may be looked at.
	if (TUNED_ON.has(half)) {
		report[`${half}Answers`] = inHalf.map((o) => ({
			locale: o.question.locale,
			query: o.question.query,
			top3: o.slugs.slice(0, 3),
			hit: o.slugs.slice(0, 3).some((slug) => o.question.answers.includes(slug)),
			first: o.question.answers.includes(o.slugs[0] ?? ''),
		}));
	}
	if (TUNED_ON.has(half) || (half === 'heldOut' && values['show-held-out'])) {
		const misses = inHalf.filter(
			(o) => !o.slugs.slice(0, 3).some((slug) => o.question.answers.includes(slug)),
		);
		const notFirst = inHalf.filter(
			(o) =>
				!o.question.answers.includes(o.slugs[0] ?? '') &&
				o.slugs.slice(0, 3).some((slug) => o.question.answers.includes(slug)),
		);
		if (notFirst.length > 0) {
			lines.push('', 'In the top 3 but not first:');
			for (const miss of notFirst) {
				lines.push(
					`- [${miss.question.locale}] ${miss.question.query} → ${miss.slugs.slice(0, 3).join(', ')}`,
				);
			}
		}
		if (misses.length > 0) {
			lines.push('', 'Not in the top 3:');
			for (const miss of misses) {
				lines.push(
					`- [${miss.question.locale}] ${miss.question.query} → ${miss.slugs.slice(0, 3).join(', ') || 'nothing'} (want ${miss.question.answers.join(' | ')})`,
				);
			}
		}
	}
}
// Where a result opens: for each question of the fourth to eleventh sets that names the section
// answering it, and whose answering chapter is in the top 3, whether that chapter's main link
// opens at the section, and whether the section is among the ones the result offers.
const SECTION_SETS = [
	{ half: 'blind4', name: 'fourth', sections: fourthBlindSections },
	{ half: 'blind5', name: 'fifth', sections: fifthBlindSections },
	{ half: 'blind6', name: 'sixth', sections: sixthBlindSections },
	{ half: 'blind7', name: 'seventh', sections: seventhBlindSections },
	{ half: 'blind8', name: 'eighth', sections: eighthBlindSections },
	{ half: 'blind9', name: 'ninth', sections: ninthBlindSections },
	{ half: 'blind10', name: 'tenth', sections: tenthBlindSections },
	{ half: 'blind11', name: 'eleventh', sections: eleventhBlindSections },
] as const;
const sectionFigures: Record<string, unknown> = {};
report.sections = sectionFigures;
for (const { half, name, sections } of SECTION_SETS) {
	if (!outcomes.some((outcome) => outcome.question.half === half)) continue;
	const opened = outcomes.flatMap((outcome) => {
		const heading = sections[outcome.question.query];
		const chapter = outcome.question.answers[0]!;
		const at = outcome.slugs.slice(0, 3).indexOf(chapter);
		if (outcome.question.half !== half || !heading || at < 0) return [];
		const want = new GithubSlugger().slug(heading);
		const offered = outcome.sections[at]!;
		return [{ outcome, want, offered, first: offered[0] === want, any: offered.includes(want) }];
	});
	const share = (count: number) => percent(opened.length === 0 ? 0 : count / opened.length);
	lines.push(
		'',
		`### Where a result opens (${name} blind set)`,
		'',
		`Of ${opened.length} questions whose answering chapter is in the top 3, its main link opens at the answering section for ${share(opened.filter((each) => each.first).length)}; the section is among the ones it offers for ${share(opened.filter((each) => each.any).length)}.`,
	);
	// A set not tuned on is measured, not looked at: which questions open elsewhere would tell.
	const elsewhere = TUNED_ON.has(half) ? opened.filter((each) => !each.first) : [];
	if (elsewhere.length > 0) {
		lines.push('', 'Opens elsewhere:');
		for (const { outcome, want, offered } of elsewhere) {
			lines.push(
				`- [${outcome.question.locale}] ${outcome.question.query} → ${offered.join(' / ')} (want ${want})`,
			);
		}
	}
	sectionFigures[name] = {
		questions: opened.length,
		first: opened.filter((each) => each.first).length / Math.max(opened.length, 1),
		offered: opened.filter((each) => each.any).length / Math.max(opened.length, 1),
	};
}
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const medianMs = times[Math.floor(times.length / 2)] ?? 0;
lines.push(
	'',
	`Median search time (question read, all searches, sections described): ${medianMs.toFixed(1)} ms`,
);
report.medianMs = medianMs;
console.log(lines.join('\n'));
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(values.json!, `${JSON.stringify(report, null, '\t')}\n`);

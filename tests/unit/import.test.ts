import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HandbookConfigSchema } from '../../src/config/handbook-config.ts';
import { destinations } from '../../src/import/destinations.ts';
import { sectionsOf } from '../../src/import/handbook-file.ts';
import { calendarDate, mapFields } from '../../src/import/field-map.ts';
import { importHandbook, type ImportOptions } from '../../src/import/import-handbook.ts';
import { ownerFromSource } from '../../src/import/owners.ts';
import { rawHtmlEdits } from '../../src/import/raw-html.ts';
import { parsePage } from '../../src/import/parse-page.ts';
import { formatReport } from '../../src/import/report.ts';
import { ChapterFrontmatterSchema } from '../../src/schemas/chapter.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const scratch = mkdtempSync(join(tmpdir(), 'handbook-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** Imports a fixture into a fresh handbook folder; returns the report and a file reader. */
function run(source: string, options: Partial<ImportOptions> = {}, handbook?: string) {
	const target = handbook ?? join(scratch, `handbook-${++count}`);
	const report = importHandbook({
		source: join(FIXTURES, source),
		handbook: target,
		locale: 'en',
		...options,
	});
	const read = (path: string): string => readFileSync(join(target, path), 'utf8');
	/** A chapter's frontmatter, checked against the chapter schema, and its body. */
	const chapter = (path: string) => {
		const text = read(path);
		const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
		expect(match, `${path} starts with a frontmatter block`).not.toBeNull();
		const data = parse(match![1]!) as Record<string, unknown>;
		expect(
			() => ChapterFrontmatterSchema.parse(data),
			`${path}: valid chapter frontmatter`,
		).not.toThrow();
		return { data, body: text.slice(match![0].length), text };
	};
	return { report, target, read, chapter };
}

describe('import from the GOV.UK Tech Docs Template', () => {
	const result = run('techdocs/source');
	const alerts = result.chapter('en/manual/alerts.md');

	it('maps owner_slack, last_reviewed_on, review_in and weight to the chapter fields', () => {
		expect(alerts.data).toEqual({
			title: 'Handle an alert',
			description: 'When an alert fires, first check the dashboard. Odd spacing stays.',
			owner: 'ops-support',
			reviewed: '2025-03-05',
			reviewEvery: '6 months',
			order: 20,
		});
	});

	it('keeps the text as written and edits only link and image addresses', () => {
		expect(alerts.body).toContain(
			'When an alert fires, *first* check   the dashboard.  Odd  spacing stays.',
		);
		expect(alerts.body).toContain('[the restart guide](../../manual/restart/#how-to-restart)');
		expect(alerts.body).toContain('[restart]: ../../manual/restart/');
		expect(alerts.body).toContain('![Alert flow](../../assets/images/flow.png)');
		expect(alerts.body).toContain('[GOV.UK](https://www.gov.uk/guidance.html)');
		expect(alerts.body).toContain('<https://example.org/x.md>');
		expect(alerts.body).toContain('```erb\n<%= this is code, not a template %>\n```');
	});

	it('copies the images chapters show', () => {
		expect(result.read('assets/images/flow.png')).toBe(
			readFileSync(join(FIXTURES, 'techdocs/source/images/flow.png'), 'utf8'),
		);
		expect(result.report.copied).toEqual([
			{ source: 'images/flow.png', target: 'assets/images/flow.png' },
		]);
	});

	it('drops a first heading that repeats the title, and links to it go to the page top', () => {
		const restart = result.chapter('en/manual/restart.md');
		expect(restart.body).not.toContain('# Restart an app');
		expect(restart.body).toContain('[the top](#)');
		expect(restart.data.owner).toBe('jane-doe');
	});

	it('lets the last change stand in for a missing review date, and says so', () => {
		const restart = result.report.converted.find(
			(page) => page.source === 'manual/restart.html.md',
		);
		const note = restart?.changes.find((change) => change.startsWith('reviewed '));
		expect(note).toMatch(
			/^reviewed (\d{4}-\d{2}-\d{2}): no review date; the (date of its last Git commit|file's modification date) stands in for one$/,
		);
		expect(result.chapter('en/manual/restart.md').data.reviewed).toBe(note!.slice(9, 19));
	});

	it('writes owners.yaml with a slack: contact per owner_slack channel or person', () => {
		const owners = parse(result.read('owners.yaml')) as Array<Record<string, unknown>>;
		expect(owners).toEqual([
			{
				id: 'ops-support',
				name: '#ops-support',
				team: 'Slack channel',
				contact: 'slack:#ops-support',
			},
			{ id: 'jane-doe', name: '@jane.doe', team: 'Slack', contact: 'slack:@jane.doe' },
		]);
	});

	it('writes a valid handbook.yaml titled from config/tech-docs.yml', () => {
		const config = HandbookConfigSchema.parse(parse(result.read('handbook.yaml')));
		expect(config).toMatchObject({
			title: 'Operations manual',
			locales: ['en'],
			defaultLocale: 'en',
		});
		expect(['manual/alerts', 'manual/backups', 'manual/diagrams', 'manual/restart']).toContain(
			config.crisisGuide,
		);
	});

	it('turns <pre> into a fenced block, an <iframe> into a link and <p> in a table cell into <br>', () => {
		const diagrams = result.chapter('en/manual/diagrams.md').body;
		expect(diagrams).toContain(
			'```mermaid\nflowchart LR\n    A[Browser<br/>tab] --> B[Cache & router]\n    state check <<choice>>\n```',
		);
		expect(diagrams).toContain(
			'[Architecture board](<https://boards.example.org/view?id=1&nav=1>)',
		);
		expect(diagrams).toContain('| Lead | Plans<br><br>Reviews |');
		expect(diagrams).toContain('Press <kbd>Ctrl</kbd> to <!-- not a tag --> continue.');
	});

	it('converts the Tech Docs helpers with a Markdown form: the title heading and warning_text', () => {
		const backups = result.chapter('en/manual/backups.md');
		expect(backups.data).toMatchObject({ title: 'Backups', reviewEvery: '6 month' });
		expect(backups.body).toBe(
			"\nBackups run nightly.\n\n**Warning:** Nobody checks that a restore works: that is the team's job.\n",
		);
	});

	it('reports images from other sites with their origin, for the handbook to allow or not', () => {
		expect(alerts.body).toContain('![Status badge](https://status.example.org/badge.png)');
		expect(result.report.handbookFile.join('\n')).toContain(
			'images from other sites: https://status.example.org (1 image(s))',
		);
	});

	it('reports server templates and partials as not converted, with the reason and place', () => {
		expect(result.report.notConverted).toEqual([
			{ path: 'index.html.md.erb', reason: '5:1: an ERB tag `<% %>` (a server template)' },
			{
				path: 'manual/banner.html.md',
				reason:
					'7:1: raw HTML `<div>` that a chapter does not show (only inline tags such as `<kbd>` or `<details>`); rewrite it in Markdown',
			},
			{
				path: 'partials/_intro.html.md',
				reason: 'partial (its name or folder starts with `_`): other pages include it',
			},
		]);
		const text = formatReport(result.report);
		expect(text).toContain('7 page(s) found, 4 converted (4 written), 3 not converted');
		expect(text).toContain('manual/alerts.html.md → en/manual/alerts.md');
		expect(text).toContain(
			'14:27: link `/manual/gone.html` left as is: no page or file of the source has that address',
		);
		expect(text).toContain('index.html.md.erb: 5:1: an ERB tag');
	});

	it('points links to pages it did not import at the old site when given its address', () => {
		const withSite = run('techdocs/source', { sourceUrl: 'https://ops.example.org/' });
		const body = withSite.chapter('en/manual/alerts.md').body;
		expect(body).toContain('[the old page](https://ops.example.org/manual/gone.html)');
		// A link to an image file by a definition images share: the site publishes no such page.
		expect(body).toContain(
			'The [full flow](https://ops.example.org/images/flow.png) is ![the flow][flow].',
		);
		expect(body).toContain('[flow]: ../../assets/images/flow.png');
	});
});

describe('import from Docusaurus', () => {
	const result = run('docusaurus/docs');

	it('maps title, description, sidebar_position, last_update and keywords', () => {
		expect(result.chapter('en/intro.md').data).toEqual({
			title: 'Introduction to the handbook',
			description: 'Where to start reading.',
			owner: 'handbook-maintainers',
			reviewed: '2025-01-02',
			order: 1,
			keywords: ['start', 'welcome'],
		});
	});

	it('takes a missing title from the first heading and a missing description from the first paragraph', () => {
		const setup = result.chapter('en/guides/setup.md');
		expect(setup.data).toMatchObject({
			title: 'Set up your laptop',
			description: 'Install the tools first. Then read on.',
			order: 2,
		});
		expect(setup.body).toBe(
			'\nInstall the tools first. Then read on.\n\nSee the [intro](../../intro/) and the [deploy guide](../../guides/deploy/).\n\n![Diagram](../../assets/assets/diagram.png)\n',
		);
	});

	it('rewrites .md links and folder-style links to chapter links, and copies images', () => {
		const setup = result.chapter('en/guides/setup.md');
		expect(setup.body).toContain('[intro](../../intro/)');
		expect(setup.body).toContain('[deploy guide](../../guides/deploy/)');
		expect(setup.body).toContain('![Diagram](../../assets/assets/diagram.png)');
		expect(existsSync(join(result.target, 'assets/assets/diagram.png'))).toBe(true);
		expect(result.chapter('en/guides/deploy.md').body).toContain('[setup](../../guides/setup/)');
	});

	it('gives pages without an owner a default owner with a sample contact, and says which', () => {
		const owners = parse(result.read('owners.yaml')) as Array<Record<string, unknown>>;
		expect(owners).toEqual([
			expect.objectContaining({ id: 'handbook-maintainers', example: true }),
		]);
		expect(result.report.defaultOwnerPages).toEqual([
			'guides/deploy.md',
			'guides/setup.md',
			'intro.md',
		]);
		expect(formatReport(result.report)).toContain(
			'3 page(s) name no owner and got the default owner: guides/deploy.md, guides/setup.md, intro.md',
		);
	});
});

describe('import from Starlight', () => {
	const result = run('starlight');

	it('maps sidebar.order and lastUpdated', () => {
		expect(result.chapter('en/guides/example.md').data).toMatchObject({
			title: 'Example guide',
			description: 'A guide in the guides folder.',
			order: 2,
			reviewed: '2025-02-03',
		});
	});

	it('resolves links the way folder URLs do (`../other/` from `guides/example/`)', () => {
		const body = result.chapter('en/guides/example.md').body;
		expect(body).toContain('[FAQ](../../reference/faq/)');
		expect(body).toContain('[other guide](../../guides/other/)');
	});

	it('leaves MDX pages out, saying why', () => {
		expect(result.report.notConverted).toEqual([
			{
				path: 'reference/components.mdx',
				reason: 'MDX page: its imports and components belong to another tool; convert it by hand',
			},
		]);
	});
});

describe('import from MkDocs', () => {
	const result = run('mkdocs/docs');

	it('orders and names pages by mkdocs.yml nav, titles others by their first heading', () => {
		expect(result.chapter('en/overview.md').data).toMatchObject({ title: 'Home', order: 1 });
		expect(result.chapter('en/setup.md').data).toMatchObject({ title: 'Setting up', order: 2 });
		expect(result.chapter('en/usage.md').data).toMatchObject({ title: 'Daily use', order: 3 });
	});

	it('turns index.md into a chapter and keeps anchors that match a heading', () => {
		const overview = result.chapter('en/overview.md').body;
		expect(overview).toContain('[setup](../setup/)');
		expect(overview).toContain('[daily use](../usage/#daily-routine)');
		expect(result.chapter('en/usage.md').body).toContain('[home page](../overview/)');
	});

	it('titles the handbook from mkdocs.yml, Python tags and all', () => {
		expect(parse(result.read('handbook.yaml')).title).toBe('Team handbook');
	});
});

describe('import from Jekyll', () => {
	const result = run('jekyll');

	it('maps nav_order, parent (as the section) and last_modified_at', () => {
		expect(result.chapter('en/docs/answer-calls.md').data).toMatchObject({
			title: 'Answer calls',
			order: 2,
			section: 'Support',
			reviewed: '2024-05-06',
		});
	});

	it('finds pages by their permalink', () => {
		expect(result.chapter('en/docs/escalate.md').body).toContain(
			'[answering](../../docs/answer-calls/)',
		);
	});

	it('leaves pages with Liquid tags and includes out', () => {
		expect(result.report.notConverted.map((each) => each.path)).toEqual([
			'_includes/note.md',
			'docs/with-include.md',
		]);
		expect(result.report.notConverted[1]!.reason).toBe(
			'7:1: a Liquid tag `{% %}` (a Jekyll include or tag)',
		);
		expect(existsSync(join(result.target, 'en/docs/with-include.md'))).toBe(false);
	});
});

describe('import from Hugo', () => {
	const result = run('hugo/content');

	it('reads TOML frontmatter and turns _index.md into the folder’s chapter', () => {
		expect(result.chapter('en/docs.md').data).toMatchObject({
			title: 'Documentation',
			description: 'All the docs.',
			order: 1,
		});
	});

	it('maps weight and lastmod, and keeps shortcodes shown in code', () => {
		const page = result.chapter('en/docs/page.md');
		expect(page.data).toMatchObject({ order: 3, reviewed: '2024-02-02' });
		expect(page.body).toContain('{{< figure src="x.png" >}}');
		expect(page.body).toContain('[the docs](../../docs/)');
	});

	it('leaves pages with shortcodes out', () => {
		expect(result.report.notConverted).toEqual([
			{ path: 'docs/shortcode.md', reason: '5:1: a Hugo shortcode `{{< >}}`' },
		]);
	});
});

describe('import into an existing handbook', () => {
	const handbook = join(scratch, 'existing');
	mkdirSync(join(handbook, 'en/manual'), { recursive: true });
	writeFileSync(join(handbook, 'handbook.yaml'), 'title: Ours\nlocales: [ja]\n');
	const owners =
		'# Our owners\n- id: ops\n  name: Ops\n  team: Ops\n  contact: slack:#ops-support\n';
	writeFileSync(join(handbook, 'owners.yaml'), owners);
	writeFileSync(join(handbook, 'en/manual/restart.md'), 'our own text\n');
	const result = run('techdocs/source', {}, handbook);

	it('keeps handbook.yaml and says when its locales lack the imported one', () => {
		expect(readFileSync(join(handbook, 'handbook.yaml'), 'utf8')).toBe(
			'title: Ours\nlocales: [ja]\n',
		);
		expect(result.report.handbookFile).toEqual([
			'handbook.yaml kept as it was',
			'its `locales` lack `en`: add it, or the build ignores the imported chapters',
			'owners use slack: handles: make sure `chatLinks` gives the link that opens them',
			'images from other sites: https://status.example.org (1 image(s)); allow their origins in `remoteImageOrigins` or copy the images into the handbook',
		]);
	});

	it('reuses an owner with the same contact and keeps the file as written', () => {
		const text = result.read('owners.yaml');
		expect(text.startsWith(owners)).toBe(true);
		expect(result.chapter('en/manual/alerts.md').data.owner).toBe('ops');
		expect(result.report.ownersAdded.map((owner) => owner.id)).toEqual(['jane-doe']);
	});

	it('adds nothing twice when run again', () => {
		const before = result.read('owners.yaml');
		const again = run('techdocs/source', {}, handbook);
		expect(again.report.ownersAdded).toEqual([]);
		expect(again.report.converted.map((page) => page.kept)).toEqual([true, true, true, true]);
		expect(again.read('owners.yaml')).toBe(before);
	});

	it('never overwrites a chapter that is already there', () => {
		expect(result.read('en/manual/restart.md')).toBe('our own text\n');
		expect(
			result.report.converted.find((page) => page.target === 'en/manual/restart.md')?.kept,
		).toBe(true);
	});
});

describe('import helpers', () => {
	it('keeps URLs sensible: a folder page keeps the folder URL, the site’s own page names move aside', () => {
		const placed = destinations(
			[
				'guide.md',
				'guide/index.md',
				'index.md',
				'review.md',
				'changes/a.md',
				'team/README.md',
				'team/overview.md',
			],
			'en',
		);
		expect([...placed.values()].map((each) => each.path)).toEqual([
			'en/guide.md',
			'en/guide/overview.md',
			'en/overview.md',
			'en/review-page.md',
			'en/changes-pages/a.md',
			'en/team.md',
			'en/team/overview.md',
		]);
		expect(placed.get('guide/index.md')?.renamed).toBe(
			"`index.md` is its folder's own page: it becomes the folder's overview",
		);
	});

	it('lists sections in source order, a folder titled by its own page, a section field by its text', () => {
		const chapter = (
			slug: string,
			section?: { id: string; title?: string },
			folderPageOf?: string,
		) => ({
			slug,
			title: slug.toUpperCase(),
			section,
			folderPageOf,
		});
		expect(
			sectionsOf([
				chapter('intro'),
				chapter('search/how', { id: 'Search on GOV.UK', title: 'Search on GOV.UK' }),
				chapter('k8s/setup', { id: 'k8s' }),
				chapter('k8s/overview', { id: 'k8s' }, 'k8s'),
				chapter('misc/a', { id: 'misc' }),
			]),
		).toEqual([
			{ id: 'Search on GOV.UK', title: 'Search on GOV.UK' },
			{ id: 'k8s', title: 'K8S/OVERVIEW' },
			{ id: 'misc' },
		]);
	});

	it('writes one section for a section field and a folder that the catalogue places together', () => {
		const source = join(scratch, 'section-source');
		mkdirSync(join(source, 'ops'), { recursive: true });
		writeFileSync(join(source, 'ops/alerts.md'), '---\ntitle: Alerts\n---\n\nText.\n');
		writeFileSync(join(source, 'rota.md'), '---\ntitle: Rota\nsection: Ops\n---\n\nText.\n');
		const handbook = join(scratch, 'section-handbook');
		importHandbook({ source, handbook, locale: 'en' });
		const config = HandbookConfigSchema.parse(
			parse(readFileSync(join(handbook, 'handbook.yaml'), 'utf8')),
		);
		expect(config.sections).toEqual([{ id: 'ops', title: 'Ops' }]);
	});

	it('refuses a <pre> block whose markup the old site rendered, and drops a stray closing tag', () => {
		expect(() => parsePage('Text.\n\n<pre>\n<span class="x">code</span>\n</pre>\n')).toThrow(
			'3:1: raw HTML `<pre>` that a chapter does not show',
		);
		const stray = parsePage('Text.\n\n</pre>\n');
		expect(stray.conversions).toEqual({
			edits: [{ start: 7, end: 13, text: '' }],
			changes: ['3:1: removed `</pre>`, a closing tag that closes nothing'],
		});
		const ok = parsePage('<pre>a &lt; b</pre>\n');
		expect(rawHtmlEdits(ok.tree).edits).toEqual([{ start: 0, end: 19, text: '```\na < b\n```' }]);
	});

	it('reads a frontmatter key written twice as its last value, as Ruby and Go tools do', () => {
		expect(parsePage('---\ntitle: First\ntitle: Second\n---\n\nText.\n').data.title).toBe('Second');
	});

	it('reads the dates tools write', () => {
		expect(calendarDate('2024-02-02T04:14:54-08:00')).toBe('2024-02-02');
		expect(calendarDate('2024-05-06 10:00:00 +0100')).toBe('2024-05-06');
		expect(calendarDate(new Date('2023-01-01T00:00:00Z'))).toBe('2023-01-01');
		expect(calendarDate('2025-02-30')).toBeUndefined();
		expect(calendarDate(true)).toBeUndefined();
	});

	it('turns each way of naming an owner into an owners.yaml entry', () => {
		expect(ownerFromSource('#ops-support')).toMatchObject({
			id: 'ops-support',
			contact: 'slack:#ops-support',
		});
		expect(ownerFromSource('teams:#Legal Team')).toMatchObject({
			id: 'legal-team',
			contact: 'teams:#Legal Team',
		});
		expect(ownerFromSource('pr@example.com')).toMatchObject({
			id: 'pr',
			team: 'example.com',
			contact: 'pr@example.com',
		});
		expect(ownerFromSource('https://intranet.example.com/teams/legal')).toMatchObject({
			id: 'legal',
			team: 'intranet.example.com',
			contact: 'https://intranet.example.com/teams/legal',
		});
		expect(ownerFromSource('Jane Doe')).toMatchObject({ id: 'jane-doe', example: true });
	});

	it('reports review_in it cannot read as dropped rather than guessing', () => {
		const fields = mapFields({ title: 'x', review_in: 'sometimes', weight: '4' });
		expect(fields.reviewEvery).toBeUndefined();
		expect(fields.order).toEqual({ value: 4, from: 'weight' });
		expect(fields.dropped).toEqual(['review_in']);
	});
});

describe('npm run import', () => {
	const cli = (...args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], { encoding: 'utf8' });

	it('prints its usage on wrong arguments and exits 2', () => {
		for (const args of [[], ['only-one'], ['a', 'b', '--locale', 'fr'], ['a', 'b', '--bogus']]) {
			const result = cli(...args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toContain('Usage: npm run import --');
		}
		const missing = cli(join(scratch, 'no-such-folder'), join(scratch, 'out'));
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('expected a folder');
	});

	it('exits 1 when the source holds nothing it could convert', () => {
		const empty = join(scratch, 'empty-source');
		cpSync(join(FIXTURES, 'hugo/content/docs/shortcode.md'), join(empty, 'shortcode.md'));
		const result = cli(empty, join(scratch, 'empty-out'));
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('shortcode.md: 5:1: a Hugo shortcode');
		expect(result.stderr).toContain('nothing imported');
	});

	it('exits 0 and prints the report when pages were converted', () => {
		const result = cli(join(FIXTURES, 'mkdocs/docs'), join(scratch, 'cli-out'), '--locale', 'en');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('3 page(s) found, 3 converted');
	});
});

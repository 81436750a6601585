import { describe, expect, it } from 'vitest';
import { buildHandbook, handbookWith, scratchFolder } from './bad-input-corpus.ts';

// A file of its own, apart from the other bad-input builds: at about 30 s of CPU (Pagefind reads
// 5 MB of Japanese), it is the longest build of the suite, and test files run side by side.
const scratch = scratchFolder();

describe('a build given unusual but valid input', () => {
	// One build for both: each is a full build, and neither gets in the other's way.
	it('builds a file name with spaces and Japanese into a readable URL, and a 5 MB chapter', () => {
		const paragraph = '本文の段落です。長い章でも読み込めることを確かめます。'.repeat(40);
		const body = Array.from(
			{ length: 1600 },
			(_, index) => `## 節 ${index + 1}\n\n${paragraph}\n`,
		).join('\n');
		const chapter = `---\ntitle: とても長い章\ndescription: 5 MB の章\nowner: social-media-lead\nreviewed: 2026-09-01\n---\n\n${body}`;
		expect(Buffer.byteLength(chapter)).toBeGreaterThan(5_000_000);
		const result = buildHandbook(
			handbookWith(scratch, ['japanese-file-name'], { 'ja/09-huge.mdx': chapter }),
		);
		expect(result.status, result.output.slice(-2000)).toBe(0);
		expect(result.exists('社内-ルール-一覧/index.html')).toBe(true);
		expect(result.read('huge/index.html')).toContain('節 1600');
	});
});

/**
 * Reads the readings of the handbook's kanji nouns in a process of its own, beside the search
 * index (see `search-index.ts`): kuromoji's dictionary takes some 150 MB, which the build's own
 * process, already the largest, never holds. It is sent the chapters' texts and sends back
 * `kanjiReadings` of them.
 */
import type { LocaleText } from '../search/spelling/handbook-words.ts';
import { kanjiReadings } from '../search/spelling/kanji-readings.ts';

if (process.send) {
	process.once('message', async (texts: LocaleText[]) => {
		process.send!(await kanjiReadings(texts));
		process.disconnect();
	});
}

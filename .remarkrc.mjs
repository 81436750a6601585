// The same rules, severities and "today" as `npm run lint` and the build, so that `npx remark
// content --frail` and remark editor extensions show writers the same messages.
import { loadHandbook } from './src/config/load-handbook.ts';
import { createHandbookPreset } from './src/lint/preset.ts';

const handbook = loadHandbook();

export default {
	plugins: [createHandbookPreset({ severities: handbook.config.lint })],
};

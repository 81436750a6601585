// The same rules, severities and "today" as `npm run lint` and the build, so that `npx remark
// content --frail` and remark editor extensions show writers the same messages.
import { createBuildContext } from './src/handbook/context.ts';
import { createHandbookPreset } from './src/lint/preset.ts';

// "Today" is left to the rules, which ask the clock on every run: editors stay open past midnight.
const { handbook } = createBuildContext();

export default {
	plugins: [createHandbookPreset({ severities: handbook.config.lint })],
};

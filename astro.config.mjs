// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { resolveHandbookDir } from './src/handbook/context.ts';
import handbook, { handbookBuildEnv } from './src/integration/index.ts';
import { chapterProcessor } from './src/markdown/processor.ts';

// The handbook itself (title, base path, locales, owners…) is configured in
// `content/handbook.yaml`. The environment (`HANDBOOK_DIR`, `HANDBOOK_OUT_DIR`, …) is read here,
// once, and handed to the integration.
const env = handbookBuildEnv();

export default defineConfig({
	// Absolute, so that a build run with another project folder (`astro build --root`, as the
	// tests do to build side by side) still finds the handbook's pages and public files.
	srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
	publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
	outDir: env.outDir ?? './dist',
	build: {
		format: 'directory',
		// Stylesheets stay files: cacheable offline and allowed by a Content-Security-Policy
		// without 'unsafe-inline'.
		inlineStylesheets: 'never',
		// Pages render while earlier ones are written out: a large handbook builds faster.
		concurrency: 4,
	},
	// `optimize` renders the static parts of chapters as HTML instead of trees of JSX nodes, which is
	// most of a chapter; the handbook's own components (<Callout>) still render as components.
	integrations: [handbook({ env }), mdx({ optimize: true })],
	// Prism marks code with classes that the site's stylesheet colours; Shiki's inline `style`
	// attributes would be blocked by the Content-Security-Policy.
	// The processor and its features live in src/markdown/, where lint reads them too: lint parses
	// each chapter exactly as the build compiles it, `.md` and `.mdx` alike.
	markdown: { syntaxHighlight: 'prism', processor: chapterProcessor(resolveHandbookDir(env)) },
	// Never inline a small script or asset into the page: inline code needs its hash in every
	// Content-Security-Policy, including a server's header, which cannot know it.
	vite: { build: { assetsInlineLimit: 0 } },
	// No telemetry and no font or image services: the site must not talk to other hosts.
	devToolbar: { enabled: false },
});

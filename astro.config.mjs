// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import handbook from './src/integration/index.ts';

// The handbook itself (title, base path, locales, owners…) is configured in
// `content/handbook.yaml`; `HANDBOOK_DIR` points the generator at another handbook folder.
export default defineConfig({
	outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
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
	integrations: [handbook(), mdx({ optimize: true })],
	// Prism marks code with classes that the site's stylesheet colours; Shiki's inline `style`
	// attributes would be blocked by the Content-Security-Policy.
	markdown: { syntaxHighlight: 'prism' },
	// Never inline a small script or asset into the page: inline code needs its hash in every
	// Content-Security-Policy, including a server's header, which cannot know it.
	vite: { build: { assetsInlineLimit: 0 } },
	// No telemetry and no font or image services: the site must not talk to other hosts.
	devToolbar: { enabled: false },
});

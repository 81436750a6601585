import { relative, resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import type { BuildContext } from '../handbook/context.ts';
import { lintHandbookChapters } from '../lint/lint-files.ts';

/** The first error of a lint run, as Vite's error overlay shows it: message, file, line, column. */
function overlayError(files: readonly VFile[], report: string) {
	for (const file of files) {
		const message = file.messages.find((each) => each.fatal);
		if (!message) continue;
		const path = resolve(file.path);
		return {
			message: `${relative(process.cwd(), path)}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`,
			stack: report,
			id: path,
			frame: '',
			plugin: 'handbook:lint',
			loc: { file: path, line: message.line ?? 1, column: message.column ?? 1 },
		};
	}
	return undefined;
}

/**
 * Lints the chapters while `astro dev` runs: once at start and after every change under the
 * handbook folder. Problems go to the terminal and, for errors, to the browser's error overlay
 * with file and line; the page reloads once the chapters are fixed, without restarting the server.
 */
export function devLintPlugin(context: BuildContext, logger: AstroIntegrationLogger): Plugin {
	const { handbook } = context;
	let hadErrors = false;
	let running: Promise<void> = Promise.resolve();

	const check = async (server: ViteDevServer) => {
		const { files, errors, warnings } = await lintHandbookChapters(handbook, {
			today: context.today,
		});
		const report = reporter(files, { quiet: true, color: false });
		if (errors > 0) logger.error(`Chapters have problems:\n${report}`);
		else if (warnings > 0) logger.warn(`Chapters have warnings:\n${report}`);
		const error = overlayError(files, report);
		if (error) {
			hadErrors = true;
			// After Astro's own update for the same change, so that the overlay is not cleared by it.
			setTimeout(() => server.ws.send({ type: 'error', err: error }), 300);
		} else if (hadErrors) {
			hadErrors = false;
			logger.info('Chapters fixed: reloading');
			server.ws.send({ type: 'full-reload' });
		}
	};

	return {
		name: 'handbook:dev-lint',
		apply: 'serve',
		configureServer(server) {
			const dir = resolve(handbook.dir) + sep;
			const onChange = (path: string) => {
				if (!resolve(path).startsWith(dir) || !/\.(mdx?|ya?ml)$/.test(path)) return;
				running = running
					.then(() => check(server))
					.catch((error: unknown) => logger.error(String(error)));
			};
			server.watcher.on('add', onChange);
			server.watcher.on('change', onChange);
			server.watcher.on('unlink', onChange);
			running = check(server);
			// Send the current problems to each browser that connects, e.g. after a reload.
			server.ws.on('connection', () => {
				if (!hadErrors) return;
				running = running.then(() => check(server));
			});
		},
	};
}

import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Serves a built handbook with `astro preview` on localhost for the scripts that measure it in a
 * browser, and resolves once it answers. `env` names the build (HANDBOOK_DIR, HANDBOOK_OUT_DIR);
 * `stop()` ends the server.
 */
export async function startPreview(
	port: number,
	env: NodeJS.ProcessEnv,
): Promise<{ url: string; stop: () => void }> {
	const server = spawn(
		process.execPath,
		[ASTRO, 'preview', '--port', String(port), '--ignore-lock'],
		{
			cwd: ROOT,
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: 'ignore',
		},
	);
	const url = `http://localhost:${port}/`;
	for (let attempt = 0; attempt < 150; attempt++) {
		if ((await fetch(url).catch(() => undefined))?.ok) return { url, stop: () => server.kill() };
		await new Promise((done) => setTimeout(done, 200));
	}
	server.kill();
	throw new Error(`astro preview did not answer on ${url} within 30 s`);
}

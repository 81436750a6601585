import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	cpSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * The nginx configuration README.md gives under "### nginx", exactly as written there: the one
 * ```nginx block of that section.
 */
export function readmeNginxConfig(readme: string): string {
	const section = readme.slice(readme.indexOf('\n### nginx\n'));
	const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
	if (!block) throw new Error('README.md has no ```nginx block under "### nginx"');
	return block;
}

/** Replaces `from` in `text`, which must appear exactly once. */
function replaceOnce(text: string, from: string, to: string): string {
	const parts = text.split(from);
	if (parts.length !== 2) {
		throw new Error(
			`Expected "${from}" once in README.md's nginx configuration, found ${parts.length - 1}`,
		);
	}
	return parts.join(to);
}

/**
 * A real nginx serving a built site with README.md's configuration, on 127.0.0.1 only, with its
 * pid, logs and temporary files in a folder of its own: nothing under /var or /etc is touched, and
 * no root privileges are needed. Only the listening address and the site folder are changed from
 * the README; both must appear there exactly once.
 */
export class NginxServer {
	readonly origin: string;
	/** Made when the server starts: loading the test file alone must leave nothing behind. */
	private dir = '';
	private process: ChildProcess | undefined;

	private readonly options: { readme: string; siteDir: string; base: string; port: number };

	constructor(options: { readme: string; siteDir: string; base: string; port: number }) {
		this.options = options;
		this.origin = `http://127.0.0.1:${options.port}`;
	}

	/** The whole nginx.conf: README's file inside an `http {}` block, as nginx's own includes it. */
	config(): string {
		let handbook = readmeNginxConfig(this.options.readme);
		handbook = replaceOnce(handbook, 'listen 80;', `listen 127.0.0.1:${this.options.port};`);
		handbook = replaceOnce(handbook, 'root /srv/www;', `root ${join(this.dir, 'www')};`);
		const here = (name: string) => join(this.dir, name);
		return [
			'worker_processes 1;',
			`pid ${here('nginx.pid')};`,
			`error_log ${here('error.log')} notice;`,
			'events { worker_connections 64; }',
			'http {',
			`    access_log ${here('access.log')};`,
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(kind) => `    ${kind}_temp_path ${here(`${kind}-temp`)};`,
			),
			handbook,
			'}',
			'',
		].join('\n');
	}

	/** Writes the configuration, checks it with `nginx -t` and starts nginx in the foreground. */
	async start(): Promise<void> {
		this.dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
		// Workers may run as another user (nobody) when the tests run as root: let them read.
		chmodSync(this.dir, 0o755);
		mkdirSync(join(this.dir, 'www', ...this.options.base.split('/').filter(Boolean).slice(0, -1)), {
			recursive: true,
		});
		// A copy, not a link: nginx's workers (nobody, when the tests run as root) must be able to
		// reach every folder on the way, and the checkout may sit below a private one.
		cpSync(this.options.siteDir, join(this.dir, 'www', this.options.base.replace(/\/$/, '')), {
			recursive: true,
		});
		// `include mime.types;` is relative to the configuration file, as in /etc/nginx/.
		copyFileSync('/etc/nginx/mime.types', join(this.dir, 'mime.types'));
		writeFileSync(join(this.dir, 'nginx.conf'), this.config());
		// -e: nginx opens its compiled-in error log (/var/log/nginx/) before reading any config.
		const args = [
			'-p',
			`${this.dir}/`,
			'-e',
			join(this.dir, 'error.log'),
			'-c',
			join(this.dir, 'nginx.conf'),
		];
		const test = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8', timeout: 30_000 });
		if (test.error) {
			throw new Error(
				`Cannot run ${NGINX} (${test.error.message}): apt-get install nginx, or set NGINX_PATH`,
			);
		}
		// A warning (a duplicate MIME type, a directive in the wrong place) is a fault of the README.
		if (test.status !== 0 || /\[(warn|emerg|alert|crit)\]/.test(test.stderr)) {
			throw new Error(`nginx -t did not accept README.md's configuration:\n${test.stderr}`);
		}
		this.process = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
		for (let attempt = 0; attempt < 100; attempt++) {
			if (this.process.exitCode !== null) break;
			if (
				await fetch(`${this.origin}${this.options.base}`).then(
					() => true,
					() => false,
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`nginx did not start:\n${this.log()}`);
	}

	/** What nginx wrote to its error log: warnings about the configuration land here. */
	log(): string {
		try {
			return readFileSync(join(this.dir, 'error.log'), 'utf8');
		} catch {
			return '';
		}
	}

	/** Stops nginx (the process this server started, by its pid) and removes its folder. */
	async stop(): Promise<void> {
		const running = this.process;
		this.process = undefined;
		if (running && running.exitCode === null) {
			const exited = new Promise((resolve) => running.once('exit', resolve));
			running.kill('SIGQUIT');
			await exited;
		}
		if (this.dir) rmSync(this.dir, { recursive: true, force: true });
	}
}

import { fork, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs a worker module in a Node process of its own beside the build, so that the build's process,
 * already the largest, never holds the worker's memory, and resolves with the first message it
 * sends back. `args` go on its command line; `input`, if any, is sent to it as a message. A build
 * that stops for another reason takes the process with it; a process that stops before it answers
 * rejects, naming `what` it was.
 */
export function inOwnProcess<Result>(
	module: URL,
	what: string,
	{ args = [], input }: { args?: string[]; input?: Serializable } = {},
): Promise<Result> {
	return new Promise((resolve, reject) => {
		const worker = fork(fileURLToPath(module), args);
		const stop = () => worker.kill();
		process.once('exit', stop);
		worker.once('message', (message) => resolve(message as Result));
		worker.once('error', reject);
		worker.once('exit', (code, signal) => {
			process.off('exit', stop);
			reject(new Error(`the ${what} process stopped (${signal ?? `exit code ${code}`})`));
		});
		if (input !== undefined) worker.send(input);
	});
}

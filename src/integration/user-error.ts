/**
 * Whether the writer asked for internals: `--verbose` or a `DEBUG` variable. Otherwise errors
 * about their own input are shown as the message alone, without a stack trace.
 */
export function wantsStackTraces(): boolean {
	return Boolean(process.env.DEBUG) || process.argv.includes('--verbose');
}

/** Marks an error caused by the handbook's own files: Astro prints its message, and no stack. */
export function asInputError<T extends Error>(error: T): T {
	if (wantsStackTraces()) return error;
	error.stack = '';
	// Astro reports the first of an error's `errors` when it has them: quiet those too.
	const nested = (error as { errors?: unknown }).errors;
	if (Array.isArray(nested)) {
		for (const each of nested) if (each instanceof Error) each.stack = '';
	}
	return error;
}

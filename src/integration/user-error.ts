/**
 * Marks an error caused by the handbook's own files: Astro prints its message, and no stack.
 * `verbose` (`DEBUG` set or `--verbose`, from the build context) keeps the stack for those who
 * asked for internals.
 */
export function asInputError<T extends Error>(error: T, verbose: boolean): T {
	if (verbose) return error;
	error.stack = '';
	// Astro reports the first of an error's `errors` when it has them: quiet those too.
	const nested = (error as { errors?: unknown }).errors;
	if (Array.isArray(nested)) {
		for (const each of nested) if (each instanceof Error) each.stack = '';
	}
	return error;
}

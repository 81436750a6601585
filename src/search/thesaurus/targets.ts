/** The handbook terms an everyday word maps to, always as a list (`thesaurus.yaml` allows one or many). */
export function targetsOf(value: string | readonly string[]): readonly string[] {
	return typeof value === 'string' ? [value] : value;
}

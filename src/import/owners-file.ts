/**
 * The handbook's `owners.yaml` as the importer extends it: owners already there are kept with
 * their comments, new ones are appended, and each source owner maps to one id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { Owner } from '../config/owners.ts';

/** An owner entry as the importer writes it. */
export type OwnerInput = Pick<Owner, 'id' | 'name' | 'team' | 'contact' | 'example'>;

/** The registry being extended. */
export class OwnersFile {
	readonly #document: Document;
	readonly #ids = new Set<string>();
	/** Source owner (as written) → id. */
	readonly #bySource = new Map<string, string>();
	/** Contact of each owner already in the file → id: `slack:#ops` names the same owner. */
	readonly #byContact = new Map<string, string>();
	/** Owners this import adds, in the order met. */
	readonly added: OwnerInput[] = [];
	/** Whether the file existed before the import. */
	readonly existed: boolean;

	constructor(path: string) {
		this.existed = existsSync(path);
		this.#document = this.existed ? parseDocument(readFileSync(path, 'utf8')) : new Document([]);
		const list = this.#document.contents;
		if (!isSeq(list)) {
			throw new Error(
				`${path}:1:1: Unexpected owners file that is not a list, expected a list of owners`,
			);
		}
		for (const item of list.items) {
			const id = isMap(item) ? item.get('id') : undefined;
			const contact = isMap(item) ? item.get('contact') : undefined;
			if (typeof id !== 'string') continue;
			this.#ids.add(id);
			if (typeof contact === 'string') this.#byContact.set(contact, id);
		}
	}

	/**
	 * The id of the owner a page names: an id the registry has already, an owner there with the
	 * same contact, the owner added for the same source text before, or a new entry (`entry` for
	 * `written`) under a free id.
	 */
	idFor(written: string, entry: OwnerInput): string {
		if (this.#ids.has(written)) return written;
		const known =
			this.#bySource.get(written) ??
			(entry.example ? undefined : this.#byContact.get(entry.contact));
		if (known) return known;
		let id = entry.id;
		for (let count = 2; this.#ids.has(id); count++) id = `${entry.id}-${count}`;
		this.#ids.add(id);
		this.#bySource.set(written, id);
		const owner = { ...entry, id };
		this.added.push(owner);
		this.#document.addIn([], this.#document.createNode(owner));
		return id;
	}

	/** The file's text with the added owners. */
	toString(): string {
		return this.#document.toString({ lineWidth: 0 });
	}
}

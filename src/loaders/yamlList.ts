/** A loader for a YAML list of records with ids, which fails on bad data instead of skipping it. */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Checks the shape every list loader needs before the schema runs: a list of records whose `idField`
 * holds a distinct string, which becomes the entry's id.
 */
export function parseYamlList(text: string, file: string, idField = 'id'): Array<Record<string, unknown> & { id: string }> {
	let data: unknown;
	try {
		data = parse(text, { prettyErrors: true });
	} catch (cause) {
		throw new Error(`${file}: not valid YAML: ${(cause as Error).message}`, { cause });
	}
	if (!Array.isArray(data)) {
		throw new Error(`${file}: expected a list of entries (each starting with "- id: …"), found ${data === null ? 'nothing' : typeof data}`);
	}
	const seen = new Map<string, number>();
	return data.map((entry: unknown, index) => {
		const where = `${file}: entry ${index + 1}`;
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new Error(`${where}: expected a record of fields, found ${JSON.stringify(entry)}`);
		}
		const id = (entry as Record<string, unknown>)[idField];
		if (typeof id !== 'string' || id.trim() === '') {
			throw new Error(`${where}: field "${idField}" is missing; expected a unique string`);
		}
		const first = seen.get(id);
		if (first !== undefined) {
			throw new Error(`${where} ("${id}"): field "${idField}" repeats the value of entry ${first}; expected every entry's ${idField} to be unique`);
		}
		seen.set(id, index + 1);
		return { ...(entry as Record<string, unknown>), id };
	});
}

export function yamlListLoader(file: string): Loader {
	return {
		name: 'yaml-list-loader',
		async load({ store, parseData, config, watcher, logger }) {
			const url = new URL(file, config.root);
			const sync = async () => {
				const entries = parseYamlList(readFileSync(url, 'utf8'), file);
				const parsed = await Promise.all(entries.map((data) => parseData({ id: data.id, data, filePath: file })));
				store.clear();
				parsed.forEach((data, i) => store.set({ id: entries[i]!.id, data, filePath: file }));
			};
			await sync();
			watcher?.add(url.pathname);
			watcher?.on('change', async (changed) => {
				if (changed !== url.pathname) return;
				logger.info(`Reloading ${file}`);
				await sync();
			});
		},
	};
}

/** A loader for a YAML list of records with ids, which fails on bad data, at its line, instead of skipping it. */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { watchedLoader } from './watchedLoader.ts';

/** One entry of a YAML list, with the line and column of the entry and of each of its fields. */
export interface YamlListEntry {
	id: string;
	/** The fields as written. */
	data: Record<string, unknown>;
	line: number;
	/** Where a field (by its path, `sources.1.quote`) is written; the entry's own line when it is absent. */
	lineOf(path: ReadonlyArray<PropertyKey>): { line: number; column: number };
}

/**
 * Checks the shape every list loader needs before the schema runs: a list of records whose `idField`
 * holds a distinct string, which becomes the entry's id. Lines come from the YAML parser's own positions.
 */
export function readYamlList(text: string, file: string, idField = 'id'): YamlListEntry[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: true });
	if (document.errors.length > 0) {
		const error = document.errors[0]!;
		const at = error.linePos?.[0];
		throw new Error(`${file}:${at?.line ?? 1}:${at?.col ?? 1}  not valid YAML: ${error.message.split('\n')[0]}`);
	}
	const data: unknown = document.toJS();
	if (!Array.isArray(data)) {
		throw new Error(`${file}:1:1  expected a list of entries (each starting with "- ${idField}: …"), found ${data === null || data === undefined ? 'nothing' : typeof data}`);
	}
	const position = (offset: number | undefined) => {
		const { line, col } = lineCounter.linePos(offset ?? 0);
		return { line, column: col };
	};
	const seen = new Map<string, number>();
	return data.map((entry: unknown, index) => {
		const node = document.getIn([index], true) as { range?: [number, number] } | undefined;
		const entryAt = position(node?.range?.[0]);
		const where = `${file}:${entryAt.line}:${entryAt.column}  entry ${index + 1}`;
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
		const lineOf = (path: ReadonlyArray<PropertyKey>) => {
			// The deepest step of the path that is written: a field's key, or an item of a list; a missing field points at the record that lacks it.
			for (let depth = path.length; depth > 0; depth -= 1) {
				const parent = document.getIn([index, ...path.slice(0, depth - 1)] as Array<string | number>, true);
				const step = path[depth - 1];
				const node = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === step)?.key : isSeq(parent) ? parent.items[Number(step)] : undefined;
				const start = (node as { range?: [number, number] } | undefined)?.range?.[0];
				if (start !== undefined) return position(start);
			}
			return entryAt;
		};
		return { id, data: entry as Record<string, unknown>, line: entryAt.line, lineOf };
	});
}

/** The entries of a YAML list, as `readYamlList` reads them, without positions. */
export function parseYamlList(text: string, file: string, idField = 'id'): Array<Record<string, unknown> & { id: string }> {
	return readYamlList(text, file, idField).map((entry) => ({ ...entry.data, id: entry.id }));
}

/**
 * Validates every entry against `schema` first, so an error names the file, the line of the field, the
 * entry and what was expected (Astro's own check cannot know the line of an entry in a list). All problems
 * are reported at once.
 */
export function validateYamlList<S extends z.ZodType>(entries: readonly YamlListEntry[], schema: S, file: string, what: string): void {
	const problems = entries.flatMap((entry) => {
		const result = schema.safeParse(entry.data);
		if (result.success) return [];
		return result.error.issues.map((issue) => {
			const at = entry.lineOf(issue.path);
			const field = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the entry';
			return `${file}:${at.line}:${at.column}  ${what} "${entry.id}", ${field}: ${issue.message}`;
		});
	});
	if (problems.length > 0) throw new Error(`${problems.length} invalid ${what}${problems.length === 1 ? '' : ' entries'} in ${file}:\n${problems.join('\n')}`);
}

/** A collection from a YAML list file; `schema` is validated here with line numbers before Astro validates it again. */
export function yamlListLoader(file: string, options: { idField?: string; schema: z.ZodType; what: string }): Loader {
	const { idField = 'id', schema, what } = options;
	return watchedLoader('yaml-list-loader', [file], async ({ store, parseData, config }) => {
		const entries = readYamlList(readFileSync(new URL(file, config.root), 'utf8'), file, idField);
		validateYamlList(entries, schema, file, what);
		const parsed = await Promise.all(entries.map(({ id, data }) => parseData({ id, data, filePath: file })));
		store.clear();
		parsed.forEach((data, i) => store.set({ id: entries[i]!.id, data, filePath: file }));
	});
}

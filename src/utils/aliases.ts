/** The anchor aliases of src/content/anchor-aliases.yaml, read once per build and validated. */
import { readFileSync } from 'node:fs';
import { withoutBase } from './basePath.ts';
import { parseYamlList } from '../loaders/yamlList.ts';
import { ALIASES_FILE } from '../files.ts';
import { anchorAliasSchema } from '../schemas/anchorAlias.ts';

// Not a content collection: Astro warns on every query of an empty collection, and no aliases is the usual state.
let aliases: Array<{ from: string; to: string }> | undefined;

function readAliases(): Array<{ from: string; to: string }> {
	aliases ??= parseYamlList(readFileSync(ALIASES_FILE, 'utf8'), ALIASES_FILE, 'from').map(({ id: _, ...entry }, index) => {
		const result = anchorAliasSchema.safeParse(entry);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new Error(`${ALIASES_FILE}: entry ${index + 1}: field "${issue.path.join('.') || 'from'}": ${issue.message}`);
		}
		return result.data;
	});
	return aliases;
}

/** The old ids that must still land on section `id` of the page at `pathname` (which includes the base). */
export function aliasesOf(pathname: string, id: string): string[] {
	const target = `${withoutBase(pathname)}#${id}`;
	return readAliases()
		.filter((alias) => alias.to === target)
		.map((alias) => alias.from.split('#')[1]!);
}

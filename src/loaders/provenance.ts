/** The `provenance` collection: derives, once, what cites each block and source, and stops the build when a citation does not hold (coverage included: an uncited block is a problem). */
import type { Loader } from 'astro/loaders';
import { provenanceId } from '../schemas/provenance.ts';
import { PROVENANCE_INPUTS, provenanceErrorMessage, readSiteProvenance } from './siteContent.ts';

export function provenanceLoader(): Loader {
	return {
		name: 'provenance-loader',
		async load({ store, parseData, config, watcher, logger }) {
			const sync = async () => {
				const provenance = readSiteProvenance(config.root);
				if (provenance.problems.length > 0) {
					// In development (where there is a watcher) a broken citation is reported but does not stop the server an editor is fixing it in.
					if (!watcher) throw new Error(provenanceErrorMessage(provenance.problems));
					logger.warn(provenanceErrorMessage(provenance.problems));
				}
				const entries = [
					...[...provenance.citedBy].map(([block, citedBy]) => ({ id: provenanceId.block(block), data: { kind: 'block', block, citedBy } })),
					...[...provenance.sourceUses].map(([source, use]) => ({ id: provenanceId.source(source), data: { kind: 'source', source, ...use } })),
				];
				const parsed = await Promise.all(entries.map(({ id, data }) => parseData({ id, data: data as Record<string, unknown> })));
				store.clear();
				parsed.forEach((data, i) => store.set({ id: entries[i]!.id, data }));
				logger.info(`${provenance.citationCount} citations hold; ${provenance.blocks.length - provenance.uncited.length}/${provenance.blocks.length} blocks of the article are cited`);
			};
			await sync();
			const inputs = PROVENANCE_INPUTS.map((input) => new URL(input, config.root).pathname);
			for (const input of inputs) watcher?.add(input);
			watcher?.on('all', async (_event, changed) => {
				if (!inputs.some((input) => changed === input || changed.startsWith(`${input}/`))) return;
				try {
					await sync();
				} catch (error) {
					logger.warn((error as Error).message);
				}
			});
		},
	};
}

/** The `provenance` collection: derives, once, what cites each block and source, and stops the build when a citation does not hold (coverage included: an uncited block is a problem). */
import type { Loader } from 'astro/loaders';
import { provenanceId } from '../schemas/provenance.ts';
import { PROVENANCE_INPUTS, provenanceErrorMessage, readSiteProvenance } from './siteContent.ts';
import { watchedLoader } from './watchedLoader.ts';

export function provenanceLoader(): Loader {
	return watchedLoader('provenance-loader', PROVENANCE_INPUTS, async ({ store, parseData, config, watcher, logger }) => {
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
	});
}

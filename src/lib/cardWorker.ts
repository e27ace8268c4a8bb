/**
 * A worker thread that draws link cards (lib/cardPool.ts sends it the text): laying out the text (satori) and encoding
 * the PNG are CPU work on whichever thread calls them, and off the main thread they run while pages render.
 */
import { parentPort } from 'node:worker_threads';
import { type CardText, renderCard } from './card.ts';

export interface CardJob {
	id: number;
	text: CardText;
	/** The folder of the card's font, as an href (a URL cannot cross to a worker). */
	fontDir: string;
}
export type CardDone = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, text, fontDir }: CardJob) => {
	try {
		const png = await renderCard(text, new URL(fontDir));
		// Copied, not transferred: the rasteriser's buffer is native memory, and a card is a few dozen kilobytes.
		parentPort!.postMessage({ id, png } satisfies CardDone);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardDone);
	}
});

/**
 * Draws link cards on worker threads (lib/cardWorker.ts), one fewer than the machine has cores, at least one: the
 * build renders pages on the main thread meanwhile. The workers start on the first card and let the process exit
 * whenever no card is being drawn.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardText } from './card.ts';
import type { CardDone, CardJob } from './cardWorker.ts';

interface PoolWorker {
	worker: Worker;
	pending: Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>;
}

export interface CardPool {
	draw(text: CardText, fontDir: URL): Promise<Uint8Array>;
}

/** A pool of card workers running `workerFile` (lib/cardWorker.ts, wherever the sources are). */
export function cardPool(workerFile: URL, size = Math.max(1, availableParallelism() - 1)): CardPool {
	const workers: PoolWorker[] = [];
	let nextId = 0;

	const start = (): PoolWorker => {
		const worker = new Worker(workerFile);
		const entry: PoolWorker = { worker, pending: new Map() };
		worker.unref();
		worker.on('message', (done: CardDone) => {
			const job = entry.pending.get(done.id);
			entry.pending.delete(done.id);
			if (entry.pending.size === 0) worker.unref();
			if ('error' in done) job?.reject(new Error(`drawing a link card failed: ${done.error}`));
			else job?.resolve(done.png);
		});
		// A worker that dies fails what it was drawing, loudly, and is replaced on the next card.
		worker.on('error', (error) => {
			for (const job of entry.pending.values()) job.reject(new Error(`the link card worker stopped: ${error.message}`));
			entry.pending.clear();
			workers.splice(workers.indexOf(entry), 1);
		});
		workers.push(entry);
		return entry;
	};

	return {
		draw(text, fontDir) {
			// The least busy worker, or a new one while the pool is not full.
			const idle = workers.find((entry) => entry.pending.size === 0);
			const entry = idle ?? (workers.length < size ? start() : workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)));
			const id = nextId++;
			return new Promise<Uint8Array>((resolve, reject) => {
				entry.pending.set(id, { resolve, reject });
				// A card in progress keeps the process alive until it arrives.
				entry.worker.ref();
				entry.worker.postMessage({ id, text, fontDir: fontDir.href } satisfies CardJob);
			});
		},
	};
}

// A thread of the page-files step (see pageFiles.ts): writes the files of its share of the pages and reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFilesOf } from './pageFiles.ts';

const { dir, base, pages, cacheDir } = workerData as { dir: string; base: string; pages: string[]; cacheDir?: string };
parentPort!.postMessage(await writeFilesOf(dir, base, pages, cacheDir));

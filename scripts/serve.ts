// A static server for the built site that compresses as GitHub Pages does (gzip only, no brotli) and lets browsers cache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	// As GitHub Pages sends them: a page's Markdown copy and citation files beside it.
	'.md': 'text/markdown; charset=utf-8',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.xml', '.txt', '.md', '.bib', '.ris', '.svg']);

/** What the server has sent since `sent` was last reset: bodies as they travelled (compressed), and requests. */
export interface Sent {
	bytes: number;
	requests: number;
}

/** Serves `dir` on 127.0.0.1 at `port` (any free one by default); resolves with the server, its origin and a count of what it sent. */
export function serve(dir: string, port = 0): Promise<{ server: Server; origin: string; sent: Sent }> {
	const cache = new Map<string, Buffer>();
	const sent: Sent = { bytes: 0, requests: 0 };
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(normalize(dir))) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(dir, '404.html');
		const extension = extname(file);
		const body = readFileSync(file);
		const headers: Record<string, string> = {
			'Content-Type': TYPES[extension] ?? 'application/octet-stream',
			'Cache-Control': 'public, max-age=3600',
			Vary: 'Accept-Encoding',
		};
		let payload: Buffer = body;
		const accepts = String(request.headers['accept-encoding'] ?? '');
		// The weakest common case the budgets must hold under: a gzip-only host at zlib's default level.
		if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(accepts)) {
			let compressed = cache.get(file);
			if (!compressed) {
				compressed = gzipSync(body, { level: 6 });
				cache.set(file, compressed);
			}
			payload = compressed;
			headers['Content-Encoding'] = 'gzip';
		}
		sent.bytes += payload.length;
		sent.requests += 1;
		response.writeHead(found ? 200 : 404, { ...headers, 'Content-Length': String(payload.length) }).end(payload);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
		const address = server.address();
		resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, sent });
	}));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// `node scripts/serve.ts [dir] [port]`: the server the browser tests run against.
	const { origin } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4322));
	console.log(`Serving ${process.argv[2] ?? 'dist'} at ${origin}`);
}

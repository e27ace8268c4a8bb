import { expect, test } from 'vitest';
import { dataCitations } from '../../src/lib/dataCitations.ts';

test('reads every citation of a data entry, at any depth, at its own line and in the entry row', () => {
	const entry = {
		id: 'cloud',
		steps: [
			{ event: 'e1', cite: [{ source: 'openai-2019', quote: 'exclusive cloud provider' }, { event: 'e1' }] },
			{ event: 'e2', cite: [{ block: 'p10', quote: 'any cloud provider' }] },
		],
	};
	const at = (path: ReadonlyArray<string | number>) => ({ file: 'terms.yaml', line: path.length * 10 + Number(path[1] ?? 0), column: 1 });
	const section = { id: 'term-cloud', title: 'Cloud' };
	expect(dataCitations(entry, at, section)).toEqual([
		{ kind: 'source', sourceId: 'openai-2019', quote: 'exclusive cloud provider', at: { file: 'terms.yaml', line: 40, column: 1 }, section },
		{ kind: 'event', eventId: 'e1', at: { file: 'terms.yaml', line: 40, column: 1 }, section },
		{ kind: 'article', blockId: 'p10', quote: 'any cloud provider', at: { file: 'terms.yaml', line: 41, column: 1 }, section },
	]);
});

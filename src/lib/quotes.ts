/** Whether a quote holds: it stands, as whole words, in the block of the source article it names. */
import { type Block, excerpt } from './article.ts';
import { normalizePassage } from './passage.ts';

/** Whether `quote` stands in `text` as whole words (both already normalized): "zure" is not in "Azure". */
function quotedIn(text: string, quote: string): boolean {
	const escaped = quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The article's blocks, ready to look up and search by the citation checks. */
export interface BlockIndex {
	byId: Map<string, Block>;
	normalized: Array<{ id: string; text: string }>;
	/** `p1–p12`, for messages. */
	range: string;
}

export function indexBlocks(blocks: readonly Block[]): BlockIndex {
	return {
		byId: new Map(blocks.map((block) => [block.id, block])),
		normalized: blocks.map((block) => ({ id: block.id, text: normalizePassage(block.text) })),
		range: blocks.length > 0 ? `${blocks[0]!.id}–${blocks.at(-1)!.id}` : 'none',
	};
}

/**
 * What is wrong with citing `quote` from block `blockId`, or `undefined` when it holds: the block
 * must exist, and the quote stand in it as at least two whole words (or be the whole block).
 */
export function checkArticleQuote(blockId: string, quote: string | undefined, index: BlockIndex): string | undefined {
	const block = index.byId.get(blockId);
	if (!block) return `the source article has no block "${blockId}"; its blocks are ${index.range}`;
	if (quote === undefined) return undefined;
	const normalized = normalizePassage(quote);
	// One word could stand anywhere; it pins a passage only when it is the whole block.
	if (normalized.split(' ').length < 2 && normalized !== normalizePassage(block.text)) {
		return `the quote "${quote}" is too short to pin a passage; quote at least two words`;
	}
	if (quotedIn(normalizePassage(block.text), normalized)) return undefined;
	const elsewhere = index.normalized.filter((b) => quotedIn(b.text, normalized)).map((b) => b.id);
	return (
		`the quote "${excerpt(quote, 12)}" is not in block ${blockId}; ` +
		(elsewhere.length > 0 ? `it occurs in ${elsewhere.join(', ')}` : 'it occurs nowhere in the article')
	);
}

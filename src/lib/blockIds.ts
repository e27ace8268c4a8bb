/** Keeps each published address of the source article (`/source/#p3`) on the words it was published for. */
import { createHash } from 'node:crypto';
import type { Article, Block } from './article.ts';
import { normalizePassage } from './passage.ts';

/** The published blocks: each id with a hash of its words and their beginning, as the anchor lock keeps them. */
export type BlockLock = Record<string, { hash: string; words: string }>;

/** A short hash of a block's words; typography (curly quotes, dashes, spacing) does not change it. */
export function blockHash(text: string): string {
	return createHash('sha256').update(normalizePassage(text)).digest('hex').slice(0, 16);
}

/** The first words of a block, kept in the lock so a changed address can be named by what it said. */
export function blockWords(text: string): string {
	const words = normalizePassage(text).split(' ');
	return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
}

/**
 * The article with each block's id pinned to its words: a block whose words were published keeps
 * that id wherever it now stands; a block with new words takes its place's id only if that id was
 * never published, and otherwise the next unused number. So an inserted paragraph cannot shift
 * `#p3` onto other words, and a rewritten paragraph's old id disappears (for the check to report)
 * instead of silently pointing at different words.
 */
export function pinBlockIds(article: Article, lock: BlockLock): Article {
	const byHash = new Map(Object.entries(lock).map(([id, { hash }]) => [hash, id]));
	const blocks = article.sections.flatMap((section) => section.blocks);
	const ids = new Map<Block, string>();
	const used = new Set<string>();
	const assign = (block: Block, id: string) => {
		ids.set(block, id);
		used.add(id);
	};
	// First the published words keep their ids, then new words take their place's id if it was never published, then the next free number.
	for (const block of blocks) {
		const published = byHash.get(blockHash(block.text));
		if (published !== undefined && !used.has(published)) assign(block, published);
	}
	for (const block of blocks) if (!ids.has(block) && !(block.id in lock) && !used.has(block.id)) assign(block, block.id);
	let next = Math.max(0, ...[...Object.keys(lock), ...used].map((id) => Number(id.slice(1)))) + 1;
	for (const block of blocks) if (!ids.has(block)) assign(block, `p${next++}`);
	const pin = (block: Block): Block => (ids.get(block) === block.id ? block : { ...block, id: ids.get(block)! });
	return { ...article, sections: article.sections.map((section) => ({ ...section, blocks: section.blocks.map(pin) })) };
}

/** A published block whose words the article no longer has under its id, with what stands there now. */
export interface ChangedBlock {
	id: string;
	/** The words it was published for. */
	was: string;
	/** The block now in its place in reading order, if any: the likely rewrite. */
	nowAt?: Block | undefined;
}

/**
 * Published block ids the article no longer has, unless an alias keeps the address (`aliased`). With
 * ids pinned to words, an id disappears only when its words were rewritten or removed.
 */
export function changedBlocks(blocks: readonly Block[], lock: BlockLock, aliased: ReadonlySet<string>): ChangedBlock[] {
	const present = new Set(blocks.map((block) => block.id));
	const positional = new Map(blocks.map((block, index) => [`p${index + 1}`, block]));
	return Object.entries(lock)
		.filter(([id]) => !present.has(id) && !aliased.has(id))
		.map(([id, { words }]) => ({ id, was: words, nowAt: positional.get(id) }));
}

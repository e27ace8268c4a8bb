/** Small helpers for the English of generated text. */

/** A count with its noun, in the singular for one: `1 page`, `16 places`. Nouns here take a plain -s. */
export function count(n: number, noun: string): string {
	return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

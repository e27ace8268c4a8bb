/** The schema of a public source outside the article (`src/content/sources.yaml`), cited by events and pages. */
import { z } from 'astro/zod';
import { lineSchema } from './text.ts';

/** How far a source can be trusted on its own: the party itself, a news outlet, or anything else. */
export const SOURCE_KINDS = ['primary', 'news', 'other'] as const;

/** A source's id: lowercase words joined by hyphens, e.g. `openai-gpt-4`. */
export const sourceIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
	error: 'expected a source id of src/content/sources.yaml: lowercase words joined by hyphens, e.g. openai-gpt-4',
});

/**
 * Where a source was read: an absolute https address as a browser would show it, with no spaces, quotes or angle
 * brackets (which would break the attributes and citation files it is written into) and no user name or password.
 */
const sourceUrlSchema = z
	.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an absolute https:// URL of a web page, e.g. https://openai.com/index/gpt-4/' })
	.refine((url) => !/[\s"'<>\\`\u0000-\u001f\u007f]/.test(url), { error: 'has a space, quote, angle bracket, backslash or control character; expected the address as the browser shows it, with those percent-encoded' })
	.refine((url) => !/^https:\/\/[^/?#]*@/i.test(url) && (!URL.canParse(url) || (new URL(url).username === '' && new URL(url).password === '')), { error: 'carries a user name or password (user@host); expected the public address, without credentials' })
	// The address is written as given into the citation files, so its own text must be the address: two slashes, an ASCII host
	// (a look-alike letter from another script would send readers elsewhere; an international name is written as xn--).
	.refine((url) => /^https:\/\/[a-z0-9.-]+(:\d+)?([/?#]|$)/i.test(url), { error: 'is not written as https://host/…, with an ASCII host name; expected the address as the browser shows it (an international domain in its xn-- form)' });

/** The address two sources would share if they name one page: host case, default port, dot segments, a fragment and a final slash aside. */
export function sameAddress(url: string): string {
	if (!URL.canParse(url)) return url;
	const parsed = new URL(url);
	parsed.hash = '';
	return parsed.href.replace(/\/$/, '');
}

export const sourceSchema = z.strictObject({
	/** Permanent anchor on the sources page, and the name events and <Cite source> use. */
	id: sourceIdSchema,
	/** Who published it, as readers see it beside a citation: "OpenAI", "Reuters, via Mercury Oregon". */
	publisher: lineSchema,
	/** The page's own title, where it was read. */
	title: lineSchema.optional(),
	/** primary: the companies, their filings and documentation; news: a news outlet; other: blogs, aggregators, copies. */
	kind: z.enum(SOURCE_KINDS),
	url: sourceUrlSchema,
	/** What a reader should know before relying on it: a copy of another page, a date that sources disagree on. */
	note: lineSchema.optional(),
});

/** A citation of an outside source: which source, and the words of it read that support the statement. */
export const sourceCitationSchema = z.strictObject({
	source: sourceIdSchema,
	/** Copied from the source as read; left out only where the page is cited beside another that was quoted. */
	quote: lineSchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];

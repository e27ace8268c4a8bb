/** Every content collection of the site and its schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docId } from './lib/docFiles.ts';
import { articleLoader } from './loaders/article.ts';
import { provenanceLoader } from './loaders/provenance.ts';
import { yamlListLoader } from './loaders/yamlList.ts';
import { ALIASES_FILE, DOCS_DIR, DOCS_PATTERN, EVENTS_FILE, MONEY_FILE, SOURCES_FILE, TERMS_FILE } from './files.ts';
import { anchorAliasSchema } from './schemas/anchorAlias.ts';
import { articleSchema } from './schemas/article.ts';
import { docSchema } from './schemas/doc.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSchema } from './schemas/money.ts';
import { provenanceSchema } from './schemas/provenance.ts';
import { sourceSchema } from './schemas/source.ts';
import { termSchema } from './schemas/term.ts';

/** The source article, parsed from `seeds/`. */
const article = defineCollection({
	loader: articleLoader(),
	schema: articleSchema,
});

/** The pages written from the article; the file path is the URL (`themes/azure.mdx` → `/themes/azure/`). */
const docs = defineCollection({
	// The id (and so the address) is made by the same function the content checks use, so both agree on every page's address.
	loader: glob({ pattern: DOCS_PATTERN, base: DOCS_DIR, generateId: ({ entry }) => docId(entry) }),
	schema: docSchema,
});

/** Dated events of the partnership, shown on the timeline. */
const events = defineCollection({
	loader: yamlListLoader(EVENTS_FILE, { schema: eventSchema, what: 'event' }),
	schema: eventSchema,
});

/** Public sources outside the article, cited by events and pages by id. */
const sources = defineCollection({
	loader: yamlListLoader(SOURCES_FILE, { schema: sourceSchema, what: 'source' }),
	schema: sourceSchema,
});

/** The terms of the agreements and how each changed: the rows of the terms table (record/terms). */
const terms = defineCollection({
	loader: yamlListLoader(TERMS_FILE, { schema: termSchema, what: 'term' }),
	schema: termSchema,
});

/** Microsoft's money in OpenAI and its stake, figure by figure: the money page's table, charts and data files. */
const money = defineCollection({
	loader: yamlListLoader(MONEY_FILE, { schema: figureSchema, what: 'figure' }),
	schema: figureSchema,
});

/** Old fragments of pages kept landing on their sections after a rename, by the old address. */
const anchorAliases = defineCollection({
	loader: yamlListLoader(ALIASES_FILE, { idField: 'from', schema: anchorAliasSchema, what: 'alias' }),
	schema: anchorAliasSchema,
});

/** What cites each block of the article and each outside source, derived once from all of the above; the citation check. */
const provenance = defineCollection({
	loader: provenanceLoader(),
	schema: provenanceSchema,
});

export const collections = { article, docs, events, sources, terms, money, anchorAliases, provenance };

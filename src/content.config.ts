/** Every content collection of the site and its schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './loaders/article.ts';
import { yamlListLoader } from './loaders/yamlList.ts';
import { DOCS_DIR, DOCS_PATTERN, EVENTS_FILE, SOURCES_FILE } from './files.ts';
import { articleSchema } from './schemas/article.ts';
import { docSchema } from './schemas/doc.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';

/** The source article, parsed from `seeds/`. */
const article = defineCollection({
	loader: articleLoader(),
	schema: articleSchema,
});

/** The pages written from the article; the file path is the URL (`themes/azure.mdx` → `/themes/azure/`). */
const docs = defineCollection({
	loader: glob({ pattern: DOCS_PATTERN, base: DOCS_DIR }),
	schema: docSchema,
});

/** Dated events of the partnership, shown on the timeline. */
const events = defineCollection({
	loader: yamlListLoader(EVENTS_FILE),
	schema: eventSchema,
});

/** Public sources outside the article, cited by events and pages by id. */
const sources = defineCollection({
	loader: yamlListLoader(SOURCES_FILE),
	schema: sourceSchema,
});

export const collections = { article, docs, events, sources };

/** Every content collection of the site and its schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleBlocks } from './lib/article.ts';
import { articleLoader, readArticle } from './loaders/article.ts';
import { yamlListLoader } from './loaders/yamlList.ts';
import { DOCS_DIR, EVENTS_FILE } from './paths.ts';
import { articleSchema } from './schemas/article.ts';
import { docSchema } from './schemas/doc.ts';
import { eventSchema } from './schemas/event.ts';

// Citations are checked against the ids the seed really has, so a wrong one fails the build.
const blockIds = articleBlocks(readArticle()).map((block) => block.id);

/** The source article, parsed from `seeds/`. */
const article = defineCollection({
	loader: articleLoader(),
	schema: articleSchema,
});

/** The pages written from the article; the file path is the URL (`themes/azure.mdx` → `/themes/azure/`). */
const docs = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: DOCS_DIR }),
	schema: docSchema(blockIds),
});

/** Dated events of the partnership, shown on the timeline. */
const events = defineCollection({
	loader: yamlListLoader(EVENTS_FILE),
	schema: eventSchema(blockIds),
});

export const collections = { article, docs, events };

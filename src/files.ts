/** Where the site's sources live, relative to the project root; every reader of these files imports them from here. */

/** The source article, kept byte for byte; nothing writes to it. */
export const SEED_FILE = 'seeds/000_65962688311309a5.txt';

/** The pages, in MDX; a file's path below this folder is its URL. */
export const DOCS_DIR = 'src/content/docs';

/** Which files under DOCS_DIR are pages. */
export const DOCS_PATTERN = '**/*.mdx';

/** The page (under DOCS_DIR) that shows the whole article; its citations cover nothing. */
export const SOURCE_PAGE_FILE = 'source.mdx';

/** The dated events of the timeline. */
export const EVENTS_FILE = 'src/content/events.yaml';

/** The public sources outside the article that events and pages cite, each written once. */
export const SOURCES_FILE = 'src/content/sources.yaml';

/** Every page and fragment the site ever published, and the words of each block of the article; `npm run anchors:lock` extends it. */
export const ANCHOR_LOCK_FILE = 'src/content/published-anchors.json';

/** Old fragment ids kept alive after a section was renamed. */
export const ALIASES_FILE = 'src/content/anchor-aliases.yaml';

/** The terms of the partnership's agreements over time: the rows of the terms table. */
export const TERMS_FILE = 'src/content/terms.yaml';

/** The money between Microsoft and OpenAI: the figures of the money page's table, charts and data files. */
export const MONEY_FILE = 'src/content/money.yaml';

/** The page (an id under DOCS_DIR) that shows each data file; its citations count as that page's. */
export const DATA_PAGES = { [TERMS_FILE]: 'record/terms', [MONEY_FILE]: 'record/money' } as const;

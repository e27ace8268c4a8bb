/** Facts about the site itself, written once. */
export const SITE = {
	name: 'Microsoft × OpenAI',
	lang: 'en',
	/** What the site is, and is not: said in its footer and on every link card, since its name is the companies'. */
	independence: 'Independent reference; not affiliated with Microsoft or OpenAI.',
	/** The corporate author of every page as a citation names it: the site's name alone would read as the companies'. */
	citedAs: 'Microsoft × OpenAI, an independent reference site',
} as const;

/**
 * The id of the one hidden "Link to section:" on every page, which each permalink's name starts with
 * (`aria-labelledby="permalink-label <heading id>"`), so the words are written once per page.
 */
export const PERMALINK_LABEL_ID = 'permalink-label';

/** The heading of the list of passages a page rests on, under every page that cites the article, and its entry in "On this page". */
export const PAGE_SOURCES_TITLE = 'Sources in the article';

/** On /source/, under a block that a page corrects in its own words: what leads to that page's note. */
export const RECORD_NOTE_ELSEWHERE = 'set out beside the claim in';

/** The search page's title and summary: its page, its link card. */
export const SEARCH_PAGE = {
	title: 'Search and site index',
	description: 'Search the site, or browse every page, section, timeline event and paragraph of the source article.',
} as const;

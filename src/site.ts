/** Facts about the site itself, written once. */
export const SITE = {
	name: 'Microsoft × OpenAI',
	/** A longer name for titles and link previews. */
	title: 'The Microsoft–OpenAI partnership',
	description: 'A fully cited guide to the Microsoft–OpenAI partnership: its products, themes and timeline, traced paragraph by paragraph to one source article.',
	lang: 'en',
} as const;

/** Facts about the site itself, written once. */
export const SITE = {
	name: 'Microsoft × OpenAI',
	lang: 'en',
} as const;

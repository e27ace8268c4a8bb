/** The query parameters that carry a search between pages: named once for the page script, the search code and the site index's form. */

/** The site index's form sends its query to /search/ as `?q=`; the dialog opens with it. */
export const QUERY_PARAM = 'q';

/** Carries the searched words to the page a result leads to, for browsers without text fragments, which mark them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The components MDX content renders its Markdown elements with. */
import Cite from './Cite.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';
import RecordBesideArticle from './RecordBesideArticle.astro';
import RecordNote from './RecordNote.astro';
import Wayfinding from './Wayfinding.astro';

/**
 * Components every page may use. A component with styles of its own that only one page needs (the terms
 * table, the money page's charts) is given to that page by its own route, so no other page loads its styles.
 */
export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: Link, Cite, RecordBesideArticle, RecordNote, Wayfinding };

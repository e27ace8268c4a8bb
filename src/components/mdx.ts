/** The components MDX content renders its Markdown elements with. */
import AnchorHeading from './AnchorHeading.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import RecordBesideArticle from './RecordBesideArticle.astro';
import RecordNote from './RecordNote.astro';
import Wayfinding from './Wayfinding.astro';

/**
 * Components every page may use. A component with styles of its own that only one page needs (the terms
 * table, the money page's charts) is given to that page by its own route, so no other page loads its styles.
 */
// Each section heading is an AnchorHeading, given its level by src/lib/headingLevels.ts.
export const mdxComponents = { h2: AnchorHeading, h3: AnchorHeading, h4: AnchorHeading, a: Link, Cite, RecordBesideArticle, RecordNote, Wayfinding };

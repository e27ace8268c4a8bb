/** The components MDX content renders its Markdown elements with. */
import Cite from './Cite.astro';
import EventsOf from './EventsOf.astro';
import FigureChart from './FigureChart.astro';
import FigureTable from './FigureTable.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';
import RecordBesideArticle from './RecordBesideArticle.astro';
import RecordNote from './RecordNote.astro';
import TermsTable from './TermsTable.astro';
import Wayfinding from './Wayfinding.astro';

export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: Link, Cite, EventsOf, FigureChart, FigureTable, RecordBesideArticle, RecordNote, TermsTable, Wayfinding };

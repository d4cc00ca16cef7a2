/**
 * The story as linked data: its events as a schema.org ItemList, and every quote as a W3C
 * Web Annotation (https://www.w3.org/TR/annotation-model/) that ties the event to the words
 * in the article, so that anyone with their own copy of the article can find them.
 *
 * Layout: the document's context is schema.org, and each annotation carries the Web
 * Annotation context itself. One context list for the whole document would not do: the
 * annotation context maps `name` to FOAF's and the schema.org one maps `target` and `value`
 * to schema.org's, so whichever came second would change the other's terms. Each annotation
 * is therefore a whole Web Annotation on its own, and can be taken out as one.
 *
 * Ids are fragments of the page the document is published with: `#event=<id>` (which opens
 * the event in the app), `#source=<id>` for an article, `#annotation=<event>/<path>` for a quote.
 */
import type { Citation, Source, Timeline, TimelineEvent } from '../data/schema';
import { textFragmentLink } from './textFragment';

/** Characters of the article kept on each side of a quote, to tell one place from another where the words repeat. */
const CONTEXT_CHARS = 32;

const eventIri = (id: string) => `#event=${id}`;
const sourceIri = (id: string) => `#source=${id}`;

/** Code points in `text` from `from` to `to` (UTF-16 indexes): the W3C model counts characters, JavaScript counts code units. */
function codePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const unit = text.charCodeAt(i);
    // The low half of a surrogate pair is the same character as the high half before it.
    const isLowHalf = unit >= 0xdc00 && unit <= 0xdfff && i > from && isHighHalf(text.charCodeAt(i - 1));
    if (!isLowHalf) count += 1;
  }
  return count;
}

const isHighHalf = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** The last `count` characters (code points) of `text`. */
const lastChars = (text: string, count: number) =>
  Array.from(text.slice(-2 * count))
    .slice(-count)
    .join('');
/** The first `count` characters (code points) of `text`. */
const firstChars = (text: string, count: number) =>
  Array.from(text.slice(0, 2 * count))
    .slice(0, count)
    .join('');

function newsArticle(source: Source): object {
  return {
    '@type': 'NewsArticle',
    '@id': sourceIri(source.id),
    name: source.label,
    ...(source.credit && { creditText: source.credit }),
    ...(source.dateline && { dateline: source.dateline }),
    ...(source.url && { url: source.url }),
    ...(source.published && { datePublished: source.published }),
  };
}

/** Every citation of the event: its own, then each side of each disagreement, with the path that names it. */
function citationsOf(event: TimelineEvent): { citation: Citation; path: string; discrepancy?: number }[] {
  return [
    ...event.citations.map((citation, i) => ({ citation, path: `citations/${i}` })),
    ...(event.discrepancies ?? []).flatMap((discrepancy, d) =>
      discrepancy.citations.map((citation, i) => ({ citation, path: `discrepancies/${d}/citations/${i}`, discrepancy: d })),
    ),
  ];
}

const UNSOURCED = 'No news article backs this event yet: it came from another tool, and no article has been cited for it.';

function schemaEvent(event: TimelineEvent, sources: ReadonlyMap<string, Source>): object {
  const reporting = [...new Set(citationsOf(event).map(({ citation }) => citation.source))].flatMap((id) => {
    const source = sources.get(id);
    return source ? [newsArticle(source)] : [];
  });
  return {
    '@type': 'Event',
    '@id': eventIri(event.id),
    name: event.title,
    description: event.summary,
    // ISO 8601 at the precision the articles give: "2021", "2024-03", "2024-03-25".
    startDate: event.start,
    ...(event.end !== undefined && { endDate: event.end }),
    ...(reporting.length > 0 && { subjectOf: reporting }),
    ...(event.unsourced && { disambiguatingDescription: UNSOURCED }),
  };
}

/**
 * One quote as a Web Annotation: the event (body) is what the words (target) report. The
 * target's source is the article's web address where it is known, else its id in this
 * document; where the address is known, the target's own id is a text-fragment link to the
 * words, which a browser opens scrolled to them. Its selectors are alternatives, as the model
 * allows: the quote with the article's words around it, and its place in the article's text
 * as this story holds it (the words are the sturdier of the two, since another copy of the
 * article may differ around them).
 */
function annotation(event: TimelineEvent, citation: Citation, path: string, source: Source, discrepancy?: number): object {
  const { text } = source;
  const start = citation.offset;
  const end = start + citation.quote.length;
  const startChar = codePoints(text, 0, start);
  const prefix = lastChars(text.slice(0, start), CONTEXT_CHARS);
  const suffix = firstChars(text.slice(end), CONTEXT_CHARS);
  const disagreement = discrepancy === undefined ? undefined : event.discrepancies?.[discrepancy];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `#annotation=${event.id}/${path}`,
    type: 'Annotation',
    motivation: 'describing',
    body: disagreement
      ? [
          eventIri(event.id),
          {
            type: 'TextualBody',
            purpose: 'commenting',
            format: 'text/plain',
            value: `One side of a disagreement between the articles, ${disagreement.topic}: ${disagreement.note}`,
          },
        ]
      : eventIri(event.id),
    target: {
      ...(source.url && { id: textFragmentLink(source.url, citation.quote) }),
      type: 'SpecificResource',
      source: source.url ?? sourceIri(source.id),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: citation.quote,
          // None at the very start or end of the article, where there is nothing to give.
          ...(prefix && { prefix }),
          ...(suffix && { suffix }),
        },
        { type: 'TextPositionSelector', start: startChar, end: startChar + codePoints(text, start, end) },
      ],
    },
  };
}

/**
 * The chronology alone, as schema.org: an ItemList of the story's events in time order, each
 * with its dates and the articles that report it. Small enough for a page's head.
 */
export function storyItemList(timeline: Timeline): object {
  const sources = new Map(timeline.sources.map((source) => [source.id, source]));
  return {
    '@type': 'ItemList',
    '@id': '#story',
    name: timeline.title,
    description: timeline.description,
    ...(timeline.updated && { dateModified: timeline.updated }),
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: schemaEvent(event, sources),
    })),
  };
}

/** The story as a JSON-LD document: the chronology as schema.org, and every quote's place in its article as a Web Annotation. */
export function toJsonLd(timeline: Timeline): object {
  const sources = new Map(timeline.sources.map((source) => [source.id, source]));
  const annotations = timeline.events.flatMap((event) =>
    citationsOf(event).flatMap(({ citation, path, discrepancy }) => {
      const source = sources.get(citation.source);
      return source ? [annotation(event, citation, path, source, discrepancy)] : [];
    }),
  );
  return { '@context': 'https://schema.org', '@graph': [storyItemList(timeline), ...annotations] };
}

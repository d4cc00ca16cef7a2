import { describe, expect, test } from 'vitest';
import { compileTimeline } from '../../data/compile';
import { makeCuratedFiles, makeDisputedTimeline } from '../data/fixtures';
import type { Citation, Timeline } from '../data/schema';
import { storyItemList, toJsonLd } from './jsonLd';
import { textFragmentLink } from './textFragment';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

interface Annotation {
  '@context': string;
  id: string;
  type: string;
  motivation: string;
  body: string | [string, { type: string; value: string }];
  target: { id?: string; source: string; selector: [Selector, Selector] };
}

interface SchemaEvent {
  '@id': string;
  name: string;
  startDate: string;
  endDate?: string;
  subjectOf?: Record<string, string>[];
  disambiguatingDescription?: string;
}

interface Document {
  '@context': string;
  '@graph': [{ '@type': string; itemListElement: { position: number; item: SchemaEvent }[] }, ...Annotation[]];
}

const asDocument = (timeline: Timeline) => toJsonLd(timeline) as Document;
const annotationsOf = (timeline: Timeline) => asDocument(timeline)['@graph'].slice(1) as Annotation[];
const eventsOf = (timeline: Timeline) => asDocument(timeline)['@graph'][0].itemListElement.map((element) => element.item);

/** Every citation of the timeline, disagreements' sides included, with the id its annotation should have. */
function allCitations(timeline: Timeline): { id: string; citation: Citation }[] {
  return timeline.events.flatMap((event) => [
    ...event.citations.map((citation, i) => ({ id: `#annotation=${event.id}/citations/${i}`, citation })),
    ...(event.discrepancies ?? []).flatMap((discrepancy, d) =>
      discrepancy.citations.map((citation, i) => ({ id: `#annotation=${event.id}/discrepancies/${d}/citations/${i}`, citation })),
    ),
  ]);
}

/** The disputed fixture with an emoji (two UTF-16 code units, one code point) opening the wire report, which has a web address; and an unsourced event. */
function timelineWithEmoji(): Timeline {
  const files = makeCuratedFiles('disputed');
  files.texts['wire.txt'] = `📰 ${files.texts['wire.txt']}`;
  files.manifest = files.manifest.map((entry) =>
    entry.id === 'wire' ? { ...entry, url: 'https://news.example/wire#top', published: '2024-03-25' } : entry,
  );
  files.story.events.push({
    id: 'imported-claim',
    title: 'A claim from another tool',
    summary: 'A claim brought in from a spreadsheet.',
    start: '2024-04',
    dateBasis: 'Not given in the imported file.',
    lane: 'us',
    kinds: ['breach'],
    citations: [],
    unsourced: true,
  });
  const compiled = compileTimeline(files);
  if (!compiled.ok) throw new Error(`fixture does not compile: ${compiled.problems.join('; ')}`);
  return compiled.timeline;
}

describe.each<[string, () => Timeline]>([
  ['the disputed fixture', makeDisputedTimeline],
  ['an article with an emoji before its quotes', timelineWithEmoji],
])('toJsonLd on %s: every citation has an annotation', (_name, load) => {
  const timeline = load();
  const annotations = new Map(annotationsOf(timeline).map((annotation) => [annotation.id, annotation]));
  const sources = new Map(timeline.sources.map((source) => [source.id, source]));

  test('one per citation, disagreements’ sides included, and no more', () => {
    expect([...annotations.keys()]).toEqual(allCitations(timeline).map(({ id }) => id));
  });

  test.each(allCitations(timeline))('$id quotes its words, with the article’s words around them', ({ id, citation }) => {
    const text = sources.get(citation.source)?.text ?? '';
    const [quote] = annotations.get(id)?.target.selector ?? [];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: citation.quote });
    expect(text).toContain(`${quote?.prefix ?? ''}${quote?.exact}${quote?.suffix ?? ''}`);
    expect(Array.from(quote?.prefix ?? '').length).toBeLessThanOrEqual(32);
    expect(Array.from(quote?.suffix ?? '').length).toBeLessThanOrEqual(32);
  });

  test.each(allCitations(timeline))('$id places the quote in code points', ({ id, citation }) => {
    const characters = Array.from(sources.get(citation.source)?.text ?? '');
    const [, position] = annotations.get(id)?.target.selector ?? [];
    expect(position?.type).toBe('TextPositionSelector');
    expect(characters.slice(position?.start, position?.end).join('')).toBe(citation.quote);
  });
});

describe('toJsonLd', () => {
  test('counts positions in code points, not the UTF-16 units of the citation’s offset', () => {
    const timeline = timelineWithEmoji();
    const citation = timeline.events.find((event) => event.id === 'campaign-begins')?.citations[0];
    const annotation = annotationsOf(timeline).find((a) => a.id === '#annotation=campaign-begins/citations/0');
    expect(annotation?.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: (citation?.offset ?? 0) - 1,
      end: (citation?.offset ?? 0) - 1 + (citation?.quote.length ?? 0),
    });
  });

  test('an annotation is a whole Web Annotation: its own context, the event as body, the article as target', () => {
    const [annotation] = annotationsOf(makeDisputedTimeline());
    expect(annotation).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: '#annotation=campaign-begins/citations/0',
      type: 'Annotation',
      motivation: 'describing',
      body: '#event=campaign-begins',
      target: {
        type: 'SpecificResource',
        source: '#source=wire',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'The group began targeting lawmakers in 2021, officials said.',
            prefix: 'people over a 14-year campaign.\n',
            suffix: '\nIts intrusion began before Octo',
          },
          { type: 'TextPositionSelector', start: 91, end: 151 },
        ],
      },
    });
  });

  test('a quote that ends its article has no suffix', () => {
    const annotation = annotationsOf(makeDisputedTimeline()).find((a) => a.id === '#annotation=embassy-denial/citations/0');
    expect(annotation?.target.selector[0]).not.toHaveProperty('suffix');
    expect(annotation?.target.selector[0].prefix).toBe('long campaign on 25 March 2024.\n');
  });

  test('a side of a disagreement says so in a second body', () => {
    const annotation = annotationsOf(makeDisputedTimeline()).find((a) => a.id === '#annotation=charges-filed/discrepancies/0/citations/1');
    expect(annotation?.body).toEqual([
      '#event=charges-filed',
      {
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/plain',
        value: 'One side of a disagreement between the articles, Length of the campaign: One report says 14 years, the other a decade.',
      },
    ]);
  });

  test('where the article has a web address, it is the source, and the target is a link to the words', () => {
    const annotation = annotationsOf(timelineWithEmoji()).find((a) => a.id === '#annotation=intrusion/citations/0');
    expect(annotation?.target.source).toBe('https://news.example/wire#top');
    expect(annotation?.target.id).toBe(
      textFragmentLink('https://news.example/wire', 'Its intrusion began before October 2022 and lasted into 2023'),
    );
    expect(annotation?.target.id).toBe(
      'https://news.example/wire#:~:text=Its%20intrusion%20began%20before%20October%202022%20and%20lasted%20into%202023',
    );
  });

  test('the story is a schema.org ItemList of its events, in time order, with the articles that report each', () => {
    const document = asDocument(timelineWithEmoji());
    expect(document['@context']).toBe('https://schema.org');
    const events = eventsOf(timelineWithEmoji());
    expect(events.map((event) => [event['@id'], event.startDate, event.endDate])).toEqual([
      ['#event=campaign-begins', '2021', undefined],
      ['#event=intrusion', '2022-10', '2023'],
      ['#event=charges-filed', '2024-03-25', undefined],
      ['#event=embassy-denial', '2024-03-26', undefined],
      ['#event=imported-claim', '2024-04', undefined],
    ]);
    expect(events[2]?.subjectOf).toEqual([
      {
        '@type': 'NewsArticle',
        '@id': '#source=wire',
        name: 'Wire report, WASHINGTON (March 25)',
        creditText: '– Wire',
        dateline: 'WASHINGTON (March 25)',
        url: 'https://news.example/wire#top',
        datePublished: '2024-03-25',
      },
      { '@type': 'NewsArticle', '@id': '#source=brief', name: 'Brief report (no byline)' },
    ]);
  });

  test('an unsourced event says no article backs it, and names none', () => {
    const imported = eventsOf(timelineWithEmoji()).at(-1);
    expect(imported?.subjectOf).toBeUndefined();
    expect(imported?.disambiguatingDescription).toMatch(/^No news article backs this event yet/);
    expect(eventsOf(makeDisputedTimeline()).every((event) => event.disambiguatingDescription === undefined)).toBe(true);
  });

  test('the chronology alone, for a page’s head, is the document’s first node', () => {
    const timeline = makeDisputedTimeline();
    expect(storyItemList(timeline)).toEqual(asDocument(timeline)['@graph'][0]);
  });

  test('survives JSON: nothing in it is lost when written out', () => {
    const document = toJsonLd(makeDisputedTimeline());
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

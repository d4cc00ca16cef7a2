/**
 * A tiny, always self-consistent story for tests: two short articles and three
 * events, one at each date precision ("2021"; "before October 2022" – "2023";
 * "25 March 2024" with a discrepancy between the two articles).
 *
 * `makeCuratedFiles()` gives the story in the curated (raw) shape the compiler
 * reads; `makeTimeline()` gives the compiled document the app fetches, with every
 * citation's offset and paragraph computed from the article text, so editing a
 * text or a quote here can never leave a stale offset behind.
 *
 * Shared by unit and browser tests, so it must not import from `data/`.
 */
import type { CuratedCitation, CuratedEvent, CuratedStory, Citation, SourceManifestEntry, Timeline } from './schema';
import { SCHEMA_VERSION } from './schema';

/** The articles, by source id. "said" occurs twice in `wire` and “malicious” has typographic quotes. */
const ARTICLES = {
  wire: {
    file: 'wire.txt',
    label: 'Wire report, WASHINGTON (March 25)',
    credit: '– Wire',
    dateline: 'WASHINGTON (March 25)',
    text: [
      'WASHINGTON (March 25): Prosecutors on Monday charged seven people over a 14-year campaign.',
      'The group began targeting lawmakers in 2021, officials said.',
      'Its intrusion began before October 2022 and lasted into 2023, a spokesperson said.',
    ].join('\n'),
  },
  brief: {
    file: 'brief.txt',
    label: 'Brief report (no byline)',
    text: [
      'Prosecutors called the emails “malicious”.',
      '',
      'Seven people were charged over a decade-long campaign on 25 March 2024.',
    ].join('\n'),
  },
} as const;

type SourceId = keyof typeof ARTICLES;

/** The curated files (`events.yaml`, `sources.json`, `sources/*.txt`), typed so tests can mutate them. */
export interface CuratedFiles {
  story: Omit<CuratedStory, 'events'> & { events: CuratedEvent[] };
  manifest: SourceManifestEntry[];
  texts: Record<string, string>;
}

/** The events in date order. */
function curatedEvents(): CuratedEvent[] {
  return [
    {
      id: 'campaign-begins', title: 'The group starts targeting lawmakers', summary: 'The group began targeting lawmakers.',
      start: '2021', dateBasis: "'in 2021' (wire).", lane: 'us', kinds: ['breach'],
      citations: [{ source: 'wire', quote: 'The group began targeting lawmakers in 2021, officials said.' }],
    },
    {
      id: 'intrusion', title: 'The intrusion', summary: 'The intrusion began before October 2022 and lasted into 2023.',
      start: '2022-10', qualifier: 'before', end: '2023', dateBasis: "'before October 2022 and lasted into 2023' (wire).",
      lane: 'uk', kinds: ['breach'],
      citations: [{ source: 'wire', quote: 'Its intrusion began before October 2022 and lasted into 2023' }],
    },
    {
      id: 'charges-filed', title: 'Seven people charged', summary: 'Prosecutors charged seven people over the campaign.',
      start: '2024-03-25', dateBasis: "'on 25 March 2024' (brief).", lane: 'us', kinds: ['charges'],
      citations: [
        { source: 'wire', quote: 'Prosecutors on Monday charged seven people' },
        { source: 'brief', quote: 'Seven people were charged over a decade-long campaign on 25 March 2024.' },
      ],
      discrepancies: [
        {
          topic: 'Length of the campaign',
          note: 'One report says 14 years, the other a decade.',
          citations: [
            { source: 'wire', quote: 'a 14-year campaign' },
            { source: 'brief', quote: 'a decade-long campaign' },
          ],
        },
      ],
    },
  ];
}

function storyHead(): Omit<CuratedStory, 'events'> {
  return {
    title: 'A small test story',
    description: 'Three events from two short articles.',
    lanes: [{ id: 'us', label: 'United States' }, { id: 'uk', label: 'United Kingdom' }],
    kinds: [{ id: 'breach', label: 'Breach' }, { id: 'charges', label: 'Charges' }],
  };
}

function manifest(): SourceManifestEntry[] {
  return Object.entries(ARTICLES).map(([id, { text: _text, ...entry }]) => ({ id, ...entry }));
}

/** Valid curated files, fresh on every call so tests may mutate them. */
export function makeCuratedFiles(): CuratedFiles {
  const texts = Object.fromEntries(Object.values(ARTICLES).map(({ file, text }) => [file, text]));
  // Newest first, so a compiler that forgets to sort events is caught.
  return { story: { ...storyHead(), events: curatedEvents().reverse() }, manifest: manifest(), texts };
}

/** Where a quote sits in its article, computed here rather than written down. */
function place(citation: CuratedCitation): Citation {
  const text: string = ARTICLES[citation.source as SourceId].text;
  const offset = text.indexOf(citation.quote);
  if (offset === -1 || text.includes(citation.quote, offset + 1)) {
    throw new Error(`fixture quote must occur once in source ${citation.source}: ${citation.quote}`);
  }
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + citation.quote.length);
  const end = newline === -1 ? text.length : newline;
  return { ...citation, offset, paragraph: { offset: start, text: text.slice(start, end) } };
}

/** A valid compiled timeline, events in date order; `overrides` replace top-level fields. */
export function makeTimeline(overrides: Partial<Timeline> = {}): Timeline {
  const events = curatedEvents().map(({ discrepancies, ...event }) => ({
    ...event,
    citations: event.citations.map(place),
    ...(discrepancies && { discrepancies: discrepancies.map((d) => ({ ...d, citations: d.citations.map(place) })) }),
  }));
  const sources = manifest().map((entry) => ({ ...entry, text: ARTICLES[entry.id as SourceId].text }));
  return { schemaVersion: SCHEMA_VERSION, ...storyHead(), sources, events, ...overrides };
}

/**
 * A tiny, always self-consistent story for tests: two short articles and three
 * events, one at each date precision ("2021"; "before October 2022" – "2023";
 * "25 March 2024" with a discrepancy between the two articles). Who claims what:
 * "campaign-begins" is an allegation the officials make; "charges-filed" is an act
 * of the prosecutors, in response to it.
 *
 * `makeCuratedFiles()` gives the story in the curated (raw) shape the compiler
 * reads; `makeTimeline()` gives the compiled document the app fetches, with every
 * citation's offset and paragraph computed from the article text, so editing a
 * text or a quote here can never leave a stale offset behind.
 *
 * The disputed variant (`makeCuratedFiles('disputed')`, `makeDisputedTimeline()`)
 * adds a fourth event, the embassy's denial of the allegation, and shows every
 * optional field about claims and corrections: a denial linked to what it denies,
 * outside knowledge, corrections to an event and to the story, and the day it was updated.
 *
 * Shared by unit and browser tests, so it must not import from `data/`.
 */
import type { CuratedCitation, CuratedEvent, CuratedFiles, CuratedStory, Citation, SourceManifestEntry, Timeline } from './schema';
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

/** The line the disputed variant adds to the end of `brief`. */
const DENIAL_LINE = 'On 26 March the embassy called the claim “baseless”.';

export type FixtureVariant = 'plain' | 'disputed';

function articles(
  variant: FixtureVariant,
): Record<SourceId, { file: string; label: string; credit?: string; dateline?: string; text: string }> {
  if (variant === 'plain') return ARTICLES;
  return { ...ARTICLES, brief: { ...ARTICLES.brief, text: `${ARTICLES.brief.text}\n${DENIAL_LINE}` } };
}

type SourceId = keyof typeof ARTICLES;

/** The curated files (`events.yaml`, `sources.json`, `sources/*.txt`), typed so tests can mutate them. */
export type { CuratedFiles };

/** The events in date order. */
function curatedEvents(variant: FixtureVariant): CuratedEvent[] {
  const events: CuratedEvent[] = [
    {
      id: 'campaign-begins',
      title: 'The group starts targeting lawmakers',
      summary: 'Officials say the group began targeting lawmakers.',
      start: '2021',
      dateBasis: "'in 2021' (wire).",
      lane: 'us',
      kinds: ['breach'],
      assertion: 'allegation',
      claimedBy: ['officials'],
      citations: [{ source: 'wire', quote: 'The group began targeting lawmakers in 2021, officials said.' }],
    },
    {
      // Recorded as an act, with no one named, so that its summary (which tests read) needs no attribution.
      id: 'intrusion',
      title: 'The intrusion',
      summary: 'The intrusion began before October 2022 and lasted into 2023.',
      start: '2022-10',
      qualifier: 'before',
      end: '2023',
      dateBasis: "'before October 2022 and lasted into 2023' (wire).",
      lane: 'uk',
      kinds: ['breach'],
      assertion: 'act',
      citations: [{ source: 'wire', quote: 'Its intrusion began before October 2022 and lasted into 2023' }],
    },
    {
      id: 'charges-filed',
      title: 'Seven people charged',
      summary: 'Prosecutors charged seven people over the campaign.',
      start: '2024-03-25',
      dateBasis: "'on 25 March 2024' (brief).",
      lane: 'us',
      kinds: ['charges'],
      assertion: 'act',
      by: ['prosecutors'],
      relations: [{ type: 'responds-to', event: 'campaign-begins' }],
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
  if (variant === 'plain') return events;
  const charges = events[2]!;
  charges.corrections = [{ date: '2024-03-27', note: 'An earlier version said eight people were charged.' }];
  events.push({
    id: 'embassy-denial',
    title: 'The embassy denies it',
    summary: 'The embassy called the claim that the group targeted lawmakers baseless.',
    start: '2024-03-26',
    dateBasis: "'On 26 March' (brief).",
    lane: 'us',
    kinds: ['denial'],
    assertion: 'act',
    by: ['embassy'],
    relations: [{ type: 'denies', event: 'campaign-begins' }],
    outsideKnowledge: 'The embassy has denied similar claims before.',
    citations: [{ source: 'brief', quote: DENIAL_LINE }],
  });
  return events;
}

function storyHead(variant: FixtureVariant): Omit<CuratedStory, 'events'> {
  const head: Omit<CuratedStory, 'events'> = {
    title: 'A small test story',
    description: 'Three events from two short articles.',
    actors: [
      { id: 'officials', label: 'Officials', aliases: ['Washington'] },
      { id: 'prosecutors', label: 'Prosecutors' },
    ],
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'uk', label: 'United Kingdom' },
    ],
    kinds: [
      { id: 'breach', label: 'Breach' },
      { id: 'charges', label: 'Charges' },
    ],
  };
  if (variant === 'plain') return head;
  return {
    ...head,
    description: 'Four events from two short articles, one of them a denial.',
    actors: [...head.actors, { id: 'embassy', label: 'The embassy' }],
    kinds: [...head.kinds, { id: 'denial', label: 'Denial' }],
    updated: '2024-03-28',
    corrections: [{ date: '2024-03-28', note: 'An earlier version gave the wrong date for the denial.' }],
  };
}

function manifest(): SourceManifestEntry[] {
  return Object.entries(ARTICLES).map(([id, { text: _text, ...entry }]) => ({ id, ...entry }));
}

/** Valid curated files, fresh on every call so tests may mutate them. */
export function makeCuratedFiles(variant: FixtureVariant = 'plain'): CuratedFiles {
  const texts = Object.fromEntries(Object.values(articles(variant)).map(({ file, text }) => [file, text]));
  // Newest first, so a compiler that forgets to sort events is caught.
  return { story: { ...storyHead(variant), events: curatedEvents(variant).reverse() }, manifest: manifest(), texts };
}

/** Where a quote sits in its article, computed here rather than written down. */
function place(citation: CuratedCitation, variant: FixtureVariant): Citation {
  const text: string = articles(variant)[citation.source as SourceId].text;
  const offset = text.indexOf(citation.quote);
  if (offset === -1 || text.includes(citation.quote, offset + 1)) {
    throw new Error(`fixture quote must occur once in source ${citation.source}: ${citation.quote}`);
  }
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + citation.quote.length);
  const end = newline === -1 ? text.length : newline;
  return { ...citation, offset, paragraph: { offset: start, text: text.slice(start, end) } };
}

function compiledTimeline(variant: FixtureVariant, overrides: Partial<Timeline>): Timeline {
  const at = (citation: CuratedCitation) => place(citation, variant);
  const events = curatedEvents(variant).map(({ discrepancies, ...event }) => ({
    ...event,
    citations: event.citations.map(at),
    ...(discrepancies && { discrepancies: discrepancies.map((d) => ({ ...d, citations: d.citations.map(at) })) }),
  }));
  const sources = manifest().map((entry) => ({ ...entry, text: articles(variant)[entry.id as SourceId].text }));
  return { schemaVersion: SCHEMA_VERSION, ...storyHead(variant), sources, events, ...overrides };
}

/** A valid compiled timeline, events in date order; `overrides` replace top-level fields. */
export function makeTimeline(overrides: Partial<Timeline> = {}): Timeline {
  return compiledTimeline('plain', overrides);
}

/** The disputed variant, compiled: four events, the last a denial linked to the allegation it denies. */
export function makeDisputedTimeline(overrides: Partial<Timeline> = {}): Timeline {
  return compiledTimeline('disputed', overrides);
}

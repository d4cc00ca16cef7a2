import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dateSortKey } from './dates';
import { makeTimeline } from './fixtures';
import type { Citation, Timeline, TimelineEvent } from './schema';
import { chronological, citationsBySource, findEvent, reportCount, reportingSources, sourcesById, stepEvent } from './selectors';

// makeTimeline(): events in date order
//   [0] "campaign-begins" 2021 (cites wire)
//   [1] "intrusion" before 2022-10 – 2023 (cites wire)
//   [2] "charges-filed" 2024-03-25 (cites wire, then brief)
// sources in manifest order: "wire", "brief".

/** The fixture events with each one's fields replaced by `changes[id]`. */
function eventsWith(changes: Record<string, Partial<TimelineEvent>>): TimelineEvent[] {
  return makeTimeline().events.map((event) => ({ ...event, ...changes[event.id] }));
}

function fixtureEvent(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`fixture has no event ${id}`);
  return event;
}

const ids = (events: (TimelineEvent | undefined)[]) => events.map((event) => event?.id);

describe('chronological', () => {
  test('is worked out once per array of events, which it leaves as it was', () => {
    const events = [...makeTimeline().events].reverse();
    const written = [...events];
    const ordered = chronological(events);
    expect(chronological(events)).toBe(ordered);
    expect(events).toEqual(written);
    expect(chronological([...events])).not.toBe(ordered);
  });

  test.each<[Record<string, Partial<TimelineEvent>>, boolean, string[], string]>([
    [{}, false, ['campaign-begins', 'intrusion', 'charges-filed'], 'already in order'],
    [{}, true, ['campaign-begins', 'intrusion', 'charges-filed'], 'reversed'],
    [{ intrusion: { start: '2024-03-25' } }, false, ['campaign-begins', 'intrusion', 'charges-filed'], 'same day keeps document order'],
    [
      { intrusion: { start: '2024-03-25' } },
      true,
      ['campaign-begins', 'charges-filed', 'intrusion'],
      'same day keeps reversed document order',
    ],
    [
      { 'campaign-begins': { start: '2024-03-25' }, intrusion: { start: '2024-03-25' } },
      false,
      ['campaign-begins', 'intrusion', 'charges-filed'],
      'three on one day',
    ],
    [
      { 'campaign-begins': { start: '2024-03-25' }, intrusion: { start: '2024-03-25' } },
      true,
      ['charges-filed', 'intrusion', 'campaign-begins'],
      'three on one day, reversed',
    ],
    [{ 'charges-filed': { start: '2021' } }, false, ['campaign-begins', 'charges-filed', 'intrusion'], 'same year'],
    [
      { 'charges-filed': { start: '2024-03' }, intrusion: { start: '2024-03-01' } },
      true,
      ['campaign-begins', 'charges-filed', 'intrusion'],
      'a month and its first day share a start',
    ],
    [
      { intrusion: { start: '2024-03-01' }, 'charges-filed': { start: '2024-03' } },
      false,
      ['campaign-begins', 'intrusion', 'charges-filed'],
      'a day before its month in the document stays first (not a string sort)',
    ],
    [
      { 'campaign-begins': { start: '2022-01-01' }, intrusion: { start: '2022' } },
      false,
      ['campaign-begins', 'intrusion', 'charges-filed'],
      'a first of January before its year stays first',
    ],
    [{ 'campaign-begins': { start: '2030' } }, false, ['intrusion', 'charges-filed', 'campaign-begins'], 'moves a later event to the end'],
  ])('%j (reversed: %s) → %j (%s)', (changes, reversed, expected) => {
    const events = eventsWith(changes);
    expect(ids(chronological(reversed ? events.reverse() : events))).toEqual(expected);
  });

  test('sorts by the date, not the string: a month sorts within its year', () => {
    const events = eventsWith({ 'campaign-begins': { start: '2024-12' }, intrusion: { start: '2024-02' } });
    expect(ids(chronological(events))).toEqual(['intrusion', 'charges-filed', 'campaign-begins']);
  });

  test('whatever the dates, it is a stable sort by each date’s first instant', () => {
    const date = fc.oneof(
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc
        .record({ year: fc.integer({ min: 2020, max: 2022 }), month: fc.integer({ min: 1, max: 12 }) })
        .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
      fc
        .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
        .map(({ month, day }) => `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
    );
    const base = makeTimeline().events[0]!;
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), (starts) => {
        const events = starts.map((start, i) => ({ ...base, id: `e${i}`, start }));
        const expected = events
          .map((event, i) => ({ event, i, key: dateSortKey(event.start) }))
          .sort((a, b) => a.key - b.key || a.i - b.i)
          .map(({ event }) => event.id);
        expect(ids(chronological(events))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('returns a new array and leaves the input alone', () => {
    const events = makeTimeline().events.reverse();
    const before = ids(events);
    const sorted = chronological(events);
    expect(sorted).not.toBe(events);
    expect(ids(events)).toEqual(before);
  });
});

describe('stepEvent', () => {
  const ordered = makeTimeline().events;

  test.each<[string | null, 1 | -1, string | undefined, string]>([
    ['campaign-begins', 1, 'intrusion', 'next from the first'],
    ['intrusion', 1, 'charges-filed', 'next from the middle'],
    ['charges-filed', 1, undefined, 'next from the last is nothing'],
    ['charges-filed', -1, 'intrusion', 'previous from the last'],
    ['intrusion', -1, 'campaign-begins', 'previous from the middle'],
    ['campaign-begins', -1, undefined, 'previous from the first is nothing'],
    [null, 1, 'campaign-begins', 'next with nothing selected is the first'],
    [null, -1, 'charges-filed', 'previous with nothing selected is the last'],
    ['no-such-event', 1, 'campaign-begins', 'next from an unknown id is the first'],
    ['no-such-event', -1, 'charges-filed', 'previous from an unknown id is the last'],
  ])('%j, %i → %j (%s)', (id, step, expected) => {
    expect(stepEvent(ordered, id, step)?.id).toBe(expected);
  });

  test.each<[1 | -1]>([[1], [-1]])('an empty list gives nothing (step %i)', (step) => {
    expect(stepEvent([], null, step)).toBeUndefined();
  });
});

describe('findEvent', () => {
  test.each<[string | null, string | undefined]>([
    ['intrusion', 'intrusion'],
    ['no-such-event', undefined],
    [null, undefined],
  ])('%j → %j', (id, expected) => {
    expect(findEvent(makeTimeline(), id)?.id).toBe(expected);
  });
});

describe('sourcesById', () => {
  test('maps each id to its source', () => {
    const map = sourcesById(makeTimeline());
    expect([...map.keys()]).toEqual(['wire', 'brief']);
    expect(map.get('brief')?.file).toBe('brief.txt');
  });
});

describe('reportingSources', () => {
  test.each<[string, string[]]>([
    ['campaign-begins', ['wire']],
    ['intrusion', ['wire']],
    ['charges-filed', ['wire', 'brief']],
  ])('%s is reported by %j', (id, expected) => {
    const timeline = makeTimeline();
    expect(reportingSources(timeline, fixtureEvent(timeline, id)).map((source) => source.id)).toEqual(expected);
    expect(reportCount(fixtureEvent(timeline, id))).toBe(expected.length);
  });

  test('counts a source once however often it is cited, in manifest order', () => {
    const timeline = makeTimeline();
    const charges = fixtureEvent(timeline, 'charges-filed');
    const [wire, brief] = charges.citations as [Citation, Citation];
    const event = { ...charges, citations: [brief, wire, brief, wire] };
    expect(reportingSources(timeline, event).map((source) => source.id)).toEqual(['wire', 'brief']);
  });

  test('ignores a cited source missing from the manifest', () => {
    const timeline = makeTimeline();
    const charges = fixtureEvent(timeline, 'charges-filed');
    const ghost = { ...charges.citations[0]!, source: 'ghost' };
    const event = { ...charges, citations: [ghost, ...charges.citations] };
    expect(reportingSources(timeline, event).map((source) => source.id)).toEqual(['wire', 'brief']);
  });
});

describe('citationsBySource', () => {
  test('groups an event’s citations by article, in manifest order', () => {
    const timeline = makeTimeline();
    const charges = fixtureEvent(timeline, 'charges-filed');
    const [wire, brief] = charges.citations as [Citation, Citation];
    const brief2: Citation = { ...brief, quote: 'Seven people were charged' };
    const event = { ...charges, citations: [brief, wire, brief2] };
    expect(citationsBySource(timeline, event).map(({ source, citations }) => [source.id, citations.map((c) => c.quote)])).toEqual([
      ['wire', ['Prosecutors on Monday charged seven people']],
      ['brief', ['Seven people were charged over a decade-long campaign on 25 March 2024.', 'Seven people were charged']],
    ]);
  });

  test('a single-source event has one group', () => {
    const timeline = makeTimeline();
    const groups = citationsBySource(timeline, fixtureEvent(timeline, 'campaign-begins'));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.source.label).toBe('Wire report, WASHINGTON (March 25)');
    expect(groups[0]?.citations.map((c) => c.quote)).toEqual(['The group began targeting lawmakers in 2021, officials said.']);
  });
});

import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { Citation, Source, TimelineEvent } from '../data/schema';
import { coverageRows, reportsPerSource, singleSourcedCount, unsourcedCount, type CoverageRow } from './coverageRows';

// makeTimeline(): events in date order
//   [0] "campaign-begins" (cites wire)
//   [1] "intrusion" (cites wire)
//   [2] "charges-filed" (cites wire, then brief)
// sources in manifest order: "wire", "brief".

/** A row reduced to what the tests compare: source ids per cell with their quotes. */
function shape(row: CoverageRow) {
  return {
    id: row.event.id,
    cells: row.cells.map((cell) => [cell.source.id, cell.citations.map((c) => c.quote)]),
    count: row.count,
    singleSource: row.singleSource,
  };
}

function cite(source: string, quote: string): Citation {
  return { source, quote, offset: 0, paragraph: { offset: 0, text: quote } };
}

function withCitations(event: TimelineEvent, citations: Citation[]): TimelineEvent {
  return { ...event, citations };
}

function source(id: string): Source {
  return { id, file: `${id}.txt`, label: id.toUpperCase(), text: 'text' };
}

describe('coverageRows', () => {
  test('one row per event in the given order, one cell per source in manifest order', () => {
    const timeline = makeTimeline();
    expect(coverageRows(timeline, timeline.events).map(shape)).toEqual([
      {
        id: 'campaign-begins',
        cells: [
          ['wire', ['The group began targeting lawmakers in 2021, officials said.']],
          ['brief', []],
        ],
        count: 1,
        singleSource: true,
      },
      {
        id: 'intrusion',
        cells: [
          ['wire', ['Its intrusion began before October 2022 and lasted into 2023']],
          ['brief', []],
        ],
        count: 1,
        singleSource: true,
      },
      {
        id: 'charges-filed',
        cells: [
          ['wire', ['Prosecutors on Monday charged seven people']],
          ['brief', ['Seven people were charged over a decade-long campaign on 25 March 2024.']],
        ],
        count: 2,
        singleSource: false,
      },
    ]);
  });

  test('keeps the order of the events it is given, and only those', () => {
    const timeline = makeTimeline();
    const [first, , last] = timeline.events;
    expect(coverageRows(timeline, [last!, first!]).map((row) => row.event.id)).toEqual(['charges-filed', 'campaign-begins']);
    expect(coverageRows(timeline, [])).toEqual([]);
  });

  test.each<[string, Citation[], string[][], number, boolean]>([
    ['one source', [cite('a', 'x')], [['x'], [], []], 1, true],
    ['two quotes from one source count once', [cite('b', 'x'), cite('b', 'y')], [[], ['x', 'y'], []], 1, true],
    ['two sources', [cite('a', 'x'), cite('c', 'y')], [['x'], [], ['y']], 2, false],
    ['every source', [cite('c', 'z'), cite('a', 'x'), cite('b', 'y')], [['x'], ['y'], ['z']], 3, false],
    ['cited out of manifest order: cells stay in manifest order', [cite('c', 'z'), cite('a', 'x')], [['x'], [], ['z']], 2, false],
    ['a source missing from the manifest is not counted', [cite('ghost', 'x')], [[], [], []], 0, false],
    ['a missing source beside a real one', [cite('ghost', 'x'), cite('b', 'y')], [[], ['y'], []], 1, true],
  ])('%s', (_name, citations, quotes, count, singleSource) => {
    const base = makeTimeline();
    const timeline = { ...base, sources: [source('a'), source('b'), source('c')] };
    const event = withCitations(base.events[0]!, citations);
    const [row] = coverageRows(timeline, [event]);
    expect(row!.cells.map((cell) => cell.source.id)).toEqual(['a', 'b', 'c']);
    expect(row!.cells.map((cell) => cell.citations.map((c) => c.quote))).toEqual(quotes);
    expect(row!.count).toBe(count);
    expect(row!.singleSource).toBe(singleSource);
  });
});

describe('singleSourcedCount and reportsPerSource', () => {
  test.each<[string, Citation[][], number, number[]]>([
    ['no rows', [], 0, [0, 0, 0]],
    ['all single-sourced', [[cite('a', 'x')], [cite('b', 'y')]], 2, [1, 1, 0]],
    [
      'none single-sourced',
      [
        [cite('a', 'x'), cite('b', 'y')],
        [cite('b', 'y'), cite('c', 'z')],
      ],
      0,
      [1, 2, 1],
    ],
    ['mixed', [[cite('a', 'x')], [cite('a', 'x'), cite('c', 'z')], [cite('c', 'z'), cite('c', 'w')]], 2, [2, 0, 2]],
  ])('%s', (_name, citationLists, single, perSource) => {
    const base = makeTimeline();
    const timeline = { ...base, sources: [source('a'), source('b'), source('c')] };
    const events = citationLists.map((citations, index) => ({ ...withCitations(base.events[0]!, citations), id: `e${index}` }));
    const rows = coverageRows(timeline, events);
    expect(singleSourcedCount(rows)).toBe(single);
    expect(reportsPerSource(timeline.sources, rows)).toEqual(perSource);
  });
});

describe('unsourced events', () => {
  test('are rows of their own kind: no article, not single-sourced, and counted', () => {
    const timeline = makeTimeline();
    const imported = { ...timeline.events[0]!, id: 'imported', citations: [], unsourced: true as const };
    const rows = coverageRows(timeline, [...timeline.events, imported]);
    expect(rows.at(-1)).toMatchObject({ count: 0, singleSource: false, unsourced: true });
    expect(unsourcedCount(rows)).toBe(1);
    expect(singleSourcedCount(rows)).toBe(2);
  });
});

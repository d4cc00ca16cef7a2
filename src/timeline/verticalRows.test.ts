import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { TimelineEvent } from '../data/schema';
import { RUN_UP_AND_BURST } from '../test/storyShapes';
import { LINEAR_SCALE, scaleFor } from './timeScale';
import { MAX_RAILS, verticalRows, type VerticalRow } from './verticalRows';

const base = makeTimeline().events[0]!;
const events: TimelineEvent[] = RUN_UP_AND_BURST.map(({ start, end }, i) => {
  const { end: _end, ...rest } = base;
  return { ...rest, id: `e${i}`, start, ...(end !== undefined && { end }) };
});

/** Each row as a short word: "2010", "e0", "cut", "burst(17)". */
const shape = (rows: VerticalRow[]) =>
  rows.map((row) =>
    row.kind === 'year'
      ? String(row.year)
      : row.kind === 'event'
        ? row.event.id
        : row.kind === 'burst'
          ? `burst(${row.events.length})`
          : 'cut',
  );

describe('verticalRows', () => {
  const rows = verticalRows(events, scaleFor(events));

  test('events run in time order, a year mark opening each year, a break at each cut, the burst one group', () => {
    expect(shape(rows)).toEqual([
      '2010',
      'e0',
      'cut',
      '2014',
      'e1',
      'cut',
      '2021',
      'e2',
      'e3',
      '2022',
      'e4',
      '2023',
      'e5',
      '2024',
      'burst(17)',
      'e23',
    ]);
  });

  test('the burst holds every event of its days, in order', () => {
    const burst = rows.find((row) => row.kind === 'burst');
    expect(burst?.kind === 'burst' && burst.events.map((event) => event.id)).toEqual(events.slice(6, 23).map((event) => event.id));
  });

  test('a period runs down a rail from its own row to the last row that starts before it ends, across a cut', () => {
    const railOf = (id: string) =>
      rows.flatMap((row, index) => row.rails.filter((rail) => rail.event.id === id).map((rail) => ({ index, ...rail })));
    // 2010–2016: its row, the cut after it, and 2014's year mark and event; not the cut after 2016.
    const first = railOf('e0');
    expect(first.map((rail) => shape([rows[rail.index]!])[0])).toEqual(['e0', 'cut', '2014', 'e1']);
    expect(first[0]).toMatchObject({ starts: true, ends: false });
    expect(first.at(-1)).toMatchObject({ starts: false, ends: true });
    // Side by side while both run: 2014–2022 takes the next column.
    expect(railOf('e1')[0]!.column).toBe(1);
    // A column is free again once its period has ended: Oct 2021 – Oct 2022 starts after 2010–2016 ends.
    expect(railOf('e3')[0]!.column).toBe(0);
    // A point in time has no rail.
    expect(railOf('e2')).toEqual([]);
  });

  test('filtered down to a few, a burst is no longer a group: its events stand as rows', () => {
    const few = [...events.slice(0, 6), ...events.slice(6, 9), events[23]!];
    expect(shape(verticalRows(few, scaleFor(events)))).toContain('e7');
    expect(shape(verticalRows(few, scaleFor(events)))).not.toContain('burst(3)');
  });

  test('a linear scale has no breaks and no groups', () => {
    const linear = verticalRows(events, LINEAR_SCALE);
    expect(linear.some((row) => row.kind === 'cut' || row.kind === 'burst')).toBe(false);
    expect(linear.filter((row) => row.kind === 'event')).toHaveLength(events.length);
  });

  test(`at most ${MAX_RAILS} periods run side by side`, () => {
    const overlapping = Array.from({ length: MAX_RAILS + 2 }, (_, i) => ({ ...events[0]!, id: `p${i}`, start: '2010', end: '2020' }));
    const linear = verticalRows(overlapping, LINEAR_SCALE);
    expect(Math.max(...linear.map((row) => row.rails.length))).toBe(MAX_RAILS);
  });
});

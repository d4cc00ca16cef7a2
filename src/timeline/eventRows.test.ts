import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { TimelineEvent } from '../data/schema';
import { toEventRows } from './eventRows';

const at = (id: string, start: string): TimelineEvent => ({ ...makeTimeline().events[0]!, id, start });

describe('toEventRows', () => {
  test('keeps the order and marks the first event of each year', () => {
    const events = [at('a', '2021'), at('b', '2021-05'), at('c', '2022-01-03'), at('d', '2024'), at('e', '2024-12-31')];
    expect(toEventRows(events).map(({ event, year, firstOfYear }) => [event.id, year, firstOfYear])).toEqual([
      ['a', 2021, true],
      ['b', 2021, false],
      ['c', 2022, true],
      ['d', 2024, true],
      ['e', 2024, false],
    ]);
  });

  test('a year the list returns to after another starts a new run, as the grouped list does', () => {
    const rows = toEventRows([at('a', '2021'), at('b', '2022'), at('c', '2021')]);
    expect(rows.map((row) => row.firstOfYear)).toEqual([true, true, true]);
  });

  test('no events, no rows', () => {
    expect(toEventRows([])).toEqual([]);
  });

  test('are worked out once per array of events', () => {
    const events = [at('a', '2021'), at('b', '2022')];
    expect(toEventRows(events)).toBe(toEventRows(events));
    expect(toEventRows([...events])).toEqual(toEventRows(events));
  });
});

import type { TimelineEvent } from '../data/schema';
import { groupByYear } from './groupByYear';

/** One line of the virtual list: an event, and whether it opens its year (and so carries the year heading). */
export interface EventRow {
  event: TimelineEvent;
  year: number;
  firstOfYear: boolean;
}

// Worked out once per array of events, which is never changed once loaded (a large story's preparing asks first).
const rowsOf = new WeakMap<TimelineEvent[], EventRow[]>();

/** Events (already in time order) as one flat run of rows, the year marked on the first of each year. */
export function toEventRows(events: TimelineEvent[]): EventRow[] {
  let rows = rowsOf.get(events);
  if (!rows) {
    rows = groupByYear(events).flatMap(({ year, events: ofYear }) => ofYear.map((event, i) => ({ event, year, firstOfYear: i === 0 })));
    rowsOf.set(events, rows);
  }
  return rows;
}

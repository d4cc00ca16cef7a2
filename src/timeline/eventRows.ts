import type { TimelineEvent } from '../data/schema';
import { rememberedPer } from '../lib/rememberedPer';
import { groupByYear } from './groupByYear';

/** One line of the virtual list: an event, and whether it opens its year (and so carries the year heading). */
export interface EventRow {
  event: TimelineEvent;
  year: number;
  firstOfYear: boolean;
}

/**
 * Events (already in time order) as one flat run of rows, the year marked on the first of each
 * year. Worked out once per array of events (a large story's preparing asks first).
 */
export const toEventRows = rememberedPer((events: TimelineEvent[]): EventRow[] =>
  groupByYear(events).flatMap(({ year, events: ofYear }) => ofYear.map((event, i) => ({ event, year, firstOfYear: i === 0 }))),
);

/** Which of the marks the timeline's legend explains a story has (MarkLegend.tsx). */
import { parsePartialDate } from '../data/dates';
import type { TimelineEvent } from '../data/schema';

// An array of events is never changed once loaded: three passes over 100,000 events are made once.
const marks = new WeakMap<TimelineEvent[], { allegations: boolean; roughDays: boolean; unsourced: boolean }>();

/** Which marks the legend explains are among `events` (a large story's preparing asks first). */
export function marksAmong(events: TimelineEvent[]): { allegations: boolean; roughDays: boolean; unsourced: boolean } {
  let found = marks.get(events);
  if (!found) {
    found = {
      allegations: events.some((event) => event.assertion === 'allegation'),
      // A day given with a qualifier, drawn as a hollow dashed dot (toTimelineItem).
      roughDays: events.some((event) => event.qualifier && event.end === undefined && parsePartialDate(event.start)?.precision === 'day'),
      unsourced: events.some((event) => event.unsourced),
    };
    marks.set(events, found);
  }
  return found;
}

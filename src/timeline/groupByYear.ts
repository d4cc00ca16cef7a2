import { parsePartialDate } from '../data/dates';
import type { TimelineEvent } from '../data/schema';

/** Events (already in time order) in runs by the year they start. */
export function groupByYear(events: TimelineEvent[]): { year: number; events: TimelineEvent[] }[] {
  const groups: { year: number; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = parsePartialDate(event.start)?.year ?? 0;
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

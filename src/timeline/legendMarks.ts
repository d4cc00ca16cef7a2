/** Which of the marks the timeline's legend explains a story has (MarkLegend.tsx). */
import { parsePartialDate } from '../data/dates';
import type { TimelineEvent } from '../data/schema';
import { rememberedPer } from '../lib/rememberedPer';

/**
 * Which marks the legend explains are among `events`: three passes, made once per array of
 * events (a large story's preparing asks first).
 */
export const marksAmong = rememberedPer((events: TimelineEvent[]) => ({
  allegations: events.some((event) => event.assertion === 'allegation'),
  // A day given with a qualifier, drawn as a hollow dashed dot (toTimelineItem).
  roughDays: events.some((event) => event.qualifier && event.end === undefined && parsePartialDate(event.start)?.precision === 'day'),
  unsourced: events.some((event) => event.unsourced),
}));

/**
 * A small story stacks one event per row (visTimeline.ts), in vis-timeline's own order: so
 * no label's width decides where another goes, and its first screen can be worked out ahead
 * of time without measuring anything (firstScreen.ts).
 */
import type { TimelineItem } from './toTimelineItems';

/** Up to this many events, each has a row of its own in its lane; more, and they share rows where they fit. */
export const ROW_EACH_MAX_EVENTS = 60;

export function rowEach(eventCount: number, compact: boolean): boolean {
  return !compact && eventCount > 0 && eventCount <= ROW_EACH_MAX_EVENTS;
}

/** How many of `items` are events, not backdrops. */
export function eventCount(items: TimelineItem[]): number {
  return items.reduce((count, item) => (item.type === 'background' ? count : count + 1), 0);
}

/**
 * A large story's heavy derived data (its marks on the timeline, its axis), worked out in short
 * tasks before its page is drawn: drawn in one go, 100,000 events held the page still for more
 * than half a second. Each result is remembered where it is made (toTimelineItems per event,
 * scaleFor per array), so the page finds it ready.
 */
import type { Timeline } from '../data/schema';
import { nextTask } from '../lib/nextTask';
import { scaleFor } from '../timeline/timeScale';
import { toTimelineItems } from '../timeline/toTimelineItems';

/** Events made into marks per task: about 10 ms of work on a slow machine. */
const EVENTS_PER_TASK = 5_000;

export async function prepareStory(timeline: Timeline, cancelled: () => boolean = () => false): Promise<void> {
  const { events, lanes } = timeline;
  for (let from = 0; from < events.length; from += EVENTS_PER_TASK) {
    // The lanes in the story's order, as the timeline colours them.
    toTimelineItems(events.slice(from, from + EVENTS_PER_TASK), lanes);
    await nextTask();
    if (cancelled()) return;
  }
  scaleFor(events);
}

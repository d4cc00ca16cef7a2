/**
 * A large story's heavy derived data (its marks on the timeline, its time order, its axis),
 * worked out in short tasks before its page is drawn: drawn in one go, 100,000 events held the
 * page still for more than half a second. Each result is remembered where it is made
 * (toTimelineItems per event, chronological and scaleFor per array), so the page finds it ready.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Timeline } from '../data/schema';
import { chronological } from '../data/selectors';
import { nextTask } from '../lib/nextTask';
import { scaleFor } from '../timeline/timeScale';
import { toTimelineItems } from '../timeline/toTimelineItems';

/** From this many events a story is prepared in parts; a smaller one is drawn at once. */
export const PREPARE_FROM_EVENTS = 5_000;
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
  chronological(events);
  await nextTask();
  if (cancelled()) return;
  scaleFor(events);
}

/**
 * `timeline` once it can be drawn without a long task: a small story at once, a large one
 * after prepareStory, and then in a transition, which React renders in parts it can pause
 * between. Undefined meanwhile.
 */
export function usePreparedStory(timeline: Timeline | undefined): Timeline | undefined {
  const large = timeline !== undefined && timeline.events.length >= PREPARE_FROM_EVENTS;
  const [prepared, setPrepared] = useState<Timeline>();
  useEffect(() => {
    if (!timeline || !large) return;
    let cancelled = false;
    const show = () => {
      if (!cancelled) startTransition(() => setPrepared(timeline));
    };
    // Should preparing fail, drawing the page shows the error as it would have.
    prepareStory(timeline, () => cancelled).then(show, show);
    return () => {
      cancelled = true;
    };
  }, [timeline, large]);
  if (!large) return timeline;
  return prepared === timeline ? timeline : undefined;
}

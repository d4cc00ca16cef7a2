import { startTransition, useEffect, useState } from 'react';
import type { Timeline } from '../data/schema';

/**
 * From this many events a story is prepared in parts (prepareStory.ts); a smaller one is drawn
 * at once, which is sooner: 10,000 events drawn at once take a task of about 110 ms (`npm run
 * bench`), 100,000 about 670 ms.
 */
export const PREPARE_FROM_EVENTS = 15_000;

/**
 * Gets a large story read ahead of its checks ready meanwhile (data/readAhead.ts), so that little
 * of prepareStory's work is left once they pass: its results are remembered per event and per
 * events array, which the checked story shares with the story read ahead.
 */
export function prepareAhead(story: Timeline, wanted: () => boolean): void {
  if (story.events.length < PREPARE_FROM_EVENTS) return;
  import('./prepareStory').then(({ prepareStory }) => prepareStory(story, () => !wanted())).catch(() => undefined);
}

/**
 * Resolves once the parts drawn after a large story's first screen (its list, its evidence) can
 * be drawn without a long task (prepareLaterParts); at once for a smaller story.
 */
export function readyForLaterParts(timeline: Timeline, cancelled: () => boolean): Promise<void> {
  if (timeline.events.length < PREPARE_FROM_EVENTS) return Promise.resolve();
  return import('./prepareStory').then(({ prepareLaterParts }) => prepareLaterParts(timeline, cancelled));
}

/**
 * `timeline` once it can be drawn without a long task: a small story at once, a large one
 * after prepareStory (prepareStory.ts), and then in a transition, which React renders in
 * parts it can pause between. Undefined meanwhile.
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
    // Loaded only for a large story. Should preparing fail, drawing the page shows the error as it would have.
    import('./prepareStory').then(({ prepareStory }) => prepareStory(timeline, () => cancelled)).then(show, show);
    return () => {
      cancelled = true;
    };
  }, [timeline, large]);
  if (!large) return timeline;
  return prepared === timeline ? timeline : undefined;
}

/**
 * A large story's heavy derived data, worked out in short tasks: drawn in one go, 100,000 events
 * held the page still for more than half a second. What the first screen needs (its marks on the
 * timeline, its order, its axis, the summary's index, the legend's marks) before the page is
 * drawn; what only the parts drawn after it need (the list's rows, the index of its links) once
 * it is shown. Each result is remembered where it is made (per event, or per array of events or
 * marks), so the page finds it ready.
 */
import { prepareClaims } from '../data/claims';
import { chronological } from '../data/selectors';
import type { Timeline } from '../data/schema';
import { nextTask } from '../lib/nextTask';
import { toEventRows } from '../timeline/eventRows';
import { marksAmong } from '../timeline/legendMarks';
import { prepareOverview } from '../timeline/overview';
import { scaleFor } from '../timeline/timeScale';
import { extent, toTimelineItems } from '../timeline/toTimelineItems';

/** Events made into marks per task: about 10 ms of work on a slow machine. */
const EVENTS_PER_TASK = 5_000;

type Preparing = (timeline: Timeline, cancelled: () => boolean) => Promise<void>;

/**
 * `preparing` run once per array of events and what else its results depend on (`alsoOn`), or
 * the one already under way waited for: the story read ahead of its checks and the same story
 * once checked share their events array (data/readAhead.ts), and the second is not prepared
 * again. Stopped by `cancelled`, a preparing leaves the rest to be worked out when the page
 * asks: slower, never wrong.
 */
function oncePerEvents(alsoOn: (timeline: Timeline) => unknown, preparing: Preparing) {
  const under = new WeakMap<Timeline['events'], { also: unknown; done: Promise<void> }>();
  return (timeline: Timeline, cancelled: () => boolean = () => false): Promise<void> => {
    const also = alsoOn(timeline);
    const known = under.get(timeline.events);
    if (known && known.also === also) return known.done;
    const done = preparing(timeline, cancelled);
    under.set(timeline.events, { also, done });
    return done;
  };
}

/** Prepares what the first screen needs of `timeline` (its marks are coloured by its lanes), or waits for that preparing. */
export const prepareStory = oncePerEvents((timeline) => timeline.lanes, prepare);

async function prepare(timeline: Timeline, cancelled: () => boolean): Promise<void> {
  const { events, lanes } = timeline;
  for (let from = 0; from < events.length; from += EVENTS_PER_TASK) {
    // The lanes in the story's order, as the timeline colours them.
    toTimelineItems(events.slice(from, from + EVENTS_PER_TASK), lanes);
    await nextTask();
    if (cancelled()) return;
  }
  await inTasks(
    [
      () => chronological(events),
      () => toTimelineItems(chronological(events), lanes),
      () => extent(toTimelineItems(chronological(events), lanes)),
      () => prepareOverview(toTimelineItems(chronological(events), lanes)),
      () => marksAmong(chronological(events)),
      () => scaleFor(events),
    ],
    cancelled,
  );
}

/**
 * Prepares what the parts drawn after the first screen need (the list's rows, the index of links
 * the list and the evidence read, which names the story's actors), or waits for that preparing:
 * asked for once the first screen is shown, it keeps about 90 ms at 100,000 events from holding
 * the timeline back.
 */
export const prepareLaterParts = oncePerEvents(
  (timeline) => timeline.actors,
  (timeline, cancelled) => inTasks([() => toEventRows(chronological(timeline.events)), () => prepareClaims(timeline)], cancelled),
);

/** Each a pass or a sort over all the events, in a task of its own: the page, unfiltered, asks for the same arrays. */
async function inTasks(steps: (() => unknown)[], cancelled: () => boolean): Promise<void> {
  for (const step of steps) {
    step();
    await nextTask();
    if (cancelled()) return;
  }
}

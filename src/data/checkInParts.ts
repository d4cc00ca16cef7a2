/**
 * A document's checks made as its events arrive, part by part, so that the document worker
 * need not hold 100,000 events to check them at the end (documentWorker.ts): parseTimeline's
 * checks, split into the story's own (its text before the events), each event's on its own, and
 * those across events (unique ids, narrative steps and links that name events), made at the end.
 *
 * Only a yes counts, and it means what parseTimeline's yes means for the same document: it
 * takes the document as it is. Anything else (a problem, a document not in the schema's own
 * form, a story that goes on after its events) is no verdict: the whole document is then
 * checked by parseTimeline, which says what is wrong in its own words.
 */
import { z } from 'zod/mini';
import {
  eventActorProblems,
  eventPlacementProblems,
  eventReferenceProblems,
  findReferenceProblems,
  knownIdsOf,
  narrativeProblems,
  relationProblems,
  sourceTexts,
  type EventFields,
} from './integrity.ts';
import type { StoryAhead } from './eventsInText.ts';
import { timelineEventSchema, timelineSchema, type Timeline, type TimelineEvent } from './schema.ts';
import { formCheck } from './schemaForm.ts';

type QuickCheck = ReturnType<typeof formCheck>;
let quick: { story: QuickCheck; event: QuickCheck } | undefined;

/** The quick checks of a story without its events and of one event, read from the schema when first asked for: only the worker asks (the page loads this module with the validator). */
const quickChecks = () =>
  (quick ??= {
    story: formCheck(z.omit(timelineSchema, { events: true })),
    event: formCheck(timelineEventSchema),
  });

export interface ChecksInParts {
  /** The next events of the document, in order: false once any of them, or any before, fails. */
  part: (events: unknown[]) => boolean;
  /** All has arrived, and the events given were all of the story's (as EventsAsTheyArrive reads it): whether parseTimeline would take the document as it is. */
  end: (ahead: StoryAhead) => boolean;
}

/** The part of a JSON text that may follow an emptied events array when nothing comes after it in the object. */
const NOTHING_AFTER = /^\[\]\s*\}\s*$/;

/**
 * Checks for a document whose text up to its events' `[` is `before`; null where that text
 * alone is not a story in the schema's own form without problems, or the schema uses a part of
 * zod the quick checks do not read.
 */
export function checksInParts(before: string): ChecksInParts | null {
  const { story: storyCheck, event: eventCheck } = quickChecks();
  if (!storyCheck || !eventCheck) return null;
  let head: unknown;
  try {
    head = JSON.parse(`${before}[]}`);
  } catch {
    return null;
  }
  if (typeof head !== 'object' || head === null) return null;
  const { events: emptied, ...rest } = head as { events?: unknown };
  if (!Array.isArray(emptied) || !storyCheck(rest)) return null;
  const story = rest as Omit<Timeline, 'events'>;
  if (findReferenceProblems({ ...story, events: undefined }).length > 0) return null;

  const known = knownIdsOf(story);
  const actorIds: ReadonlySet<string | undefined> = new Set(story.actors?.map((actor) => actor.id));
  const texts = sourceTexts(story.sources);
  /** Each event's assertion by its id, for the checks across events. */
  const assertions = new Map<string, TimelineEvent['assertion']>();
  /** The events with links, to be checked once every event they may name has arrived. */
  const linking: { index: number; event: EventFields }[] = [];
  let count = 0;
  let passing = true;

  const passes = (json: unknown): boolean => {
    if (!eventCheck(json)) return false;
    const event = json as TimelineEvent;
    const index = count++;
    if (assertions.has(event.id)) return false;
    assertions.set(event.id, event.assertion);
    if (event.relations) linking.push({ index, event: { id: event.id, kinds: event.kinds, relations: event.relations } });
    return (
      eventReferenceProblems(event, index, known).length === 0 &&
      eventActorProblems(event, index, actorIds).length === 0 &&
      eventPlacementProblems(event, index, texts).length === 0
    );
  };

  return {
    part(events) {
      if (passing) for (const event of events) if (!(passing = passes(event))) break;
      return passing;
    },
    end({ story: text, events }) {
      if (!passing || count === 0 || count !== events) return false;
      if (!text.startsWith(before) || !NOTHING_AFTER.test(text.slice(before.length))) return false;
      const eventWithId = (id: string) => (assertions.has(id) ? { assertion: assertions.get(id) } : undefined);
      const isEvent = (id: string) => assertions.has(id);
      return (
        narrativeProblems(story.narratives ?? [], assertions).length === 0 &&
        linking.every(({ index, event }) => relationProblems(event, index, eventWithId, isEvent).length === 0)
      );
    },
  };
}

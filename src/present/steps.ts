/**
 * The steps of a presentation: an overview of the whole period, the events in
 * story order (chronological, or a named narrative's), and the overview again.
 * Pure functions, so stepping is tested without a browser.
 */
import { dateEndKey, dateSortKey, type DateQualifier } from '../data/dates';
import { chronological } from '../data/selectors';
import type { Citation, Narrative, Timeline, TimelineEvent } from '../data/schema';

/** The time a set of events covers, as partial dates: "2014" to "2024-03-26". */
export interface Period {
  start: string;
  end: string;
  /** The first event's qualifier, when its start is only bounded or approximate. */
  qualifier?: DateQualifier;
}

export type Step =
  | {
      kind: 'overview';
      position: 'start' | 'end';
      title: string;
      /** The narrative's own description (or the story's standfirst, in plain time order). */
      description?: string;
      /** The span of the events this presentation shows; none when it shows none. */
      period?: Period;
      note?: string;
    }
  | { kind: 'event'; event: TimelineEvent; title: string; note?: string };

export interface Presentation {
  /** The narrative being played, or undefined for plain chronology. */
  narrative?: Narrative;
  steps: Step[];
}

export function presentation(timeline: Timeline, narrativeId: string | null): Presentation {
  const narrative = timeline.narratives?.find((n) => n.id === narrativeId);
  const byId = new Map(timeline.events.map((event) => [event.id, event]));
  const eventSteps: Step[] = narrative
    ? narrative.steps.flatMap((step) => {
        const event = byId.get(step.event);
        if (!event) return [];
        const note = step.note ?? event.notes;
        return [{ kind: 'event' as const, event, title: step.title ?? event.title, ...(note !== undefined && { note }) }];
      })
    : chronological(timeline.events).map((event) => ({
        kind: 'event' as const,
        event,
        title: event.title,
        ...(event.notes !== undefined && { note: event.notes }),
      }));
  // A narrative's overview is about the narrative: its title, its description, its events' dates.
  const title = narrative ? narrative.title : timeline.title;
  const description = narrative ? narrative.description : timeline.description;
  const period = periodOf(eventSteps.flatMap((step) => (step.kind === 'event' ? [step.event] : [])));
  const overview = { kind: 'overview' as const, title, ...(period && { period }) };
  return {
    ...(narrative && { narrative }),
    steps: [
      { ...overview, position: 'start', ...(description !== undefined && { description, note: description }) },
      ...eventSteps,
      { ...overview, position: 'end' },
    ],
  };
}

/**
 * From the earliest start to the latest end among `events`, at the precision the dates
 * have: "2024" ends after "2024-05", since it may mean December. On a tie, the start
 * known without a qualifier wins ("2010" over "about 2010").
 */
export function periodOf(events: TimelineEvent[]): Period | undefined {
  let first: TimelineEvent | undefined;
  let last: string | undefined;
  let lastUntil = -Infinity;
  for (const event of events) {
    const from = dateSortKey(event.start);
    const firstFrom = first ? dateSortKey(first.start) : Infinity;
    if (from < firstFrom || (from === firstFrom && first?.qualifier && !event.qualifier)) first = event;
    const end = event.end ?? event.start;
    const until = dateEndKey(end);
    if (until > lastUntil) [last, lastUntil] = [end, until];
  }
  if (!first || last === undefined) return undefined;
  return { start: first.start, end: last, ...(first.qualifier && { qualifier: first.qualifier }) };
}

export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count === 0) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}

/**
 * The quote to put on screen for an event: the fullest one that still reads
 * aloud in a breath (under 280 characters); failing that, the shortest.
 */
export function strongestQuote(event: TimelineEvent): Citation | undefined {
  const fitting = event.citations.filter((citation) => citation.quote.length <= 280);
  if (fitting.length > 0) return fitting.reduce((best, c) => (c.quote.length > best.quote.length ? c : best));
  // An unsourced event has none: undefined.
  return event.citations.reduce<Citation | undefined>((best, c) => (best && best.quote.length <= c.quote.length ? best : c), undefined);
}

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen' | 'blank' | 'presenter';

const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  p: 'presenter',
  P: 'presenter',
};

/** What a key (or a clicker, which sends PageDown, PageUp and '.') asks the presentation to do. */
export function actionForKey(key: string): PresentAction | null {
  return KEYS[key] ?? null;
}

/** The step an action moves to. */
export function stepAfter(action: PresentAction, step: number, count: number): number {
  switch (action) {
    case 'next':
      return clampStep(step + 1, count);
    case 'previous':
      return clampStep(step - 1, count);
    case 'first':
      return 0;
    case 'last':
      return Math.max(count - 1, 0);
    default:
      return step;
  }
}

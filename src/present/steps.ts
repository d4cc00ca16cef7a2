/**
 * The steps of a presentation: an overview of the whole period, the events in
 * story order (chronological, or a named narrative's), and the overview again.
 * Pure functions, so stepping is tested without a browser.
 */
import { chronological } from '../data/selectors';
import type { Citation, Narrative, Timeline, TimelineEvent } from '../data/schema';

export type Step =
  | { kind: 'overview'; position: 'start' | 'end'; title: string; note?: string }
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
  const title = narrative?.title ?? timeline.title;
  return {
    ...(narrative && { narrative }),
    steps: [
      { kind: 'overview', position: 'start', title, note: narrative?.description ?? timeline.description },
      ...eventSteps,
      { kind: 'overview', position: 'end', title },
    ],
  };
}

export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count === 0) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}

/**
 * The quote to put on screen for an event: the fullest one that still reads
 * aloud in a breath (under 280 characters); failing that, the shortest.
 */
export function strongestQuote(event: TimelineEvent): Citation {
  const fitting = event.citations.filter((citation) => citation.quote.length <= 280);
  if (fitting.length > 0) return fitting.reduce((best, c) => (c.quote.length > best.quote.length ? c : best));
  return event.citations.reduce((best, c) => (c.quote.length < best.quote.length ? c : best));
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

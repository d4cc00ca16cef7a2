import type { KeyboardEvent } from 'react';
import { formatDateRange } from '../data/dates';
import type { Lane, TimelineEvent } from '../data/schema';
import { groupByYear } from './groupByYear';
import './eventList.css';

export interface EventListProps {
  /** Events in the order to list them (chronological, already filtered). */
  events: TimelineEvent[];
  lanes: Lane[];
  /** How many articles there are in all, for the coverage count. */
  sourceCount: number;
  selectedId: string | null;
  /** Called when the reader chooses an event. */
  onSelect: (id: string) => void;
}

function distinctSources(event: TimelineEvent): number {
  return new Set(event.citations.map((citation) => citation.source)).size;
}

const STEP_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Up, Down, Home and End move between the event buttons, as in a list box. */
function onListKeyDown(event: KeyboardEvent<HTMLElement>) {
  const step = STEP_KEYS[event.key];
  if (!step) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  buttons[step(index, buttons.length)]?.focus();
}

/** Every event in order, grouped by year: the way through the story by keyboard or screen reader. */
export function EventList({ events, lanes, sourceCount, selectedId, onSelect }: EventListProps) {
  const laneLabel = new Map(lanes.map((lane) => [lane.id, lane.label]));
  return (
    <nav className="event-list no-print" aria-labelledby="event-list-heading" onKeyDown={onListKeyDown}>
      <h2 id="event-list-heading" className="event-list__heading">Events in order</h2>
      {groupByYear(events).map(({ year, events: ofYear }) => (
        <section key={year} aria-labelledby={`event-year-${year}`}>
          <h3 id={`event-year-${year}`} className="event-list__year">{year}</h3>
          <ol className="event-list__items">
            {ofYear.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="event-list__item"
                  data-event-id={event.id}
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(event.id)}
                >
                  <time className="event-list__date" dateTime={event.start}>
                    {formatDateRange(event.start, event.end, event.qualifier, 'short')}
                  </time>
                  <span className="event-list__title">{event.title}</span>
                  <span className="event-list__meta">
                    {laneLabel.get(event.lane) ?? event.lane} · {distinctSources(event)} of {sourceCount} articles
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}

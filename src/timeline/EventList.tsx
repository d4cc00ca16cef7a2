import { formatDateRange } from '../data/dates';
import type { Lane, TimelineEvent } from '../data/schema';
import './eventList.css';

export interface EventListProps {
  /** Events in the order to list them (chronological). */
  events: TimelineEvent[];
  lanes: Lane[];
  /** How many articles there are in all, for the coverage count. */
  sourceCount: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function distinctSources(event: TimelineEvent): number {
  return new Set(event.citations.map((citation) => citation.source)).size;
}

/** Every event in order, as plain buttons: the way through the story by keyboard or screen reader. */
export function EventList({ events, lanes, sourceCount, selectedId, onSelect }: EventListProps) {
  const laneLabel = new Map(lanes.map((lane) => [lane.id, lane.label]));
  return (
    <nav className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="event-list__heading">All {events.length} events</h2>
      <ol className="event-list__items">
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="event-list__item"
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
    </nav>
  );
}

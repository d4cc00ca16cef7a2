import { formatCount } from '../lib/count';
import { lazy, Suspense, useImperativeHandle, useRef, type Ref } from 'react';
import type { Lane, TimelineEvent } from '../data/schema';
import { focusInFrame } from '../lib/reveal';
import { EventListButton } from './EventListButton';
import { groupByYear } from './groupByYear';
import { moveFocusAmong } from './listKeys';

// Only long stories need it, so most readers never download it.
const VirtualEventList = lazy(() => import('./VirtualEventList').then((module) => ({ default: module.VirtualEventList })));
import './eventList.css';

// Up to here every row renders in a frame or two and find-in-page sees them all; beyond, the DOM grows past what phones lay out quickly.
export const VIRTUAL_LIST_THRESHOLD = 300;

export interface EventListProps {
  /** Events in the order to list them (chronological, already filtered). */
  events: TimelineEvent[];
  lanes: Lane[];
  /** How many articles there are in all, for the coverage count. */
  sourceCount: number;
  /** Who says so, per event, for its meta line ("Alleged by UK government"); '' for nothing. */
  attributionOf?: (event: TimelineEvent) => string;
  selectedId: string | null;
  /** Called when the reader chooses an event, to open its evidence. */
  onOpen: (id: string) => void;
  /** What the list lets others do: focus an event's row. */
  ref?: Ref<EventListHandle>;
}

export interface EventListHandle {
  /** Focuses the event's row, if it is drawn; false when it is not. */
  focusEvent: (id: string) => boolean;
}

/**
 * Every event in order, grouped by year: the way through the story by keyboard or screen reader.
 * Long stories get a virtual list that renders only the rows in view.
 */
export function EventList({ events, lanes, sourceCount, attributionOf, selectedId, onOpen, ref }: EventListProps) {
  const laneLabels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  const virtual = events.length > VIRTUAL_LIST_THRESHOLD;
  const nav = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => ({
    focusEvent: (id) => {
      const row = nav.current?.querySelector<HTMLElement>(`button[data-event-id="${CSS.escape(id)}"]`);
      if (row) focusInFrame(row);
      return row != null;
    },
  }));
  return (
    <nav
      ref={nav}
      className="event-list no-print"
      aria-labelledby="event-list-heading"
      onKeyDown={virtual ? undefined : (event) => moveFocusAmong(event, 'button[data-event-id]')}
    >
      <h2 id="event-list-heading" className="event-list__heading">
        Events in order
      </h2>
      {virtual ? (
        <Suspense
          fallback={
            <p className="event-list__loading" role="status">
              Loading the list of {formatCount(events.length)} events…
            </p>
          }
        >
          <VirtualEventList
            events={events}
            laneLabels={laneLabels}
            sourceCount={sourceCount}
            attributionOf={attributionOf}
            selectedId={selectedId}
            onOpen={onOpen}
          />
        </Suspense>
      ) : (
        groupByYear(events).map(({ year, events: ofYear }) => (
          <section key={year} aria-labelledby={`event-year-${year}`}>
            <h3 id={`event-year-${year}`} className="event-list__year">
              {year}
            </h3>
            <ol className="event-list__items">
              {ofYear.map((event) => (
                <li key={event.id}>
                  <EventListButton
                    event={event}
                    laneLabel={laneLabels.get(event.lane) ?? event.lane}
                    attribution={attributionOf?.(event)}
                    sourceCount={sourceCount}
                    current={event.id === selectedId}
                    onOpen={onOpen}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </nav>
  );
}

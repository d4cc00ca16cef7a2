import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/schema';
import { reportCount } from '../data/selectors';

export interface EventListButtonProps {
  event: TimelineEvent;
  /** The lane's label, as shown in the meta line. */
  laneLabel: string;
  /** How many articles there are in all, for the coverage count. */
  sourceCount: number;
  /** Who says so, in a few words ("Alleged by UK government"), or '' for nothing to say. */
  attribution?: string;
  /** Whether this is the event open in the evidence panel. */
  current: boolean;
  onOpen: (id: string) => void;
}

/** One event in the list: date, title and coverage; choosing it opens its evidence. */
export function EventListButton({ event, laneLabel, attribution, sourceCount, current, onOpen }: EventListButtonProps) {
  return (
    <button
      type="button"
      className="event-list__item"
      data-event-id={event.id}
      aria-current={current ? 'true' : undefined}
      onClick={() => onOpen(event.id)}
    >
      <time className="event-list__date" dateTime={event.start}>
        {formatDateRange(event.start, event.end, event.qualifier, 'short')}
      </time>
      <span className="event-list__title">{event.title}</span>
      <span className="event-list__meta">
        {laneLabel} · {attribution ? `${attribution} · ` : ''}
        {event.unsourced ? 'no source article yet' : `${reportCount(event)} of ${sourceCount} article${sourceCount === 1 ? '' : 's'}`}
      </span>
    </button>
  );
}

import { formatDateRange } from '../data/dates';
import type { Lane, TimelineEvent } from '../data/schema';
import type { TimeWindow } from './toTimelineItems';
import { windowLabel } from './windowLabel';

export interface TimelineStatusProps {
  /** The id of the description of the shown period, for the canvas's aria-describedby. */
  windowId: string;
  /** The period the timeline shows now, once it is drawn. */
  shown: TimeWindow | null;
  /** The events in the order the arrow keys step through them. */
  events: TimelineEvent[];
  lanes: Lane[];
  selectedId: string | null;
  /** Whether the timeline has keyboard focus: the selection is spoken only then, as the reader steps. */
  speaking: boolean;
}

/** What a screen reader hears of the timeline: the period shown, and each event the reader steps to. */
export function TimelineStatus({ windowId, shown, events, lanes, selectedId, speaking }: TimelineStatusProps) {
  const label = shown && windowLabel(shown);
  const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
  const selected = events[index];
  const lane = selected && lanes.find((candidate) => candidate.id === selected.lane);
  return (
    <>
      <p id={windowId} className="visually-hidden">
        {label && shown && (
          <>
            Showing <time dateTime={shown.start.toISOString()}>{label.from}</time> to{' '}
            <time dateTime={shown.end.toISOString()}>{label.to}</time>.
          </>
        )}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {speaking && selected
          ? `${formatDateRange(selected.start, selected.end, selected.qualifier)}: ${selected.title}. ${lane?.label ?? selected.lane}. Event ${index + 1} of ${events.length}. Enter opens its sources.`
          : ''}
      </p>
    </>
  );
}

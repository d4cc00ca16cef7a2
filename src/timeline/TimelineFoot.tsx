import type { TimelineEvent } from '../data/schema';
import { MarkLegend } from './MarkLegend';
import { AxisNote } from './AxisNote';
import type { TimeScale } from './timeScale';

/** Under the timeline: how to read its marks, and where its axis is not to one scale. */
export function TimelineFoot({ events, scale }: { events: TimelineEvent[]; scale: TimeScale }) {
  return (
    <div className="timeline__foot">
      <MarkLegend events={events} />
      <AxisNote scale={scale} />
    </div>
  );
}

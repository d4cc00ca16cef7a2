import type { TimelineEvent } from '../data/schema';
import { marksAmong } from './legendMarks';

/**
 * How the timeline tells an allegation (one side's claim) from what is on the record, and,
 * where the story has one, a day known only roughly or as a bound from an exact one.
 */
export function MarkLegend({ events }: { events: TimelineEvent[] }) {
  const { allegations, roughDays, unsourced } = marksAmong(events);
  if (!allegations && !roughDays && !unsourced) return null;
  return (
    <p className="timeline__legend">
      {allegations && (
        <>
          <span className="timeline__legend-key">
            <span className="timeline__mark" aria-hidden="true" />
            <span className="timeline__swatch" aria-hidden="true" />
            <span>On the record</span>
          </span>
          <span className="timeline__legend-key">
            <span className="timeline__mark timeline__mark--allegation" aria-hidden="true" />
            <span className="timeline__swatch timeline__swatch--allegation" aria-hidden="true" />
            <span>
              <i>Alleged</i>: one side’s claim (diamonds, hatching, italics)
            </span>
          </span>
        </>
      )}
      {unsourced && (
        <span className="timeline__legend-key">
          <span className="timeline__mark timeline__mark--unsourced" aria-hidden="true" />
          <span>No source article yet: hollow and grey</span>
        </span>
      )}
      {roughDays && (
        <span className="timeline__legend-key">
          <span className="timeline__mark timeline__mark--rough" aria-hidden="true" />
          <span>A day given roughly or as a bound (“about”, “by”)</span>
        </span>
      )}
    </p>
  );
}

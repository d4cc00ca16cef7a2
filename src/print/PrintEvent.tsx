import { formatDateRange } from '../data/dates';
import type { Source, Timeline, TimelineEvent } from '../data/schema';
import { attributionLine, claimsOf } from '../data/claims';
import { citationsBySource, laneLabelOf } from '../data/selectors';
import { Corrections } from '../ui/Corrections';
import { Disagreements } from '../ui/Disagreements';
import { NoSourceYet } from '../ui/NoSourceYet';
import { ReportedBy } from '../ui/ReportedBy';

export interface PrintEventProps {
  /** The whole story, for lane labels and the sources' labels. */
  timeline: Timeline;
  /** The event to print. */
  event: TimelineEvent;
  /** The timeline's sources by id, for labelling the sides of a disagreement. */
  sources: Map<string, Source>;
  /** The title a presentation gave this step, printed above the event's own. */
  stepTitle?: string;
}

/**
 * One event on paper: what happened, when and how we know, in the articles' own words.
 * The meta line (date, lane, coverage) reads as one line in the document and is set as a
 * date column beside the title on paper, each part on its own line (see handout.css).
 */
export function PrintEvent({ timeline, event, sources, stepTitle }: PrintEventProps) {
  const attribution = attributionLine(claimsOf(timeline, event));
  const groups = citationsBySource(timeline, event);
  const separator = <span className="print-event__separator"> · </span>;
  return (
    <article className="print-event">
      <div className="print-event__head">
        <p className="print-event__meta">
          <time className="print-event__date" dateTime={event.start}>
            {formatDateRange(event.start, event.end, event.qualifier)}
          </time>
          {separator}
          <span className="print-event__lane">{laneLabelOf(timeline, event)}</span>
          {separator}
          <span className="print-event__coverage">
            {event.unsourced ? 'No source article yet' : <ReportedBy count={groups.length} total={timeline.sources.length} />}
          </span>
        </p>
        <div className="print-event__lead">
          {stepTitle && stepTitle !== event.title && <p className="print-event__step">{stepTitle}</p>}
          <h3 className="print-event__title">{event.title}</h3>
          <p className="print-event__summary">{event.summary}</p>
          {attribution && <p className="print-event__attribution">{attribution}</p>}
        </div>
      </div>
      <div className="print-event__evidence">
        <p className="print-event__basis">
          <strong>Date basis:</strong> {event.dateBasis}
        </p>
        {event.outsideKnowledge && (
          <p className="print-event__basis">
            <strong>Not from the articles:</strong> {event.outsideKnowledge}
          </p>
        )}
        <Corrections corrections={event.corrections} heading="Corrections to this event" level={4} />

        {event.unsourced && <NoSourceYet origin={event.origin} />}
        {groups.map(({ source, citations }) => (
          <div key={source.id} className="print-event__source">
            <h4 className="print-event__source-label">{source.label}</h4>
            {citations.map((citation, index) => (
              <blockquote key={`${citation.offset}:${index}`} className="print-event__quote">
                {citation.quote}
              </blockquote>
            ))}
          </div>
        ))}

        <Disagreements discrepancies={event.discrepancies} sources={sources} level={4} />
      </div>
    </article>
  );
}

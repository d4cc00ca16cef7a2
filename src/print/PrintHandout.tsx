import { useId, type ReactNode } from 'react';
import type { Timeline, TimelineEvent } from '../data/schema';
import { sourcesById, unsourcedCount } from '../data/selectors';
import { PrintEvent } from './PrintEvent';
import { sourceFacts } from './sourceFacts';
import './handout.css';

export interface PrintHandoutProps {
  /** The whole story: its lanes and sources. */
  timeline: Timeline;
  /** The events to print, in time order (or a presentation's step order). */
  events: TimelineEvent[];
  /** One event per page, as a briefing handout. */
  onePerPage?: boolean;
  /** A title block above the chronology, where the page has none of its own on paper. */
  masthead?: ReactNode;
  /** A presentation's own title for each step, by the events' order, where it has one. */
  stepTitles?: (string | undefined)[];
  /** What the handout is, under its heading (default: printed from the interactive timeline). */
  note?: string;
}

const PRINTED_NOTE = "Printed from the interactive timeline. Quotes are the articles' exact words.";
const UNSOURCED_NOTE = 'Events marked “No source article yet” came from another timeline with no article behind them.';

/**
 * The story as a chronological handout for paper or PDF. Hidden on screen by
 * print.css and shown only when printing, where the interactive page is hidden.
 */
export function PrintHandout({ timeline, events, onePerPage = false, masthead, stepTitles, note = PRINTED_NOTE }: PrintHandoutProps) {
  const headingId = useId();
  const sourcesHeadingId = useId();
  const sources = sourcesById(timeline);
  const unsourced = unsourcedCount(events) > 0;
  return (
    <section className={onePerPage ? 'print-handout print-handout--per-page' : 'print-handout'} aria-labelledby={headingId}>
      {masthead}
      <h2 id={headingId} className="print-handout__heading">
        {timeline.sources.length > 0 ? 'Chronology with sources' : 'Chronology'}
      </h2>
      <p className="print-handout__note">
        {note}
        {unsourced && ` ${UNSOURCED_NOTE}`}
        {!onePerPage &&
          events.length < timeline.events.length &&
          ` ${events.length} of ${timeline.events.length} events, as filtered on screen.`}
      </p>

      {events.map((event, index) => (
        <PrintEvent key={`${event.id}:${index}`} timeline={timeline} event={event} sources={sources} stepTitle={stepTitles?.[index]} />
      ))}

      <section className="print-sources" aria-labelledby={sourcesHeadingId}>
        <h3 id={sourcesHeadingId} className="print-sources__heading">
          Sources
        </h3>
        {timeline.sources.length === 0 && <p>No articles yet.</p>}
        <ul className="print-sources__list">
          {timeline.sources.map((source) => {
            const facts = sourceFacts(source);
            return (
              <li key={source.id}>
                <strong className="print-sources__label">{source.label}</strong>
                {facts.length > 0 && <span className="print-sources__facts">{facts.join(' · ')}</span>}
                {source.notes && <span className="print-sources__notes">{source.notes}</span>}
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}

import { useRef } from 'react';
import { formatDateRange } from '../data/dates';
import type { Timeline, TimelineEvent } from '../data/schema';
import { cellName, shortenDistinct, shortSourceLabel, shortTitle, singleSourceSummary, unsourcedSummary } from './coverageLabels';
import { coverageRows, reportsPerSource, singleSourcedCount, unsourcedCount } from './coverageRows';
import { useSideScroll } from './useSideScroll';
import './coverage.css';

export interface CoverageGridProps {
  /** The whole story: its sources give the columns, in manifest order. */
  timeline: Timeline;
  /** The events to show as rows, already filtered and in time order. */
  events: TimelineEvent[];
  /** The id of the event the reader has open, marked as current; null when none is. */
  selectedId: string | null;
  /** Called when the reader picks a reporting cell, with that event's id and that article's source id. */
  onOpenCitation: (eventId: string, sourceId: string) => void;
}

/** Which article reports which event, as a table: is this claim single-sourced? */
export function CoverageGrid({ timeline, events, selectedId, onOpenCitation }: CoverageGridProps) {
  const rows = coverageRows(timeline, events);
  const sources = timeline.sources;
  const labels = sources.map((source) => source.label);
  const shortLabels = shortenDistinct(labels, shortSourceLabel);
  const shortTitles = shortenDistinct(
    events.map((event) => event.title),
    (title) => shortTitle(title),
  );
  const totals = reportsPerSource(sources, rows);
  const scroller = useRef<HTMLDivElement>(null);
  const side = useSideScroll(scroller);

  if (sources.length === 0) {
    // A story of imported events only: no article to make a column of.
    return (
      <div className="coverage-grid">
        <p className="coverage-grid__summary">No articles yet. {unsourcedSummary(unsourcedCount(rows), rows.length)}</p>
      </div>
    );
  }
  return (
    <div className="coverage-grid">
      {side.overflows && (
        <p className="coverage-grid__hint" id="coverage-grid-hint">
          Scroll sideways for every article<span aria-hidden="true"> →</span>
        </p>
      )}
      {/* The frame draws the cues at the edges, which must stay put while the table scrolls under them. */}
      <div className="coverage-grid__frame" data-more-left={side.moreLeft || undefined} data-more-right={side.moreRight || undefined}>
        <div
          ref={scroller}
          className="coverage-grid__scroller"
          role="region"
          aria-label="Coverage table (scrolls sideways)"
          aria-describedby={side.overflows ? 'coverage-grid-hint' : undefined}
          tabIndex={0}
        >
          <table className="coverage-grid__table">
            <caption className="coverage-grid__caption">
              <span className="coverage-grid__caption-title">Which article reports which event</span>{' '}
              <span className="coverage-grid__caption-note">
                A filled dot means the article reports the event: pick it to read the article’s words. Events marked “single source” rest on
                one article alone.
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col" className="coverage-grid__event">
                  Event
                </th>
                <th scope="col">Date</th>
                {sources.map((source, index) => {
                  const short = shortLabels[index] ?? source.label;
                  return (
                    <th key={source.id} scope="col" className="coverage-grid__source">
                      {short === source.label ? (
                        source.label
                      ) : (
                        <>
                          {/* Sighted readers get the short form with the full label on hover; everyone else the full label. */}
                          <span aria-hidden="true" title={source.label}>
                            {short}
                          </span>
                          <span className="visually-hidden">{source.label}</span>
                        </>
                      )}
                    </th>
                  );
                })}
                <th scope="col">Articles</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ event, cells, count, singleSource, unsourced }, rowIndex) => {
                const current = event.id === selectedId;
                const title = shortTitles[rowIndex] ?? event.title;
                return (
                  // aria-current marks the open event for screen readers and, in coverage.css, for the eye.
                  <tr key={event.id} className="coverage-grid__row" aria-current={current ? 'true' : undefined}>
                    <th scope="row" className="coverage-grid__event">
                      {event.title}
                    </th>
                    <td className="coverage-grid__date">
                      <time dateTime={event.start}>{formatDateRange(event.start, event.end, event.qualifier, 'short')}</time>
                    </td>
                    {cells.map(({ source, citations }) => (
                      <td key={source.id} className="coverage-grid__cell">
                        {citations[0] ? (
                          <button
                            type="button"
                            className="coverage-grid__open"
                            aria-label={cellName(source.label, title)}
                            title={`“${citations[0].quote}”`}
                            onClick={() => onOpenCitation(event.id, source.id)}
                          >
                            <span aria-hidden="true">●</span>
                          </button>
                        ) : (
                          <span className="coverage-grid__none">
                            <span aria-hidden="true">○</span>
                            <span className="visually-hidden">not reported</span>
                          </span>
                        )}
                      </td>
                    ))}
                    <td className="coverage-grid__count">
                      <span className="coverage-grid__count-number">
                        {count} of {sources.length}
                      </span>
                      {(singleSource || unsourced) && (
                        <>
                          {' '}
                          <span className={unsourced ? 'coverage-grid__badge coverage-grid__badge--unsourced' : 'coverage-grid__badge'}>
                            {unsourced ? 'no source yet' : 'single source'}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="coverage-grid__event">
                  Events each article reports
                </th>
                <td />
                {sources.map((source, index) => (
                  <td key={source.id} className="coverage-grid__total">
                    {totals[index] ?? 0}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
      <p className="coverage-grid__summary">
        {singleSourceSummary(singleSourcedCount(rows), rows.length)} {unsourcedSummary(unsourcedCount(rows), rows.length)}
      </p>
    </div>
  );
}

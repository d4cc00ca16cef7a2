import { useId } from 'react';
import { matchRanges } from '../data/search';
import type { Discrepancy, Source } from '../data/schema';
import { quoteMarks } from '../lib/quoteMarks';
import { HighlightedText } from './HighlightedText';

export interface DiscrepancyNoticeProps {
  discrepancies: Discrepancy[];
  sources: Map<string, Source>;
  /** Search terms to mark where they match. */
  terms: string[];
}

/** Where the articles disagree about this event: each side in its own words. */
export function DiscrepancyNotice({ discrepancies, sources, terms }: DiscrepancyNoticeProps) {
  const headingId = useId();
  return (
    <section className="discrepancies" aria-labelledby={headingId}>
      <h3 id={headingId} className="discrepancies__heading">
        <span aria-hidden="true">⚠ </span>The articles disagree
      </h3>
      {discrepancies.map((discrepancy, index) => (
        <div key={index} className="discrepancy">
          <h4 className="discrepancy__topic">{discrepancy.topic}</h4>
          <p className="discrepancy__note">{discrepancy.note}</p>
          <ul className="discrepancy__sides">
            {discrepancy.citations.map((citation) => {
              // Our own marks, not <q>'s: a quote that carries its marks must not get a second pair.
              const { open, close } = quoteMarks(citation.quote);
              return (
                <li key={`${citation.source}:${citation.offset}`}>
                  <span className="discrepancy__quote">
                    {open}
                    <HighlightedText text={citation.quote} matches={matchRanges(citation.quote, terms)} />
                    {close}
                  </span>{' '}
                  <span className="discrepancy__source">— {sources.get(citation.source)?.label ?? citation.source}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

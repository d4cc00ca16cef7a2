import { useId, type ReactNode } from 'react';
import type { Discrepancy, Source } from '../data/schema';
import { quoteMarks } from '../lib/quoteMarks';
import './disagreements.css';

export interface DisagreementsProps {
  discrepancies: Discrepancy[] | undefined;
  /** The story's sources by id, to say whose words each side is. */
  sources: Map<string, Source>;
  /** The level of the notice's heading where it stands; each topic is one level below. */
  level: 3 | 4;
  /** A side's quote as shown: the panel marks the reader's search matches in it. */
  renderQuote?: (quote: string) => ReactNode;
}

const asText = (quote: string): ReactNode => quote;

/** Where the articles disagree about an event: each topic, a note on it, and each side in its own words, attributed. */
export function Disagreements({ discrepancies, sources, level, renderQuote = asText }: DisagreementsProps) {
  const headingId = useId();
  if (!discrepancies || discrepancies.length === 0) return null;
  const Heading = `h${level}` as const;
  const Topic = `h${level + 1}` as 'h4' | 'h5';
  return (
    <section className="discrepancies" aria-labelledby={headingId}>
      <Heading id={headingId} className="discrepancies__heading">
        <span aria-hidden="true">⚠ </span>The articles disagree
      </Heading>
      {discrepancies.map((discrepancy, index) => (
        <div key={index} className="discrepancy">
          <Topic className="discrepancy__topic">{discrepancy.topic}</Topic>
          <p className="discrepancy__note">{discrepancy.note}</p>
          <ul className="discrepancy__sides">
            {discrepancy.citations.map((citation) => {
              // Our own marks, not <q>'s: a quote that carries its marks must not get a second pair.
              const { open, close } = quoteMarks(citation.quote);
              return (
                <li key={`${citation.source}:${citation.offset}`}>
                  <span className="discrepancy__quote">
                    {open}
                    {renderQuote(citation.quote)}
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

import { useEffect, useRef, useState } from 'react';
import { formatDateRange } from '../data/dates';
import type { Timeline, TimelineEvent } from '../data/schema';
import { claimsOf } from '../data/claims';
import { matchRanges } from '../data/search';
import { citationsBySource, laneLabelOf, sourcesById } from '../data/selectors';
import { ArticleDialog } from './ArticleDialog';
import { Corrections } from '../ui/Corrections';
import { Disagreements } from '../ui/Disagreements';
import { focusInFrame } from '../lib/reveal';
import { CitationCard } from './CitationCard';
import { ClaimsNotice } from './ClaimsNotice';
import { CoverageLine } from './CoverageLine';
import { HighlightedText } from './HighlightedText';
import { NoSourceYet } from '../ui/NoSourceYet';
import './sources.css';
import './panel.css';

/** Where focus goes when the panel shows `event`: asked for by whoever opened it. */
export interface EvidenceFocus {
  event: string;
  on: 'heading' | 'next' | 'previous' | { citation: string };
}

export interface SourcePanelProps {
  timeline: Timeline;
  event: TimelineEvent;
  /** Id for the panel heading, which names the panel (and the phone's sheet). */
  headingId: string;
  /** Focus to move into the panel once it shows, if any. */
  focus?: EvidenceFocus | null;
  onClose: () => void;
  /** Steps to the previous (-1) or next (1) event in time order. */
  onStep: (step: 1 | -1) => void;
  /** The reader's search terms, folded (see searchTerms), to mark where they match. */
  terms?: string[];
  /** Opens another event: one that denies or answers this one, or that this one denies or answers. */
  onShowEvent: (id: string) => void;
}

/** Everything the articles say about one event, and how its date was worked out. */
export function SourcePanel({ timeline, event, headingId, focus, onClose, onStep, terms = [], onShowEvent }: SourcePanelProps) {
  // The id of the source whose full text is open, if any.
  const [readingId, setReadingId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  useEffect(() => {
    if (focus?.event !== event.id) return;
    const { on } = focus;
    const target =
      on === 'heading'
        ? heading.current
        : on === 'next'
          ? next.current
          : on === 'previous'
            ? previous.current
            : cards.current.get(on.citation);
    focusInFrame(target ?? heading.current);
  }, [focus, event.id]);
  const sources = sourcesById(timeline);
  const groups = citationsBySource(timeline, event);
  const kindLabel = new Map(timeline.kinds.map((kind) => [kind.id, kind.label]));
  const reading = groups.find((group) => group.source.id === readingId);

  return (
    // Escape anywhere in the panel closes it: a keyboard shortcut for the whole region, not a control of its own.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      className="source-panel"
      aria-labelledby={headingId}
      onKeyDown={(keyEvent) => {
        // Escape closes the panel; inside a dialog (the full article, the phone sheet) the dialog handles it.
        if (keyEvent.key === 'Escape' && !(keyEvent.target as Element).closest('dialog')) onClose();
      }}
    >
      <div className="source-panel__nav">
        <button type="button" ref={previous} onClick={() => onStep(-1)}>
          ← Previous
        </button>
        <button type="button" ref={next} onClick={() => onStep(1)}>
          Next →
        </button>
        <button type="button" className="source-panel__close" onClick={onClose} aria-label="Close source panel">
          Close
        </button>
      </div>

      <p className="source-panel__tags">
        <span className="tag tag--lane">{laneLabelOf(timeline, event)}</span>
        {event.kinds.map((kind) => (
          <span key={kind} className="tag">
            {kindLabel.get(kind) ?? kind}
          </span>
        ))}
      </p>
      <h2 id={headingId} ref={heading} className="source-panel__title" tabIndex={-1}>
        <HighlightedText text={event.title} matches={matchRanges(event.title, terms)} />
      </h2>
      <p className="source-panel__date">
        <time dateTime={event.start}>{formatDateRange(event.start, event.end, event.qualifier)}</time>
      </p>
      <p className="source-panel__summary">
        <HighlightedText text={event.summary} matches={matchRanges(event.summary, terms)} />
      </p>

      <ClaimsNotice claims={claimsOf(timeline, event)} onShowEvent={onShowEvent} />
      {event.outsideKnowledge && (
        <p className="outside-knowledge">
          <strong>Not from the articles:</strong> {event.outsideKnowledge}
        </p>
      )}
      <Corrections corrections={event.corrections} heading="Corrections to this event" />

      <details className="date-basis" open>
        <summary>How this date was worked out</summary>
        <p>{event.dateBasis}</p>
      </details>

      {!event.unsourced && <CoverageLine reporting={groups.map((g) => g.source)} all={timeline.sources} />}

      <Disagreements
        discrepancies={event.discrepancies}
        sources={sources}
        level={3}
        renderQuote={(quote) => <HighlightedText text={quote} matches={matchRanges(quote, terms)} />}
      />

      <h3 className="source-panel__evidence">What the articles say</h3>
      {event.unsourced && <NoSourceYet origin={event.origin} />}
      {groups.map(({ source, citations }) => (
        <CitationCard
          key={source.id}
          ref={(card) => {
            if (card) cards.current.set(source.id, card);
            else cards.current.delete(source.id);
          }}
          source={source}
          citations={citations}
          terms={terms}
          onReadArticle={() => setReadingId(source.id)}
        />
      ))}

      {reading && <ArticleDialog source={reading.source} citations={reading.citations} onClose={() => setReadingId(null)} />}
    </section>
  );
}

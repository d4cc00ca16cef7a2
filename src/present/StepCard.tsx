import type { Ref } from 'react';
import { attributionLine, claimsOf } from '../data/claims';
import { laneLabelOf } from '../data/selectors';
import { formatDateRange } from '../data/dates';
import type { Citation, Timeline } from '../data/schema';
import { quoteMarks } from '../lib/quoteMarks';
import { strongestQuote, type Step } from './steps';
import { useFitType } from './useFitType';

export interface StepCardProps {
  timeline: Timeline;
  step: Step;
  /** Smaller type, for the presenter's preview of the next step. */
  small?: boolean;
}

/** What the room sees for one step: the event, its date, its summary and its strongest quote. */
export function StepCard({ timeline, step, small = false }: StepCardProps) {
  return small ? (
    <StepContent timeline={timeline} step={step} className="step-card step-card--small" />
  ) : (
    <FittedStepCard timeline={timeline} step={step} />
  );
}

/** The step on the stage: it fills the space under the timeline, its type fitted to it. */
function FittedStepCard({ timeline, step }: { timeline: Timeline; step: Step }) {
  const { ref, overfull } = useFitType<HTMLElement>(step);
  return <StepContent timeline={timeline} step={step} className="step-card step-card--stage" boxRef={ref} overfull={overfull} />;
}

interface StepContentProps {
  timeline: Timeline;
  step: Step;
  className: string;
  boxRef?: Ref<HTMLElement>;
  /** The type is as small as it may go and the quote still does not fit: it scrolls in its own box. */
  overfull?: boolean;
}

/** A quote that scrolls (only as a last resort) is reached by keyboard, as a named region. */
const SCROLLING_QUOTE = { tabIndex: 0, role: 'region', 'aria-label': 'The quote in full' } as const;

function StepContent({ timeline, step, className, boxRef, overfull = false }: StepContentProps) {
  if (step.kind === 'overview') {
    const { period } = step;
    return (
      <article ref={boxRef} className={`${className} step-card--overview`} aria-roledescription="slide">
        <p className="step-card__kicker">{step.position === 'start' ? 'Overview' : 'The whole period'}</p>
        <h2 className="step-card__title">{step.title}</h2>
        {period && <p className="step-card__date">{formatDateRange(period.start, period.end, period.qualifier)}</p>}
        {step.position === 'start' && step.description && <p className="step-card__summary">{step.description}</p>}
      </article>
    );
  }
  const { event } = step;
  const quote = strongestQuote(event);
  const attribution = attributionLine(claimsOf(timeline, event));
  return (
    <article ref={boxRef} className={className} aria-roledescription="slide">
      <p className="step-card__kicker">{laneLabelOf(timeline, event)}</p>
      <h2 className="step-card__title">{step.title}</h2>
      <p className="step-card__date">
        <time dateTime={event.start}>{formatDateRange(event.start, event.end, event.qualifier)}</time>
        {/* On the date's line, so the card keeps its rows (see present.css). */}
        {attribution && <span className="step-card__attribution"> · {attribution}</span>}
      </p>
      <p className="step-card__summary">{event.summary}</p>
      {quote ? (
        <StepQuote quote={quote} timeline={timeline} overfull={overfull} />
      ) : (
        <p className="step-card__no-source">No source article yet.</p>
      )}
    </article>
  );
}

/** The event's strongest quote, on screen in the article's words. */
function StepQuote({ quote, timeline, overfull }: { quote: Citation; timeline: Timeline; overfull: boolean }) {
  const { open, close } = quoteMarks(quote.quote);
  const source = timeline.sources.find((s) => s.id === quote.source);
  return (
    <blockquote className="step-card__quote">
      <p {...(overfull && SCROLLING_QUOTE)}>
        {open}
        {quote.quote}
        {close}
      </p>
      <footer>— {source?.label ?? quote.source}</footer>
    </blockquote>
  );
}

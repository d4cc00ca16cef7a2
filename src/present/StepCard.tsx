import { formatDateRange } from '../data/dates';
import type { Timeline } from '../data/schema';
import { strongestQuote, type Step } from './steps';

export interface StepCardProps {
  timeline: Timeline;
  step: Step;
  /** Smaller type, for the presenter's preview of the next step. */
  small?: boolean;
}

/** What the room sees for one step: the event, its date, its summary and its strongest quote. */
export function StepCard({ timeline, step, small = false }: StepCardProps) {
  const className = small ? 'step-card step-card--small' : 'step-card';
  if (step.kind === 'overview') {
    const first = timeline.events.reduce((a, b) => (a.start < b.start ? a : b)).start;
    const last = timeline.events.reduce((a, b) => ((a.end ?? a.start) > (b.end ?? b.start) ? a : b));
    return (
      <article className={`${className} step-card--overview`} aria-roledescription="slide">
        <p className="step-card__kicker">{step.position === 'start' ? 'Overview' : 'The whole period'}</p>
        <h2 className="step-card__title">{step.title}</h2>
        <p className="step-card__date">{formatDateRange(first, last.end ?? last.start)}</p>
        {step.position === 'start' && <p className="step-card__summary">{timeline.description}</p>}
      </article>
    );
  }
  const { event } = step;
  const quote = strongestQuote(event);
  const source = timeline.sources.find((s) => s.id === quote.source);
  return (
    <article className={className} aria-roledescription="slide">
      <p className="step-card__kicker">{timeline.lanes.find((lane) => lane.id === event.lane)?.label ?? event.lane}</p>
      <h2 className="step-card__title">{step.title}</h2>
      <p className="step-card__date">
        <time dateTime={event.start}>{formatDateRange(event.start, event.end, event.qualifier)}</time>
      </p>
      <p className="step-card__summary">{event.summary}</p>
      <blockquote className="step-card__quote">
        <p>“{quote.quote}”</p>
        <footer>— {source?.label ?? quote.source}</footer>
      </blockquote>
    </article>
  );
}

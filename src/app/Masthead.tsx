import type { Timeline } from '../data/schema';

/** The story's headline and standfirst, with a way to print the handout. */
export function Masthead({ timeline }: { timeline: Timeline }) {
  return (
    <header className="masthead">
      <p className="masthead__kicker">
        Interactive timeline · {timeline.events.length} events · {timeline.sources.length} articles
      </p>
      <h1 className="masthead__title">{timeline.title}</h1>
      <p className="masthead__dek">{timeline.description}</p>
      <p className="masthead__actions no-print">
        <button type="button" onClick={() => window.print()}>Print handout</button>
      </p>
    </header>
  );
}

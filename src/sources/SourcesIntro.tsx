import type { Timeline } from '../data/schema';
import './sources.css';

/** Before anything is selected: what the evidence is and how to reach it. */
export function SourcesIntro({ timeline }: { timeline: Timeline }) {
  return (
    <section className="source-panel source-panel--intro" aria-labelledby="sources-intro-heading">
      <h2 id="sources-intro-heading" className="source-panel__title">
        The {timeline.sources.length} articles
      </h2>
      <p>
        Select an event on the timeline or in the list to see which of these articles report it, in their exact words, where they disagree,
        and how its date was worked out.
      </p>
      <ul className="source-list">
        {timeline.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.label}</strong>
            {source.notes && <span className="source-list__notes">{source.notes}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

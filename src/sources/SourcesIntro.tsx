import type { Timeline } from '../data/schema';
import './sources.css';

const articlesHeading = (count: number) => (count === 0 ? 'No articles yet' : count === 1 ? 'The article' : `The ${count} articles`);

/** Before anything is selected: what the evidence is and how to reach it. */
export function SourcesIntro({ timeline }: { timeline: Timeline }) {
  return (
    <section className="source-panel source-panel--intro" aria-labelledby="sources-intro-heading">
      <h2 id="sources-intro-heading" className="source-panel__title">
        {articlesHeading(timeline.sources.length)}
      </h2>
      {timeline.sources.length > 0 ? (
        <p>
          Select an event on the timeline or in the list to see which of {timeline.sources.length === 1 ? 'the article' : 'these articles'}{' '}
          {timeline.sources.length === 1 ? 'reports' : 'report'} it, in their exact words, where they disagree, and how its date was worked
          out.
        </p>
      ) : (
        <p>
          No article backs these events yet: they came from another timeline. Select one to see what it came with and how its date was
          worked out.
        </p>
      )}
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

import type { Origin } from '../data/schema';

export interface NoSourceYetProps {
  /** What the event came with instead of an article (an import's media credit and link), if anything. */
  origin?: Origin | undefined;
}

/** Where an unsourced event's evidence would be: says there is none, and what the event came with instead. */
export function NoSourceYet({ origin }: NoSourceYetProps) {
  return (
    <div className="no-source">
      <p className="no-source__lead">
        <strong>No source article yet.</strong> This event was brought in from another timeline without an article behind it: nothing in it
        has been checked against a report.
      </p>
      {origin && (
        <p className="no-source__origin">
          It came with {[origin.credit, origin.caption].filter(Boolean).join(' — ') || 'a link'}
          {origin.link && (
            <>
              {': '}
              {/* A link to follow, never loaded by the page: the reader chooses to leave for it. */}
              <a href={origin.link} rel="noopener noreferrer external" target="_blank">
                {origin.link}
              </a>
            </>
          )}
          .
        </p>
      )}
    </div>
  );
}

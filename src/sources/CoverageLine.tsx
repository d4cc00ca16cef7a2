import type { Source } from '../data/schema';
import { ReportedBy } from '../ui/ReportedBy';

export interface CoverageLineProps {
  /** The articles that report the event. */
  reporting: Source[];
  /** Every article in the story. */
  all: Source[];
}

/** "Reported by 3 of 5 articles", with a dot per article: is this claim single-sourced? */
export function CoverageLine({ reporting, all }: CoverageLineProps) {
  const reported = new Set(reporting.map((source) => source.id));
  return (
    <div className="coverage">
      <p className="coverage__count">
        <ReportedBy count={reporting.length} total={all.length} />
      </p>
      <ul className="coverage__dots" aria-label="Which articles report this event">
        {all.map((source) => (
          <li
            key={source.id}
            className={reported.has(source.id) ? 'coverage__dot coverage__dot--on' : 'coverage__dot'}
            title={source.label}
          >
            <span className="visually-hidden">
              {source.label}: {reported.has(source.id) ? 'reports it' : 'does not mention it'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { PlacedProblem } from '../../data/compile';
import { formatCount } from '../lib/count';
import { describeProblem } from './describeProblem';
import type { Draft } from './draft';
import { placeOf, type ProblemPlace } from './problemPlace';

/** The compiler's problems, each a way to the field to fix where the studio has one. */
export interface ProblemListProps {
  problems: PlacedProblem[];
  /** Names events and articles by their titles and labels. */
  draft: Draft;
  checking: boolean;
  onGo: (place: ProblemPlace) => void;
}

/** What "no problems" means of this draft: with unsourced events, that their words are nobody's checked words yet. */
function noProblems(draft: Draft): string {
  const unsourced = draft.story.events.filter((event) => event.unsourced).length;
  if (unsourced === 0) return 'No problems: every quote is the articles’ own words.';
  return `No problems in what can be checked. ${formatCount(unsourced)} event${unsourced === 1 ? ' has' : 's have'} no source article yet, and ${unsourced === 1 ? 'is' : 'are'} published marked so.`;
}

export function ProblemList({ problems, draft, checking, onGo }: ProblemListProps) {
  return (
    <div className="studio-problems" aria-busy={checking}>
      <p role="status" className={problems.length > 0 ? 'studio-problems__count' : 'studio-problems__none'}>
        {problems.length === 0
          ? noProblems(draft)
          : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before publishing`}
      </p>
      {problems.length > 0 && (
        <ol>
          {problems.map((problem, index) => {
            const place = placeOf(problem.path);
            return (
              <li key={index}>
                {place ? (
                  <button type="button" className="link-button" onClick={() => onGo(place)}>
                    {describeProblem(problem, draft)}
                  </button>
                ) : (
                  describeProblem(problem, draft)
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

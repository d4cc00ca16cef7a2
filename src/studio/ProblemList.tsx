import type { PlacedProblem } from '../../data/compile';
import { placeOf, type ProblemPlace } from './problemPlace';

/** The compiler's problems, each a way to the field to fix where the studio has one. */
export function ProblemList({
  problems,
  checking,
  onGo,
}: {
  problems: PlacedProblem[];
  checking: boolean;
  onGo: (place: ProblemPlace) => void;
}) {
  return (
    <div className="studio-problems" aria-busy={checking}>
      <p role="status" className={problems.length > 0 ? 'studio-problems__count' : 'studio-problems__none'}>
        {problems.length === 0
          ? 'No problems: every quote is the articles’ own words.'
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
                    {problem.line}
                  </button>
                ) : (
                  problem.line
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

import { formatPartialDate } from '../data/dates';

export interface CorrectionsProps {
  corrections: { date: string; note: string }[] | undefined;
  /** "Corrections to this event", "Corrections to this story". */
  heading: string;
  /** The heading's level where it stands. */
  level?: 2 | 3 | 4;
}

/** Corrections published since the story went out, each with its day. */
export function Corrections({ corrections, heading, level = 3 }: CorrectionsProps) {
  if (!corrections || corrections.length === 0) return null;
  const Heading = `h${level}` as const;
  return (
    <section className="corrections" aria-label={heading}>
      <Heading className="corrections__heading">{heading}</Heading>
      <ul className="corrections__list">
        {corrections.map((correction) => (
          <li key={`${correction.date}:${correction.note}`}>
            <time dateTime={correction.date}>{formatPartialDate(correction.date)}</time>: {correction.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

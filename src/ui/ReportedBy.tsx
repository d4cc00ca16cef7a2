export interface ReportedByProps {
  /** How many of the story's articles report the event. */
  count: number;
  /** How many articles the story has. */
  total: number;
}

/** "Reported by 2 of 5 articles", and "(single source)" when one article alone does: the same words on screen and on paper. */
export function ReportedBy({ count, total }: ReportedByProps) {
  return (
    <>
      Reported by{' '}
      <strong>
        {count} of {total}
      </strong>{' '}
      article{total === 1 ? '' : 's'}
      {count === 1 && <span className="reported-by__single"> (single source)</span>}
    </>
  );
}

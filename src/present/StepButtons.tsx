export interface StepButtonsProps {
  index: number;
  count: number;
  onStep: (direction: 1 | -1) => void;
}

/** Previous and Next through a presentation's steps, each off at its end. */
export function StepButtons({ index, count, onStep }: StepButtonsProps) {
  return (
    <>
      <button type="button" onClick={() => onStep(-1)} disabled={index === 0}>
        ← Previous
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={index >= count - 1}>
        Next →
      </button>
    </>
  );
}

import { useEffect, useState } from 'react';
import type { Timeline } from '../data/schema';
import { StepCard } from './StepCard';
import type { Step } from './steps';
import './present.css';
import { StepButtons } from './StepButtons';

export interface PresenterViewProps {
  timeline: Timeline;
  steps: Step[];
  /** The step on screen in the room. */
  index: number;
  /** Moves both windows by one step. */
  onStep: (direction: 1 | -1) => void;
}

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The presenter's screen: the current and next step, the notes, and a timer. */
export function PresenterView({ timeline, steps, index, onStep }: PresenterViewProps) {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const current = steps[index];
  const next = steps[index + 1];

  return (
    <main className="presenter">
      <header className="presenter__bar">
        <h1 className="presenter__title">Presenter view</h1>
        <p className="presenter__progress" aria-live="polite">
          Step {index + 1} / {steps.length}
        </p>
        <p className="presenter__timer">
          <span aria-label="Time elapsed">{clock(now - started)}</span>{' '}
          <button
            type="button"
            onClick={() => {
              setStarted(Date.now());
              setNow(Date.now());
            }}
          >
            Reset timer
          </button>
        </p>
        <p className="presenter__nav">
          <StepButtons index={index} count={steps.length} onStep={onStep} />
        </p>
      </header>
      <section className="presenter__now" aria-label="Now on screen">
        {current && <StepCard timeline={timeline} step={current} small />}
      </section>
      <section className="presenter__notes" aria-labelledby="presenter-notes-heading">
        <h2 id="presenter-notes-heading">Notes</h2>
        <p>{current?.note ?? 'No notes for this step.'}</p>
      </section>
      <section className="presenter__next" aria-label="Next step">
        <h2>Next</h2>
        {next ? <StepCard timeline={timeline} step={next} small /> : <p>End of the presentation.</p>}
      </section>
    </main>
  );
}

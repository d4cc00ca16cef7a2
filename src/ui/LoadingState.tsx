import './states.css';

/** Shown while the story loads: says what is happening, and is announced politely. */
export function LoadingState() {
  return (
    <div className="state" role="status" aria-live="polite">
      <div className="state__spinner" aria-hidden="true" />
      <p>Loading the timeline…</p>
    </div>
  );
}

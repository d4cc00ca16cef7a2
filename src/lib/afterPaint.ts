import { nextTask } from './nextTask';

/**
 * Runs `run` once the frame the browser is preparing has been painted and put on screen, so
 * that work which would hold it back, or compete with putting it there, comes after it: in a
 * task of its own after the next frame's animation callback. A hidden page draws no frames, so
 * there it runs in the next task. Returns a function that cancels it.
 */
export function afterShown(run: () => void): () => void {
  let cancelled = false;
  let frame = 0;
  const inNextTask = () =>
    void nextTask().then(() => {
      if (!cancelled) run();
    });
  // The first callback comes before the frame's paint, the second once it is drawn.
  if (document.visibilityState === 'visible') frame = requestAnimationFrame(() => (frame = requestAnimationFrame(inNextTask)));
  else inNextTask();
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

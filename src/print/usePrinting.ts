import './print.css';
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useMediaQuery } from '../lib/useMediaQuery';

/** Between the browser's beforeprint and afterprint: a print is on its way, the print medium not yet applied. */
let printAsked = false;

function subscribeToPrintEvents(onChange: () => void): () => void {
  // Rendered at once: the browser lays out the print as soon as beforeprint returns.
  const onBefore = () => {
    printAsked = true;
    flushSync(onChange);
  };
  const onAfter = () => {
    printAsked = false;
    onChange();
  };
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  return () => {
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
  };
}

/**
 * True while the page is being printed, so the handout is only built for paper and never
 * doubles the story on screen: from beforeprint, or whenever the print medium applies
 * (a browser's print preview, a test that emulates print).
 */
export function usePrinting(): boolean {
  const printMedium = useMediaQuery('print');
  const asked = useSyncExternalStore(
    subscribeToPrintEvents,
    () => printAsked,
    () => false,
  );
  return printMedium || asked;
}

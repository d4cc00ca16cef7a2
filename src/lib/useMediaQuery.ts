import { useCallback, useSyncExternalStore } from 'react';
import { matchesMediaQuery } from './mediaQuery';

/**
 * What media queries answer where there is no screen: in a page drawn ahead of time, and so also
 * while the browser hydrates it, which must find the same answers (after that, the screen's own).
 */
let drawnFor: Readonly<Record<string, boolean>> = {};

/** Sets the answers for drawing ahead of time and for hydrating what was drawn; unlisted queries answer false. */
export function drawForMedia(answers: Readonly<Record<string, boolean>>): void {
  drawnFor = answers;
}

/** Whether a media query matches now, kept up to date (e.g. the phone layout below 640px). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matchesMediaQuery(query),
    () => drawnFor[query] ?? false,
  );
}

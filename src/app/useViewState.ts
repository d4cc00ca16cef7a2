/**
 * The view state, synced with the URL hash: useState's API, with every change
 * written to the address bar so the view can be shared and reloaded exactly.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './viewState';

/** `seed` is the view to start from when the URL has none (an embed's query options). */
export function useViewState(seed: Partial<ViewState> = {}): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() =>
    window.location.hash.length > 1 ? parseViewState(window.location.hash) : { ...DEFAULT_VIEW, ...seed },
  );
  const latest = useRef(state);

  useEffect(() => {
    const onHashChange = () => {
      latest.current = parseViewState(window.location.hash);
      setState(latest.current);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((change: Partial<ViewState>) => {
    latest.current = { ...latest.current, ...change };
    const { pathname, search } = window.location;
    // replaceState: stepping through twenty events should not take twenty Back presses.
    window.history.replaceState(window.history.state, '', `${pathname}${search}${serializeViewState(latest.current)}`);
    setState(latest.current);
  }, []);

  return [state, update];
}

/**
 * The view state, synced with the URL hash: useState's API, with every change
 * written to the address bar so the view can be shared and reloaded exactly.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.hash));
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

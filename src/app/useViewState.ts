/**
 * The view state, owned by the URL hash: every change is written to the address bar,
 * and Back, Forward or an edited hash change the view. A change is a new history entry
 * when Back should undo it (opening or closing an event, switching views, choosing a
 * story order) and replaces the current one otherwise (moving the window, typing a
 * search, stepping through events), so Back never has to walk back through twenty steps.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

export type HistoryEntry = 'push' | 'replace';

/** Whether a change from `before` to `after` is one Back should undo. */
export function historyEntryFor(before: ViewState, after: ViewState): HistoryEntry {
  const opensOrCloses = (before.event === null) !== (after.event === null);
  return opensOrCloses || before.view !== after.view || before.narrative !== after.narrative ? 'push' : 'replace';
}

export type UpdateView = (change: Partial<ViewState>, entry?: HistoryEntry) => void;

export function useViewState(): [ViewState, UpdateView] {
  // At build time (the prerendered page) there is no address: the view as the page opens.
  const [state, setState] = useState(() => parseViewState(typeof window === 'undefined' ? '' : window.location.hash));
  const latest = useRef(state);

  useEffect(() => {
    const fromUrl = () => {
      const next = parseViewState(window.location.hash);
      if (serializeViewState(next) === serializeViewState(latest.current)) return;
      latest.current = next;
      setState(next);
    };
    // Back and Forward between our own entries fire popstate; an edited hash fires both.
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    return () => {
      window.removeEventListener('popstate', fromUrl);
      window.removeEventListener('hashchange', fromUrl);
    };
  }, []);

  /** Applies `change`; `entry` says how it goes into history, by default as historyEntryFor decides. */
  const update = useCallback<UpdateView>((change, entry) => {
    const before = latest.current;
    const after = { ...before, ...change };
    const hash = serializeViewState(after);
    if (hash === serializeViewState(before)) return;
    latest.current = after;
    const { pathname, search } = window.location;
    const url = `${pathname}${search}${hash}`;
    if ((entry ?? historyEntryFor(before, after)) === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
    setState(after);
  }, []);

  return [state, update];
}

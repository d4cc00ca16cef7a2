/**
 * The reader's state for one story and what they can do with it: the view in the URL,
 * the events the filters leave, and the one owner of the selection: open an event,
 * step to the next, close it. Focus follows: opening from a list moves it to the
 * evidence (the panel focuses itself when asked), closing returns it where it came from.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../data/schema';
import { filterEvents, NO_FILTER, searchTerms } from '../data/search';
import { chronological, findEvent, stepEvent } from '../data/selectors';
import { focusInFrame } from '../lib/reveal';
import { useLatest } from '../lib/useLatest';
import type { EvidenceFocus } from '../sources/SourcePanel';
import { useViewState } from './useViewState';
import { withKnownFilters } from './viewState';

export interface StoryOptions {
  /** Where focus goes when an event closes and the element it was opened from is gone. */
  focusEvent: (id: string) => void;
}

export function useStory(timeline: Timeline, { focusEvent }: StoryOptions) {
  const [rawState, update] = useViewState();
  const state = withKnownFilters(
    rawState,
    timeline.lanes.map((l) => l.id),
    timeline.kinds.map((k) => k.id),
  );
  // Where focus was when an event was opened with a focus move, to return it there on close.
  const opener = useRef<HTMLElement | null>(null);
  const [evidenceFocus, setEvidenceFocus] = useState<EvidenceFocus | null>(null);
  const latestFocusEvent = useLatest(focusEvent);

  const query = useDeferredValue(state.q);
  const terms = useMemo(() => searchTerms(query), [query]);
  const ordered = useMemo(() => chronological(timeline.events), [timeline]);
  const shown = useMemo(
    () => filterEvents(ordered, { lanes: state.lanes, kinds: state.kinds, q: query }),
    [ordered, state.lanes, state.kinds, query],
  );
  const lanes = useMemo(
    () => (state.lanes.length > 0 ? timeline.lanes.filter((lane) => state.lanes.includes(lane.id)) : timeline.lanes),
    [timeline.lanes, state.lanes],
  );
  const selected = findEvent(timeline, state.event);

  /** Shows an event's evidence; with `focus`, moves focus there (chosen from a list or grid, or by Enter). */
  const open = useCallback(
    (id: string, focus?: EvidenceFocus['on']) => {
      if (focus) {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setEvidenceFocus({ event: id, on: focus });
      }
      update({ event: id });
    },
    [update],
  );

  /** The next or previous event in time order; from the evidence's own buttons, focus stays on the button. */
  const step = useCallback(
    (direction: 1 | -1, from: 'evidence' | 'elsewhere' = 'elsewhere') => {
      const next = stepEvent(shown, state.event, direction);
      if (!next) return;
      if (from === 'evidence') setEvidenceFocus({ event: next.id, on: direction === 1 ? 'next' : 'previous' });
      update({ event: next.id }, 'replace');
    },
    [shown, state.event, update],
  );

  const close = useCallback(() => update({ event: null }), [update]);

  // However the evidence went away (Close, Escape, Back), focus that was in it comes back to the page.
  const shownEvent = useRef(state.event);
  useEffect(() => {
    const closed = shownEvent.current;
    shownEvent.current = state.event;
    if (closed === null || state.event !== null) return;
    const back = opener.current?.isConnected ? opener.current : null;
    opener.current = null;
    requestAnimationFrame(() => {
      if (document.activeElement !== null && document.activeElement !== document.body) return;
      if (back) focusInFrame(back);
      else latestFocusEvent.current(closed);
    });
  }, [state.event, latestFocusEvent]);

  return {
    state,
    update,
    terms,
    shown,
    lanes,
    selected,
    unknownId: state.event !== null && !selected ? state.event : null,
    evidenceFocus,
    open,
    step,
    close,
    clearFilters: () => update(NO_FILTER),
  };
}

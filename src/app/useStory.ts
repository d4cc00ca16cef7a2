/**
 * The reader's state for one story and what they can do with it: the view in the
 * URL, the events the filters leave, and selecting, stepping, opening and closing.
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../data/schema';
import { filterEvents, NO_FILTER, searchTerms } from '../data/search';
import { chronological, findEvent, stepEvent } from '../data/selectors';
import { focusInFrame } from '../lib/reveal';
import { PANEL_HEADING_ID } from './EvidencePanel';
import { useViewState } from './useViewState';
import { withKnownFilters, type ViewState } from './viewState';

export function useStory(timeline: Timeline, seed: Partial<ViewState>) {
  const [rawState, update] = useViewState(seed);
  const state = withKnownFilters(
    rawState,
    timeline.lanes.map((l) => l.id),
    timeline.kinds.map((k) => k.id),
  );
  // Read once: after opening, the timeline owns its window and reports changes back.
  const [openingWindow] = useState(() => state.window && { start: new Date(state.window.from), end: new Date(state.window.to) });
  // Where focus was when an event was opened, to return it there on close.
  const opener = useRef<HTMLElement | null>(null);

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

  const select = useCallback((id: string | null) => update({ event: id }), [update]);
  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepEvent(shown, state.event, direction);
      if (next) select(next.id);
    },
    [shown, state.event, select],
  );

  /** Opening from a list or grid moves focus to the evidence, and remembers where to come back to. */
  const open = (id: string, focusId: string = PANEL_HEADING_ID) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    select(id);
    focusWhenShown(focusId);
  };

  const close = () => {
    const closing = state.event ?? '';
    select(null);
    const back = opener.current?.isConnected
      ? opener.current
      : document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closing)}"]`);
    requestAnimationFrame(() => focusInFrame(back));
    opener.current = null;
  };

  return {
    state,
    update,
    openingWindow,
    terms,
    shown,
    lanes,
    selected,
    unknownId: state.event !== null && !selected ? state.event : null,
    select,
    step,
    open,
    close,
    clearFilters: () => update(NO_FILTER),
  };
}

/**
 * Focuses the element with `id` as soon as it is on the page: the evidence may
 * still be loading its code when the reader opens an event. Gives up after a few seconds.
 */
function focusWhenShown(id: string, framesLeft = 300): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) focusInFrame(element);
    else if (framesLeft > 0) focusWhenShown(id, framesLeft - 1);
  });
}

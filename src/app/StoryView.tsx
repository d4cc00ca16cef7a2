import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { CoverageGrid } from '../coverage/CoverageGrid';
import type { Timeline } from '../data/schema';
import { filterEvents, searchTerms } from '../data/search';
import { chronological, findEvent, stepEvent } from '../data/selectors';
import { FilterBar } from '../filters/FilterBar';
import { useMediaQuery } from '../lib/useMediaQuery';
import { PrintHandout } from '../print/PrintHandout';
import { usePrinting } from '../print/usePrinting';
import { citationCardId } from '../sources/CitationCard';
import { EventList } from '../timeline/EventList';
import { TimelineView } from '../timeline/TimelineView';
import { tabId, tabPanelId, Tabs } from '../ui/Tabs';
import { EvidencePanel, PANEL_HEADING_ID } from './EvidencePanel';
import { Masthead } from './Masthead';
import { useViewState } from './useViewState';
import { toIsoDay, withKnownFilters, type ViewMode } from './viewState';

const VIEWS: { id: ViewMode; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'coverage', label: 'Coverage' },
];

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function StoryView({ timeline }: { timeline: Timeline }) {
  const [rawState, update] = useViewState();
  const state = withKnownFilters(rawState, timeline.lanes.map((l) => l.id), timeline.kinds.map((k) => k.id));
  const isPhone = useMediaQuery('(max-width: 640px)');
  const printing = usePrinting();
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
  const lanes = state.lanes.length > 0 ? timeline.lanes.filter((lane) => state.lanes.includes(lane.id)) : timeline.lanes;
  const selected = findEvent(timeline, state.event);
  const unknownId = state.event !== null && !selected ? state.event : null;

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
    focusSoon(focusId);
  };
  const close = () => {
    const closing = state.event;
    select(null);
    const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closing ?? '')}"]`);
    requestAnimationFrame(() => back?.focus());
    opener.current = null;
  };

  useEffect(() => {
    document.title = selected ? `${selected.title} · ${timeline.title}` : timeline.title;
  }, [selected, timeline.title]);

  const clearFilters = () => update({ q: '', lanes: [], kinds: [] });
  return (
    <div className="page">
      <Masthead timeline={timeline} />
      <main className="story">
        <div className="story__main">
          <FilterBar
            lanes={timeline.lanes}
            kinds={timeline.kinds}
            filter={{ lanes: state.lanes, kinds: state.kinds, q: state.q }}
            onChange={update}
            shown={shown.length}
            total={timeline.events.length}
            compact={isPhone}
          />
          {unknownId !== null && (
            <p className="notice no-print" role="status">
              There is no event “{unknownId}” in this story; showing the whole timeline instead.
            </p>
          )}
          {shown.length === 0 && (
            <div className="empty-filter no-print" role="status">
              <p>No events match these filters{state.q.trim() ? ` and the search “${state.q.trim()}”` : ''}.</p>
              <button type="button" onClick={clearFilters}>Clear filters</button>
            </div>
          )}
          <div className="story__views no-print">
            <Tabs label="Views" tabs={VIEWS} selected={state.view} onSelect={(view) => update({ view })} />
            <div role="tabpanel" id={tabPanelId(state.view)} aria-labelledby={tabId(state.view)}>
              {state.view === 'timeline' ? (
                <TimelineView
                  events={shown}
                  lanes={lanes}
                  landmarks={timeline.landmarks ?? []}
                  selectedId={selected?.id ?? null}
                  onSelect={select}
                  onStep={step}
                  openingWindow={openingWindow}
                  onWindowChange={({ start, end }) => update({ window: { from: toIsoDay(start), to: toIsoDay(end) } })}
                  compact={isPhone}
                />
              ) : (
                <CoverageGrid
                  timeline={timeline}
                  events={shown}
                  selectedId={selected?.id ?? null}
                  onOpenCitation={(eventId, sourceId) => open(eventId, citationCardId(sourceId))}
                />
              )}
            </div>
          </div>
          <EventList
            events={shown}
            lanes={timeline.lanes}
            sourceCount={timeline.sources.length}
            selectedId={selected?.id ?? null}
            onSelect={(id) => open(id)}
          />
        </div>
        <EvidencePanel timeline={timeline} event={selected} asSheet={isPhone} terms={terms} onClose={close} onStep={step} />
      </main>
      {printing && <PrintHandout timeline={timeline} events={shown} />}
      <footer className="colophon no-print">
        <p>
          Every event is drawn from the articles listed above and quotes them word for word; each quote is checked
          against the article text when the site is built. Dates the articles give only loosely are drawn as the whole
          month or year they could mean.
        </p>
      </footer>
    </div>
  );
}

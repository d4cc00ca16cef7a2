import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { attributionLine, claimsOf } from '../data/claims';
import type { Landmark, Timeline, TimelineEvent } from '../data/schema';
import { isFiltering } from '../data/search';
import { FilterBar } from '../filters/FilterBar';
import { afterShown } from '../lib/afterPaint';
import { drawnInBrowser } from '../lib/drawnAhead';
import { useMediaQuery } from '../lib/useMediaQuery';
import { usePrinting } from '../print/usePrinting';
import type { EvidenceFocus } from '../sources/SourcePanel';
import { EventList, VIRTUAL_LIST_THRESHOLD, type EventListHandle } from '../timeline/EventList';
import { JumpMenu } from '../timeline/JumpMenu';
import { scaleFor } from '../timeline/timeScale';
import { TimelineView } from '../timeline/TimelineView';
import type { VerticalTimelineProps } from '../timeline/VerticalTimeline';
import { Popover } from '../ui/Popover';
import { tabId, tabPanelId, Tabs } from '../ui/Tabs';
import { Colophon } from './Colophon';
import { EmbedFrame } from './EmbedFrame';
import { EvidencePanel } from './EvidencePanel';
import { CoverageGrid, EmbedBridge, PartLoading, prefetchLaterParts, PrintHandout } from './laterParts';
import { Masthead } from './Masthead';
import type { PageOptions } from './pageOptions';
import { pageLink, pageUrl } from './pageUrl';
import { ONE_COLUMN_QUERY, PHONE_QUERY, SKETCH_WIDTHS } from './prerenderContract';
import { readyForLaterParts } from './usePreparedStory';
import { useStory } from './useStory';
import { serializeViewState, type ViewMode } from './viewState';

type VerticalTimelineModule = typeof import('../timeline/VerticalTimeline');
let verticalTimelineLoaded: VerticalTimelineModule | null = null;

/**
 * The phone's timeline code: phones only, so the wide timeline's readers never download it. A
 * page the build drew for a phone loads it before coming to life (main.tsx): drawn lazily, its
 * part of the page would stay dead until the code came, and a key or tap there meanwhile be lost.
 */
export function loadVerticalTimeline(): Promise<VerticalTimelineModule> {
  return import('../timeline/VerticalTimeline').then((module) => (verticalTimelineLoaded = module));
}

const LazyVerticalTimeline = lazy(() => loadVerticalTimeline().then((module) => ({ default: module.VerticalTimeline })));

/** The phone's timeline, drawn at once where its code is here, lazily otherwise; which, chosen once, so it is never drawn anew. */
function VerticalTimeline(props: VerticalTimelineProps) {
  const [Drawn] = useState(() => verticalTimelineLoaded?.VerticalTimeline ?? LazyVerticalTimeline);
  return <Drawn {...props} />;
}

/** Up to this many events a phone draws each on the vertical timeline; a longer story gets the overview strip and the virtual list. */
const VERTICAL_LIMIT = VIRTUAL_LIST_THRESHOLD;

/** In an embed, the lanes are clipped at this height (px), those out of sight offered by name, so the frame stays about one screen tall. */
const EMBED_LANES_MAX_PX = 400;

const VIEWS: { id: ViewMode; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'coverage', label: 'Coverage' },
];

export interface StoryViewProps {
  timeline: Timeline;
  /** How the page was asked to look and behave (embed, theme, initial view…). */
  options: PageOptions;
  /** A draft shown in the studio: no ways to present, share or print what is not yet published. */
  preview?: boolean;
}

export function StoryView({ timeline, options, preview = false }: StoryViewProps) {
  const list = useRef<EventListHandle>(null);
  const story = useStory(timeline, { focusEvent: (id) => list.current?.focusEvent(id) });
  const { state, update, shown, selected } = story;
  const isPhone = useMediaQuery(PHONE_QUERY);
  // One column (theme.css): the evidence opens over the list rather than above it, where its
  // arrival and its focused heading would throw the reader a screen or more away from their place.
  const oneColumn = useMediaQuery(ONE_COLUMN_QUERY);
  const printing = usePrinting();
  // The axis's shape comes from the whole story, so filtering does not reshape it.
  const scale = scaleFor(timeline.events);
  const embedded = options.embed;
  // A phone reads the timeline top to bottom; it is then the list of events too.
  const vertical = isPhone && timeline.events.length <= VERTICAL_LIMIT;
  const listShown = !(vertical && state.view === 'timeline');
  const [jump, setJump] = useState<Landmark | null>(null);

  const fullViewOf = (event: string | null) => pageLink(options.dataUrl, [], serializeViewState({ ...state, event, window: null }));
  // panel=link: an embed too small for evidence sends the reader to the full view instead.
  const open: (id: string, focus?: EvidenceFocus['on']) => void =
    embedded && options.panel === 'link' ? (id) => window.open(fullViewOf(id), '_blank', 'noopener') : story.open;
  const openWithFocus = (id: string) => open(id, 'heading');
  const attributionOf = (event: TimelineEvent) => attributionLine(claimsOf(timeline, event));

  // Only a page in a frame has a host to talk to; the page prerendered at build time was drawn without one.
  const inFrame = useSyncExternalStore(
    neverChanges,
    () => window.parent !== window,
    () => false,
  );
  const bridge = inFrame && (
    <Suspense fallback={null}>
      <EmbedBridge
        reportHeight={embedded && options.height === 'auto'}
        pymChildId={options.childId}
        selectedId={selected?.id ?? null}
        onShow={(id) => (id === null ? story.close() : story.open(id))}
      />
    </Suspense>
  );

  useEffect(prefetchLaterParts, []);

  useEffect(() => {
    if (!embedded) document.title = selected ? `${selected.title} · ${timeline.title}` : timeline.title;
  }, [embedded, selected, timeline.title]);

  const filterBar = (
    <FilterBar
      lanes={timeline.lanes}
      kinds={timeline.kinds}
      filter={{ lanes: state.lanes, kinds: state.kinds, q: state.q }}
      onChange={update}
      shown={shown.length}
      total={timeline.events.length}
    />
  );
  const eventList = (
    <Later timeline={timeline}>
      <EventList
        events={shown}
        lanes={timeline.lanes}
        sourceCount={timeline.sources.length}
        attributionOf={attributionOf}
        selectedId={selected?.id ?? null}
        onOpen={openWithFocus}
        ref={list}
      />
    </Later>
  );

  const content = (
    <main className={embedded ? 'story story--embed' : 'story'}>
      <div className="story__main">
        <div className="story__toolbar no-print">
          <Tabs
            label="Views"
            tabs={VIEWS}
            selected={state.view}
            onSelect={(view) => {
              update({ view });
              setJump(null);
            }}
          />
          {embedded || isPhone ? (
            // An article column or a phone has room for one row: search and filters fold into one button.
            <Popover
              className="story__find"
              summary={isFiltering(state) ? `Search and filters (${shown.length} of ${timeline.events.length})` : 'Search and filters'}
            >
              {filterBar}
            </Popover>
          ) : (
            filterBar
          )}
          <JumpMenu
            landmarks={timeline.landmarks ?? []}
            scale={scale}
            onJump={(window, landmark) => {
              update({ view: 'timeline', window });
              if (vertical) setJump({ ...landmark });
            }}
          />
        </div>
        {story.unknownId !== null && (
          <p className="notice no-print" role="status">
            There is no event “{story.unknownId}” in this story; showing the whole timeline instead.
          </p>
        )}
        {shown.length === 0 && (
          <div className="empty-filter no-print" role="status">
            <p>{noMatchMessage(state.lanes.length + state.kinds.length > 0, state.q.trim())}</p>
            <button type="button" onClick={story.clearFilters}>
              Clear filters
            </button>
          </div>
        )}
        <div className="story__views no-print">
          <div role="tabpanel" id={tabPanelId(state.view)} aria-labelledby={tabId(state.view)}>
            {state.view === 'timeline' && vertical ? (
              <Suspense fallback={<PartLoading what="the timeline" />}>
                <VerticalTimeline
                  events={shown}
                  scale={scale}
                  lanes={timeline.lanes}
                  attributionOf={attributionOf}
                  selectedId={selected?.id ?? null}
                  onOpen={openWithFocus}
                  jump={jump}
                  contained={embedded}
                  ref={list}
                />
              </Suspense>
            ) : state.view === 'timeline' ? (
              <TimelineView
                events={shown}
                scale={scale}
                lanes={story.lanes}
                allLanes={timeline.lanes}
                selectedId={selected?.id ?? null}
                onSelect={(id) => (id === null ? story.close() : open(id))}
                onStep={story.step}
                onOpen={openWithFocus}
                window={state.window}
                onWindowChange={(window) => update({ window })}
                compact={isPhone}
                maxHeight={embedded ? EMBED_LANES_MAX_PX : undefined}
                sketchWidths={embedded ? SKETCH_WIDTHS.embed : SKETCH_WIDTHS.page}
              />
            ) : (
              <Suspense fallback={<PartLoading what="the coverage grid" />}>
                <CoverageGrid
                  timeline={timeline}
                  events={shown}
                  selectedId={selected?.id ?? null}
                  onOpenCitation={(eventId, sourceId) => story.open(eventId, { citation: sourceId })}
                />
              </Suspense>
            )}
          </div>
        </div>
        {embedded && selected && (
          <EvidencePanel
            timeline={timeline}
            event={selected}
            layout="inline"
            terms={story.terms}
            focus={story.evidenceFocus}
            onClose={story.close}
            onStep={(direction) => story.step(direction, 'evidence')}
            onShowEvent={openWithFocus}
          />
        )}
        {!listShown ? null : embedded ? (
          // Not part of an embed's one screen: the timeline and its evidence are; the list is a click away.
          <details className="story__list-toggle">
            <summary>All {shown.length} events, in order</summary>
            {eventList}
          </details>
        ) : (
          eventList
        )}
      </div>
      {!embedded && (
        <Later timeline={timeline}>
          <EvidencePanel
            timeline={timeline}
            event={selected}
            layout={oneColumn ? 'sheet' : 'aside'}
            terms={story.terms}
            focus={story.evidenceFocus}
            onClose={story.close}
            onStep={(direction) => story.step(direction, 'evidence')}
            onShowEvent={openWithFocus}
          />
        </Later>
      )}
      {bridge}
    </main>
  );

  if (embedded) {
    return (
      <EmbedFrame
        story={timeline}
        fullViewUrl={fullViewOf(selected?.id ?? null)}
        fixedHeight={options.height === 'fixed'}
        headline={options.headline}
      >
        {content}
      </EmbedFrame>
    );
  }
  return (
    <div className="page">
      <Masthead
        actions={!preview}
        timeline={timeline}
        shareUrl={pageUrl(options.dataUrl, [], serializeViewState(state))}
        presentUrl={pageLink(options.dataUrl, ['present'])}
        embedChoice={{
          pageUrl: pageUrl(null),
          dataUrl: options.dataUrl,
          event: selected?.id ?? null,
          lanes: state.lanes,
          kinds: state.kinds,
          window: state.window,
          theme: options.theme,
          title: timeline.title,
        }}
      />
      {content}
      {printing && (
        <Suspense fallback={null}>
          <PrintHandout timeline={timeline} events={shown} />
        </Suspense>
      )}
      <Later timeline={timeline}>
        <Colophon timeline={timeline} />
      </Later>
    </div>
  );
}

/** For a fact about the page that does not change while it is open. */
const neverChanges = () => () => undefined;

/** Why nothing is shown: the filters, the search, or both. */
function noMatchMessage(filtering: boolean, search: string): string {
  const searched = `the search “${search}”`;
  if (filtering && search) return `No events match these filters and ${searched}.`;
  return search ? `No events match ${searched}.` : 'No events match these filters.';
}

/**
 * A part below or beside the timeline, which the first screen does without. Where the page was
 * prerendered, React hydrates it after the rest (a Suspense boundary is hydrated in a pass of its
 * own; nothing in it suspends), so the timeline comes to life first. Where the browser draws the
 * page, it is drawn once the first screen has been painted, which it would otherwise hold back,
 * and, for a large story, once what it needs has been prepared (usePreparedStory.ts).
 */
function Later({ timeline, children }: { timeline: Timeline; children: ReactNode }) {
  const [due, setDue] = useState(() => !drawnInBrowser());
  useEffect(() => {
    if (due) return undefined;
    let cancelled = false;
    const show = () => {
      if (!cancelled) setDue(true);
    };
    // A large story's list and evidence are prepared first, in short tasks; should that fail, drawing them shows why.
    const cancel = afterShown(() => void readyForLaterParts(timeline, () => cancelled).then(show, show));
    return () => {
      cancelled = true;
      cancel();
    };
  }, [due, timeline]);
  return <Suspense fallback={null}>{due && children}</Suspense>;
}

import { lazy, Suspense, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lane, TimelineEvent } from '../data/schema';
import { drawnAhead, drawnInBrowser } from '../lib/drawnAhead';
import { toDayWindow, type DayWindow, type TimeWindow } from './dayWindow';
import { FirstScreenSketch } from './FirstScreenSketch';
import { eventCount, lanesBelowClip, rowEach } from './rowEach';
import { sketchShown } from './sketchWidths';
import type { MarkTap } from './pile';
import { TimelineStatus } from './TimelineStatus';
import type { TimeScale } from './timeScale';
import { toTimelineGroups, toTimelineItems } from './toTimelineItems';
import { useVisTimeline } from './useVisTimeline';
// In the first load, while the library's code may not be: the first screen drawn ahead uses its classes.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';

// Only taps on the phone strip need it; fetched as soon as the strip is drawn.
const loadPileChooser = () => import('./PileChooser');
const PileChooser = lazy(() => loadPileChooser().then((module) => ({ default: module.PileChooser })));
const TimelineFoot = lazy(() => import('./TimelineFoot').then((module) => ({ default: module.TimelineFoot })));

export interface TimelineViewProps {
  /** The events to draw, in any order. */
  events: TimelineEvent[];
  /** The axis, shaped by all the story's events (scaleFor), so filtering does not reshape it. */
  scale: TimeScale;
  /** The lanes to draw, in the order their rows appear. */
  lanes: Lane[];
  /** All the story's lanes, so each keeps its colour when some are filtered out (default: `lanes`). */
  allLanes?: Lane[];
  /** The selected event's id, or null. */
  selectedId: string | null;
  /** Called with an event id when the reader selects one, or null when they clear it. */
  onSelect: (id: string | null) => void;
  /** Called when the reader steps through events with the arrow keys. */
  onStep: (step: 1 | -1) => void;
  /** Called when the reader asks for the selected event's evidence (Enter, or the link after the timeline); none: not offered. */
  onOpen?: (id: string) => void;
  /** The window to show, as whole days; null for the whole story as it opens. */
  window: DayWindow | null;
  /** Called when the window has moved, whoever moved it (the reader, a zoom, a summary mark). */
  onWindowChange: (window: DayWindow) => void;
  /** Draw a compact overview strip without labels (phones). */
  compact: boolean;
  /** Hide the toolbars (presentations drive the view themselves). */
  bare?: boolean;
  /** The tallest the lanes may draw, in pixels, past which they are clipped (an embed). None: as tall as they stack. */
  maxHeight?: number;
  /**
   * The timeline widths, in pixels, its first screen is drawn ahead for (sketchWidths.ts): on a
   * page drawn ahead, and while it comes to life, the timeline shows the one for its width until
   * it has drawn the same itself. None: nothing drawn ahead.
   */
  sketchWidths?: readonly number[];
}

export function TimelineView(props: TimelineViewProps) {
  const {
    events,
    scale,
    lanes,
    allLanes = lanes,
    selectedId,
    onSelect,
    onStep,
    onOpen,
    window,
    onWindowChange,
    compact,
    bare,
    maxHeight,
    sketchWidths,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const windowId = useId();
  const [shownWindow, setShownWindow] = useState<TimeWindow | null>(null);
  const [focused, setFocused] = useState(false);
  const items = useMemo(() => toTimelineItems(events, allLanes), [events, allLanes]);
  const groups = useMemo(() => toTimelineGroups(lanes, allLanes), [lanes, allLanes]);
  // Decided once, as the page is drawn (ahead, or in the browser) or comes to life; the first screen is gone once the timeline has drawn.
  const [sketchedWidths, setSketchedWidths] = useState(() =>
    drawnAhead() && !compact && !bare && window === null && rowEach(eventCount(items), compact) ? sketchWidths : undefined,
  );
  const [sketchedInBrowser] = useState(() => sketchedWidths !== undefined && drawnInBrowser());
  // The build draws a first screen for each width, and a container query shows the one that fits; the
  // browser, which can measure the timeline before its first paint, draws only that one.
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const canvas = container.current;
    if (!sketchedInBrowser || !canvas) return;
    const width = canvas.getBoundingClientRect().width;
    setSketchedWidths((widths) => {
      const shown = widths && sketchShown(width, widths);
      return shown === undefined ? undefined : [shown];
    });
    setMeasured(true);
  }, [sketchedInBrowser]);
  const sketched = sketchedWidths !== undefined && shownWindow === null && (measured || !sketchedInBrowser);
  // On the phone strip marks share spots: a tap opens the one event there or offers a choice.
  const [tap, setTap] = useState<MarkTap | null>(null);
  // Where the lanes are clipped (maxHeight), those out of sight, to offer them by name: from the
  // start where the first screen is drawn ahead, so the offer does not push the page down later.
  const [outOfSight, setOutOfSight] = useState<{ above: string[]; below: string[] }>(() => ({
    above: [],
    below: sketchedWidths && maxHeight !== undefined ? lanesBelowClip(items, groups, maxHeight) : [],
  }));
  const { timeline, unavailable } = useVisTimeline(container, {
    items,
    groups,
    selectedId,
    compact,
    scale,
    window,
    maxHeight,
    sketchWidths: sketchedWidths,
    // The first screen the browser draws is painted first: the timeline's making would hold the paint back.
    afterFirstPaint: sketchedInBrowser,
    // A presentation's stage keeps its lanes short: its events share rows where they fit.
    rowEach: !bare,
    onSelect,
    onTapMark: setTap,
    onWindowChange: (shown) => onWindowChange(toDayWindow(shown)),
    onWindowShown: setShownWindow,
    onLanesOutOfSight: setOutOfSight,
  });
  const zoomIn = () => timeline.current?.zoom(1);
  const zoomOut = () => timeline.current?.zoom(-1);
  const fitAll = () => timeline.current?.fitAll();
  useEffect(() => {
    if (compact) loadPileChooser().catch(() => undefined);
  }, [compact]);
  const selected = selectedId === null ? undefined : events.find((event) => event.id === selectedId);
  // Below the timeline, so it may arrive a moment after it: it is not in the first load. The same
  // element while its props hold: a prerendered foot not hydrated yet is then left to hydrate,
  // where a new one would make React draw it anew (blinking out) when the timeline first draws.
  const foot = useMemo(
    () => (
      <Suspense fallback={null}>
        <TimelineFoot events={events} scale={scale} />
      </Suspense>
    ),
    [events, scale],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      onStep(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Enter' && selectedId !== null && onOpen) {
      event.preventDefault();
      onOpen(selectedId);
    } else if (event.key === 'Escape') {
      onSelect(null);
    } else if (event.key === '+' || event.key === '=') {
      zoomIn();
    } else if (event.key === '-') {
      zoomOut();
    }
  };

  return (
    <section className={compact ? 'timeline timeline--compact' : 'timeline'} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <div className="timeline__stage">
        {!bare && (
          // Over the axis's far end, where the room left for the last labels has no dates; before
          // the timeline in the tab order, so one Tab from the timeline reaches the way to the sources.
          <div className="timeline__tools" role="toolbar" aria-label="Timeline zoom">
            <button type="button" onClick={zoomOut} aria-label="Zoom out" title="Zoom out (−)">
              −
            </button>
            <button type="button" onClick={zoomIn} aria-label="Zoom in" title="Zoom in (+)">
              +
            </button>
            <button type="button" onClick={fitAll}>
              Fit all
            </button>
          </div>
        )}
        {/* The timeline is one keyboard stop that takes the arrow keys, like a composite widget. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          ref={container}
          className={`timeline__canvas${shownWindow === null ? ' timeline__canvas--undrawn' : ''}${sketched ? ' timeline__canvas--sketched' : ''}`}
          role="group"
          tabIndex={0}
          aria-label={`Timeline of events by lane. ${compact ? 'Tap a mark to see its event' : 'Click an event to see its sources; drag to pan, Ctrl + scroll or pinch to zoom'}. Left and right arrow keys step through events;${onOpen ? ' Enter opens the sources of the chosen one;' : ''} plus and minus zoom.`}
          aria-describedby={windowId}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocused(true);
          }}
          onBlur={() => setFocused(false)}
        >
          {sketched && (
            <FirstScreenSketch
              items={items}
              groups={groups}
              scale={scale}
              widths={sketchedWidths}
              maxHeight={maxHeight}
              inBrowser={sketchedInBrowser}
            />
          )}
        </div>
        {unavailable && (
          <div className="timeline__unavailable" role="alert">
            <p>The timeline could not be loaded. Check your connection and reload the page; every event is in the list below.</p>
            <button type="button" onClick={() => globalThis.location.reload()}>
              Reload the page
            </button>
          </div>
        )}
      </div>
      {outOfSight.above.length + outOfSight.below.length > 0 && (
        <div className="timeline__out-of-sight no-print" role="group" aria-label="Lanes out of sight">
          <span aria-hidden="true">More lanes:</span>
          {[...outOfSight.above.map((id) => [id, 'up'] as const), ...outOfSight.below.map((id) => [id, 'down'] as const)].map(
            ([id, direction]) => (
              <button
                key={id}
                type="button"
                onClick={() => {
                  timeline.current?.showLane(id, direction);
                  // The button goes once its lane is in sight: focus goes to the timeline, where the lane now is.
                  container.current?.focus({ preventScroll: true });
                }}
              >
                {allLanes.find((lane) => lane.id === id)?.label ?? id} <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
              </button>
            ),
          )}
        </div>
      )}
      {!bare && foot}
      <TimelineStatus windowId={windowId} shown={shownWindow} events={events} lanes={allLanes} selectedId={selectedId} speaking={focused} />
      {onOpen && selected && (
        // A way past the rest of the page to the evidence, for keyboard readers who chose on the timeline.
        <button type="button" className="timeline__skip" onClick={() => onOpen(selected.id)}>
          Skip to the chosen event’s sources
        </button>
      )}
      {tap && (
        <Suspense fallback={null}>
          <PileChooser
            tap={tap}
            lanes={allLanes}
            onChoose={(id) => {
              setTap(null);
              onSelect(id);
            }}
            onClose={() => {
              setTap(null);
              container.current?.focus({ preventScroll: true });
            }}
          />
        </Suspense>
      )}
    </section>
  );
}

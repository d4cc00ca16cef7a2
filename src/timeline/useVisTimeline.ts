/**
 * The timeline adapter (visTimeline.ts) as a hook: made when the container mounts,
 * kept in step with the props, destroyed on unmount. The window is controlled: the
 * timeline shows `window` (null: the whole story) and reports every move.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { revealInFrame } from '../lib/reveal';
import { useLatest } from '../lib/useLatest';
import { sameDays, toDayWindow, toTimeWindow, type DayWindow, type TimeWindow } from './dayWindow';
import type { MarkTap } from './pile';
import type { TimeScale } from './timeScale';
import type { TimelineGroup, TimelineItem } from './toTimelineItems';
import { VisTimeline } from './visTimeline';

export interface VisTimelineProps {
  items: TimelineItem[];
  groups: TimelineGroup[];
  selectedId: string | null;
  compact: boolean;
  /** How real time maps to the axis. */
  scale: TimeScale;
  /** The window to show, as whole days; null for the story's own opening window. */
  window: DayWindow | null;
  /** The tallest the lanes may draw, in pixels, past which they are clipped; read once, when the timeline is made. */
  maxHeight?: number | undefined;
  /** The timeline widths first screens were drawn ahead for, one of which the timeline takes over (see VisTimelineInit); read once. */
  sketchWidths?: readonly number[] | undefined;
  /** Whether a small story may stack one event per row (see VisTimelineInit); read once. */
  rowEach: boolean;
  onSelect: (id: string | null) => void;
  /** On the compact strip, a tap on an event's mark is handed to this instead of selecting it (see pile.ts). */
  onTapMark: (tap: MarkTap) => void;
  /** The window moved, whoever moved it, once it settled. */
  onWindowChange: (window: TimeWindow) => void;
  /** The window on screen, once drawn and after every move. */
  onWindowShown: (window: TimeWindow) => void;
  /** Where the lanes are clipped (maxHeight): the lanes out of sight above and below. */
  onLanesOutOfSight?: (lanes: { above: string[]; below: string[] }) => void;
}

export function useVisTimeline(container: RefObject<HTMLDivElement | null>, props: VisTimelineProps): RefObject<VisTimeline | null> {
  const { items, groups, selectedId, compact, scale, window } = props;
  const timeline = useRef<VisTimeline | null>(null);
  const latest = useLatest(props);
  // Whether the instance has been given a window and a selection yet: the first of each comes with it.
  const windowSeen = useRef(false);
  const selectionSeen = useRef(false);

  // Made in the commit that mounts the container rather than in an effect after it: the first
  // draw comes a frame sooner (about 20 ms on a hydrated page).
  useLayoutEffect(() => {
    if (!container.current) return;
    const { items, groups, compact, scale, window, maxHeight, sketchWidths, rowEach } = latest.current;
    const instance = new VisTimeline(
      container.current,
      { items, groups, compact, scale, window: window && toTimeWindow(window), maxHeight, sketchWidths, rowEach },
      {
        onSelect: (id) => latest.current.onSelect(id),
        onTapMark: (tap) => latest.current.onTapMark(tap),
        onWindowChange: (shown) => latest.current.onWindowChange(shown),
        onWindowShown: (shown) => latest.current.onWindowShown(shown),
        onLanesOutOfSight: (lanes) => latest.current.onLanesOutOfSight?.(lanes),
      },
    );
    timeline.current = instance;
    windowSeen.current = false;
    selectionSeen.current = false;
    return () => {
      instance.destroy();
      timeline.current = null;
    };
  }, [container, latest]);

  useEffect(() => timeline.current?.setItems(items), [items]);
  useEffect(() => timeline.current?.setGroups(groups), [groups]);
  useEffect(() => timeline.current?.setCompact(compact), [compact]);
  useEffect(() => timeline.current?.setScale(scale), [scale]);

  const from = window?.from ?? null;
  const to = window?.to ?? null;
  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    const first = !windowSeen.current;
    windowSeen.current = true;
    if (from === null || to === null) {
      // Back to the story's own opening (Back to a link without a window); on mount it is there already.
      if (!first) instance.fitAll();
    } else if (!sameDays(toDayWindow(instance.window()), { from, to })) {
      instance.show(toTimeWindow({ from, to }));
    }
  }, [from, to]);

  useEffect(() => {
    const instance = timeline.current;
    const root = container.current;
    if (!instance || !root) return;
    const openedByLink = !selectionSeen.current;
    selectionSeen.current = true;
    instance.select(selectedId);
    // Scroll the page to the mark when a link opened it or the reader stepped to it on
    // the timeline, but not when it was chosen in the list: that reader is reading the list.
    if (selectedId !== null && (openedByLink || root.contains(document.activeElement))) {
      instance.afterDraw(() => {
        const mark = instance.markOf(selectedId);
        if (mark) revealInFrame(mark);
      });
    }
  }, [selectedId, items, container]);

  return timeline;
}

/**
 * The timeline adapter (visTimeline.ts) as a hook: made when the container mounts,
 * kept in step with the props, destroyed on unmount. The window is controlled: the
 * timeline shows `window` (null: the whole story) and reports every move.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { afterShown } from '../lib/afterPaint';
import { revealInFrame } from '../lib/reveal';
import { useLatest } from '../lib/useLatest';
import { sameDays, toDayWindow, toTimeWindow, type DayWindow, type TimeWindow } from './dayWindow';
import type { MarkTap } from './pile';
import type { TimeScale } from './timeScale';
import type { TimelineGroup, TimelineItem } from './toTimelineItems';
import { loadedVisTimeline, loadVisTimeline } from './loadVisTimeline';
import type { VisTimeline } from './visTimeline';

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
  /** Made once the frame being drawn is on screen, not before: a first screen drawn in the browser is shown meanwhile. Read once. */
  afterFirstPaint?: boolean;
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

export interface VisTimelineHandle {
  /** The timeline, once made. */
  timeline: RefObject<VisTimeline | null>;
  /** Its code could not be loaded (the network failed): nothing is drawn. A browser keeps a module that failed as failed, so only a reload tries again. */
  unavailable: boolean;
}

export function useVisTimeline(container: RefObject<HTMLDivElement | null>, props: VisTimelineProps): VisTimelineHandle {
  const { items, groups, selectedId, compact, scale, window } = props;
  const timeline = useRef<VisTimeline | null>(null);
  const latest = useLatest(props);
  // What the instance was last given: an effect may run for the same instance and window more
  // than once (an instance made after its commit, before that commit's effects ran, is caught up
  // with again), and a second run must not be taken for the reader moving the window.
  const windowGiven = useRef<{ instance: VisTimeline; from: string | null; to: string | null } | null>(null);
  const selectionGivenTo = useRef<VisTimeline | null>(null);

  // Counts the instances made after their commit, so that the effects below catch up with them.
  const [made, setMade] = useState(0);
  const [unavailable, setUnavailable] = useState(false);

  // Made in the commit that mounts the container rather than in an effect after it, where its code
  // has loaded: the first draw comes a frame sooner (about 20 ms on a hydrated page). Not where a
  // first screen drawn in the browser is to be seen first (afterFirstPaint).
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    let instance: VisTimeline | null = null;
    let gone = false;
    const make = (afterCommit: boolean) => {
      const adapter = loadedVisTimeline();
      if (!adapter) {
        loadVisTimeline().then(
          () => !gone && make(true),
          () => !gone && setUnavailable(true),
        );
        return;
      }
      const { items, groups, compact, scale, window, maxHeight, sketchWidths, rowEach } = latest.current;
      instance = new adapter.VisTimeline(
        root,
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
      // It opens on this window (null: the story's own).
      windowGiven.current = { instance, from: window?.from ?? null, to: window?.to ?? null };
      if (afterCommit) setMade((count) => count + 1);
    };
    let cancel = () => {};
    if (latest.current.afterFirstPaint) cancel = afterShown(() => make(true));
    else make(false);
    return () => {
      gone = true;
      cancel();
      instance?.destroy();
      timeline.current = null;
    };
  }, [container, latest]);

  useEffect(() => timeline.current?.setItems(items), [items, made]);
  useEffect(() => timeline.current?.setGroups(groups), [groups, made]);
  useEffect(() => timeline.current?.setCompact(compact), [compact, made]);
  useEffect(() => timeline.current?.setScale(scale), [scale, made]);

  const from = window?.from ?? null;
  const to = window?.to ?? null;
  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    const given = windowGiven.current;
    if (given?.instance === instance && given.from === from && given.to === to) return;
    windowGiven.current = { instance, from, to };
    if (from === null || to === null) {
      // Back to the story's own opening (Back to a link without a window).
      instance.fitAll();
    } else if (!sameDays(toDayWindow(instance.window()), { from, to })) {
      instance.show(toTimeWindow({ from, to }));
    }
  }, [from, to, made]);

  useEffect(() => {
    const instance = timeline.current;
    const root = container.current;
    if (!instance || !root) return;
    const openedByLink = selectionGivenTo.current !== instance;
    selectionGivenTo.current = instance;
    instance.select(selectedId);
    // Scroll the page to the mark when a link opened it or the reader stepped to it on
    // the timeline, but not when it was chosen in the list: that reader is reading the list.
    if (selectedId !== null && (openedByLink || root.contains(document.activeElement))) {
      instance.afterDraw(() => {
        const mark = instance.markOf(selectedId);
        if (mark) revealInFrame(mark);
      });
    }
  }, [selectedId, items, container, made]);

  return { timeline, unavailable };
}

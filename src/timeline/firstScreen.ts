/**
 * The timeline's first screen worked out without drawing it: the window it opens on, each
 * lane's events in the order they stack, and the axis. The build draws this into the
 * prerendered page (FirstScreenSketch.tsx), so the timeline is on screen before any script
 * has run; vis-timeline, once made, draws the same picture over it (visTimeline.ts).
 *
 * Two rules make that possible without measuring anything: a small story stacks one event
 * per row (rowEach.ts), and the live timeline opens on the window worked out here for the
 * drawing width the page was drawn for, wherever it is at least that wide.
 */
import { axisMarks, type AxisBreak, type Tick } from './axisTicks';
import { eventCount, footRooms, rowEach } from './rowEach';
import type { Segment, TimeScale } from './timeScale';
import { extent, initialWindow, type TimelineGroup, type TimelineItem } from './toTimelineItems';

/**
 * The order events stack in, top to bottom within a lane: vis-timeline's own, by start and
 * then as they were given to it (its sort keeps their order), which `rank` gives. (Given an
 * order of its own, vis-timeline would stack everything afresh at every draw, even with
 * stacking off.)
 */
export function stackOrder(
  rank: (id: string) => number,
): (a: Pick<TimelineItem, 'id' | 'start'>, b: Pick<TimelineItem, 'id' | 'start'>) => number {
  return (a, b) => a.start.getTime() - b.start.getTime() || rank(a.id) - rank(b.id);
}

/** Where something lies across the drawing area, as fractions of its width. */
export interface Span {
  left: number;
  width: number;
}

export interface SketchedItem {
  item: TimelineItem;
  at: Span;
}

export interface SketchedLane {
  group: TimelineGroup;
  /** Shaded periods behind the lane. */
  backdrops: SketchedItem[];
  /** The lane's events, one per row, top to bottom, and the room kept at its foot for a backdrop's label (rowEach.ts). */
  rows: SketchedItem[];
}

export interface FirstScreen {
  /** The window, in axis time (ms). */
  window: { start: number; end: number };
  lanes: SketchedLane[];
  /** Axis ticks, breaks and bursts, each placed as a fraction of the drawing width. */
  ticks: { tick: Tick; left: number }[];
  breaks: { mark: AxisBreak; at: Span; middle: number }[];
  bursts: Span[];
}

/**
 * The first screen of `items` (in real time) in `groups`, on `scale`, for a drawing area
 * `drawingWidthPx` wide; null where it cannot be worked out ahead (no items, or too many
 * to give each a row).
 */
export function firstScreen(items: TimelineItem[], groups: TimelineGroup[], scale: TimeScale, drawingWidthPx: number): FirstScreen | null {
  if (!rowEach(eventCount(items), false)) return null;
  const onAxis = [...items, ...footRooms(items)].map((item) => ({
    ...item,
    start: scale.toAxisDate(item.start),
    ...(item.end && { end: scale.toAxisDate(item.end) }),
  }));
  const opening = initialWindow(onAxis.slice(0, items.length), drawingWidthPx);
  const span = extent(items);
  if (!opening || !span) return null;
  const start = opening.start.getTime();
  const end = opening.end.getTime();
  const across = (from: number, until: number): Span => ({ left: (from - start) / (end - start), width: (until - from) / (end - start) });
  const at = (item: TimelineItem): Span => across(item.start.getTime(), (item.end ?? item.start).getTime());

  const rank = new Map(onAxis.map((item, index) => [item.id, index]));
  const order = stackOrder((id) => rank.get(id) ?? 0);
  const lanes = groups.map((group) => {
    const own = onAxis.filter((item) => item.group === group.id);
    return {
      group,
      backdrops: own.filter((item) => item.type === 'background').map((item) => ({ item, at: at(item) })),
      rows: own
        .filter((item) => item.type !== 'background')
        .sort(order)
        .map((item) => ({ item, at: at(item) })),
    };
  });

  const marks = axisMarks(scale, start, end, drawingWidthPx, { from: span.first, until: span.lastEnd });
  const fraction = (axis: number) => (axis - start) / (end - start);
  const clamped = (from: number, until: number): Span => {
    const left = Math.min(Math.max(fraction(from), 0), 1);
    return { left, width: Math.max(Math.min(Math.max(fraction(until), 0), 1) - left, 0) };
  };
  return {
    window: { start, end },
    lanes,
    ticks: marks.ticks.map((tick) => ({ tick, left: fraction(tick.axis) })),
    breaks: marks.breaks.map((mark) => ({
      mark,
      at: clamped(mark.axisFrom, mark.axisUntil),
      middle: fraction((mark.axisFrom + mark.axisUntil) / 2),
    })),
    bursts: scale.bursts
      .filter((burst: Segment) => burst.axisUntil > start && burst.axisFrom < end)
      .map((burst) => clamped(burst.axisFrom, burst.axisUntil)),
  };
}

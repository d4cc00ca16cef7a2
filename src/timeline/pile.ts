/**
 * Which events lie under a reader's fingertip. On the phone's overview strip the marks
 * are not stacked, so ten events of one day share one spot; a tap there must not open
 * whichever of them happens to be drawn on top.
 */
import { isCluster, type TimelineItem } from './toTimelineItems';

/** A tap on a mark: the mark the timeline hit, its lane, the time under the finger, the scale and the marks drawn. */
export interface MarkTap {
  /** The id of the item the timeline hit. */
  picked: string;
  lane: string;
  time: Date;
  /** Milliseconds per pixel at the current zoom. */
  msPerPx: number;
  /** The items drawn on the timeline now. */
  drawn: TimelineItem[];
}

/** How far past a mark's drawn edge a tap still counts as on it: a fingertip is far wider than a dot. */
export const TAP_REACH_PX = 8;
/** Half a dot's width: a day-precision event is a dot centred on its date. */
const DOT_HALF_PX = 4;
/** A range never draws narrower than this (timeline.css), however short it is. */
const RANGE_MIN_PX = 4;

function drawnExtent(item: TimelineItem, msPerPx: number): [number, number] {
  const start = item.start.getTime();
  if (item.type === 'point') return [start - DOT_HALF_PX * msPerPx, start + DOT_HALF_PX * msPerPx];
  const end = Math.max(item.end?.getTime() ?? start, start + RANGE_MIN_PX * msPerPx);
  return [start, end];
}

/**
 * The events drawn at the tap, in time order: every event mark of the lane whose drawn
 * extent, widened by TAP_REACH_PX, covers the tapped time. Backdrops and summary marks
 * are not events to choose from. Always holds `picked`, the mark the timeline hit.
 */
export function eventsAtTap({ picked, lane, time, msPerPx, drawn }: MarkTap): string[] {
  const at = time.getTime();
  const reach = TAP_REACH_PX * msPerPx;
  const hits = drawn
    .filter((item) => item.group === lane && item.type !== 'background' && !isCluster(item.id))
    .filter((item) => {
      const [from, to] = drawnExtent(item, msPerPx);
      return at >= from - reach && at <= to + reach;
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.end?.getTime() ?? 0) - (b.end?.getTime() ?? 0))
    .map((item) => item.id);
  return hits.includes(picked) ? hits : [picked];
}

/**
 * A small story stacks one event per row (visTimeline.ts), in vis-timeline's own order: so
 * no label's width decides where another goes, and its first screen can be worked out ahead
 * of time without measuring anything (firstScreen.ts).
 */
import type { TimelineItem } from './toTimelineItems';

/** Up to this many events, each has a row of its own in its lane; more, and they share rows where they fit. */
export const ROW_EACH_MAX_EVENTS = 60;

export function rowEach(eventCount: number, compact: boolean): boolean {
  return !compact && eventCount > 0 && eventCount <= ROW_EACH_MAX_EVENTS;
}

/** How many of `items` are events, not backdrops. */
export function eventCount(items: TimelineItem[]): number {
  return items.reduce((count, item) => (item.type === 'background' ? count : count + 1), 0);
}

/** The shortest an event's row is, in pixels, with the gap under it: a day's 19 px and 3 (timeline.css, visTimeline.ts). */
const ROW_MIN_PX = 22;

/**
 * Where the lanes are clipped at `maxHeight` pixels, the lanes sure to start below the clip
 * when each event has a row of its own (vis-timeline reports them once drawn; the first
 * screen drawn ahead offers them from the start). Heights are taken at their least, so a lane
 * named here is out of sight however its rows are drawn.
 */
export function lanesBelowClip(items: TimelineItem[], groups: { id: string }[], maxHeight: number): string[] {
  const below: string[] = [];
  let top = 0;
  for (const [index, group] of groups.entries()) {
    // vis-timeline's label test: a lane whose top is at the clip's bottom edge or past it.
    if (top >= maxHeight - 2) below.push(group.id);
    const rows = eventCount(items.filter((item) => item.group === group.id));
    top += (index === 0 ? 6 : 1.5) + rows * ROW_MIN_PX - 3 + 1.5;
  }
  return below;
}

const FOOT_ROOM_PREFIX = 'foot:';

export function isFootRoom(id: string): boolean {
  return id.startsWith(FOOT_ROOM_PREFIX);
}

/**
 * With each event on a row of its own, the last row runs along a lane's foot, where a backdrop's
 * label sits (timeline.css): each lane with a backdrop gets an empty row after its events, as
 * tall as an event's and unseen, to keep that room. In real time, like the items.
 */
export function footRooms(items: TimelineItem[]): TimelineItem[] {
  const latest = new Map<string, number>();
  for (const item of items) latest.set(item.group, Math.max(latest.get(item.group) ?? -Infinity, item.start.getTime()));
  const lanes = new Set(items.filter((item) => item.type === 'background').map((item) => item.group));
  return [...lanes].map((lane) => ({
    id: `${FOOT_ROOM_PREFIX}${lane}`,
    group: lane,
    content: '',
    dateLabel: '',
    dateOnAxis: true,
    start: new Date(latest.get(lane)!),
    type: 'point',
    className: 'tl-foot-room',
  }));
}

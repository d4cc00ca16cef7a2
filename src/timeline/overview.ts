import { formatCount } from '../lib/count';
/**
 * What vis-timeline is given to draw for a window. vis-timeline measures and
 * stacks every item it holds, so a large story would cost seconds per redraw.
 * Instead it only ever holds what the reader can see: the events themselves
 * when few enough are in view, and one summary mark per lane and period ("1.2k")
 * when there are more, until the reader zooms in. Small stories are passed through
 * whole, so they behave exactly as they always did; this code loads only for
 * stories larger than that (see useVisTimeline).
 */
import { DAY_MS, MONTHS } from '../data/dates';
import { CLUSTER_PREFIX, DETAIL_LIMIT, type TimelineItem, type TimeWindow } from './toTimelineItems';
import './overview.css';

/** Roughly how many summary periods fit across the window: ~45 px each at desktop width. */
const TARGET_PERIODS = 24;

export interface ClusterItem extends TimelineItem {
  /** How many events start in this lane and period. */
  count: number;
}

interface Period {
  /** Approximate length in ms, to choose a period for a window. */
  approxMs: number;
  /** A number for the period holding `time` (local calendar, as vis-timeline draws): equal within a period. */
  indexOf(time: Date): number;
  /** The first instant of period `index`. */
  startOf(index: number): Date;
  /** "25 Mar 2024", "Mar 2024", "Jan–Mar 2024", "2024", "2020–2024". */
  label(index: number): string;
}

const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));

/** Local calendar date → a running day number, so periods of several days line up across months. */
const dayNumber = (time: Date) => Math.round(Date.UTC(time.getFullYear(), time.getMonth(), time.getDate()) / DAY_MS);
const dayLabel = (day: number) => {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

/** Day 4 of the running count, 5 January 1970, was a Monday: weeks start on Mondays. */
const MONDAY = 4;

/** Periods of `count` days: single days, or weeks from Monday. */
function days(count: number): Period {
  const firstDay = (index: number) => index * count + (count === 7 ? MONDAY : 0);
  return {
    approxMs: count * DAY_MS,
    indexOf: (time) => Math.floor((dayNumber(time) - firstDay(0)) / count),
    startOf: (index) => {
      const date = new Date(firstDay(index) * DAY_MS);
      return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    },
    label: (index) => (count === 1 ? dayLabel(index) : `${dayLabel(firstDay(index))} – ${dayLabel(firstDay(index) + count - 1)}`),
  };
}

/** Periods of `count` months, aligned to the calendar: quarters start in January, April… */
function months(count: number): Period {
  const firstMonth = (index: number) => index * count;
  return {
    approxMs: count * 30.44 * DAY_MS,
    indexOf: (time) => Math.floor((time.getFullYear() * 12 + time.getMonth()) / count),
    startOf: (index) => new Date(Math.floor(firstMonth(index) / 12), firstMonth(index) % 12, 1),
    label: (index) => {
      const month = firstMonth(index) % 12;
      const year = Math.floor(firstMonth(index) / 12);
      if (count === 1) return `${SHORT_MONTHS[month]} ${year}`;
      if (count < 12) return `${SHORT_MONTHS[month]}–${SHORT_MONTHS[month + count - 1]} ${year}`;
      return count === 12 ? String(year) : `${year}–${year + count / 12 - 1}`;
    },
  };
}

/** Calendar periods, finest first. */
const PERIODS: Period[] = [days(1), days(7), ...[1, 3, 6, 12, 24, 60, 120, 240, 600, 1200].map(months)];

/** The calendar period nearest (by ratio) to a 24th of the window. */
export function periodFor(window: TimeWindow): Period {
  const wanted = (window.end.getTime() - window.start.getTime()) / TARGET_PERIODS;
  const distance = (period: Period) => Math.abs(Math.log(period.approxMs / wanted));
  return PERIODS.reduce((best, period) => (distance(period) < distance(best) ? period : best));
}

/**
 * A large story's events sorted by start, built once per story, so a window's events
 * are found by binary search instead of by looking at all of them on every pan and zoom.
 */
interface StoryIndex {
  /** The events (backdrops aside), by start. */
  events: TimelineItem[];
  /** Their starts and ends (a point ends where it starts), in ms. */
  starts: Float64Array;
  ends: Float64Array;
  /** How long the longest event lasts: one overlapping a window starts at most this long before it. */
  longest: number;
  /** Each event's lane, as a position in `lanes`. */
  laneOf: Uint16Array;
  /** The lanes, each with the colour class of its events. */
  lanes: { id: string; color: string }[];
  /** Backdrops, always drawn as themselves. */
  backdrops: TimelineItem[];
  /** Each event's period number, per kind of period, worked out when first needed (UNKNOWN until then). */
  periodNumbers: Map<Period, Int32Array>;
}

const indexes = new WeakMap<TimelineItem[], StoryIndex>();

/** Indexes a story's marks ahead of their first summary (a large story's preparing). */
export function prepareOverview(items: TimelineItem[]): void {
  indexFor(items);
}

function indexFor(items: TimelineItem[]): StoryIndex {
  let index = indexes.get(items);
  if (index) return index;
  const backdrops = items.filter((item) => item.type === 'background');
  const events = items.filter((item) => item.type !== 'background').sort((a, b) => a.start.getTime() - b.start.getTime());
  // Plain loops: TypedArray.from with a mapping function walks an iterator, ten times slower at 100,000.
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const laneOf = new Uint16Array(events.length);
  const lanes: StoryIndex['lanes'] = [];
  const lanePositions = new Map<string, number>();
  let longest = 0;
  events.forEach((item, i) => {
    starts[i] = item.start.getTime();
    ends[i] = (item.end ?? item.start).getTime();
    longest = Math.max(longest, ends[i] - starts[i]);
    let position = lanePositions.get(item.group);
    if (position === undefined) {
      position = lanes.push({ id: item.group, color: laneColor(item.className) }) - 1;
      lanePositions.set(item.group, position);
    }
    laneOf[i] = position;
  });
  index = { events, starts, ends, longest, laneOf, lanes, backdrops, periodNumbers: new Map() };
  indexes.set(items, index);
  return index;
}

/** The first position in ascending `sorted` whose value is at least `value` (or, with `after`, past it). */
function firstFrom(sorted: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value || (after && sorted[middle] === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The events overlapping [from, until] other than `skip`, or null as soon as there are more than `limit`. */
function eventsOverlapping(
  index: StoryIndex,
  from: number,
  until: number,
  skip: TimelineItem | undefined,
  limit: number,
): TimelineItem[] | null {
  const found: TimelineItem[] = [];
  const end = firstFrom(index.starts, until, true);
  for (let i = firstFrom(index.starts, from - index.longest); i < end; i++) {
    if (index.ends[i]! < from || index.events[i] === skip) continue;
    if (found.length === limit) return null;
    found.push(index.events[i]!);
  }
  return found;
}

/** A period number not yet worked out (no calendar period is numbered this low). */
const UNKNOWN = -(2 ** 31);

/** The events' numbers in `period`, filled in as needed: calendar arithmetic in local time is slow, so each is worked out once. */
function periodNumbers(index: StoryIndex, period: Period): (i: number) => number {
  let numbers = index.periodNumbers.get(period);
  if (!numbers) index.periodNumbers.set(period, (numbers = new Int32Array(index.events.length).fill(UNKNOWN)));
  const known = numbers;
  return (i) => (known[i] !== UNKNOWN ? known[i]! : (known[i] = period.indexOf(index.events[i]!.start)));
}

function compactCount(count: number): string {
  if (count < 1000) return String(count);
  return `${(count / 1000).toFixed(count < 10_000 ? 1 : 0)}k`;
}

/** One summary mark per lane and period, for the events that start in the padded window. */
function clusters(index: StoryIndex, from: number, until: number, period: Period, skip: TimelineItem | undefined): ClusterItem[] {
  const first = firstFrom(index.starts, from);
  const end = firstFrom(index.starts, until, true);
  if (first >= end) return [];
  const numberOf = periodNumbers(index, period);
  // Events are in time order, so their period numbers run from the first's to the last's.
  const lowest = numberOf(first);
  const width = numberOf(end - 1) - lowest + 1;
  const counts = new Uint32Array(index.lanes.length * width);
  for (let i = first; i < end; i++) {
    if (index.events[i] !== skip) counts[index.laneOf[i]! * width + numberOf(i) - lowest]! += 1;
  }
  const marks: ClusterItem[] = [];
  counts.forEach((count, slot) => {
    if (count === 0) return;
    const lane = index.lanes[Math.floor(slot / width)]!;
    const number = lowest + (slot % width);
    const start = period.startOf(number);
    const next = period.startOf(number + 1);
    const events = `${formatCount(count)} event${count === 1 ? '' : 's'}`;
    marks.push({
      id: `${CLUSTER_PREFIX}${lane.id}:${start.getTime()}`,
      group: lane.id,
      content: compactCount(count),
      dateLabel: '',
      dateOnAxis: false,
      title: `${events}, ${period.label(number)}. Click to zoom in.`,
      start,
      // A little short of the next period, so neighbours sit side by side instead of stacking.
      end: new Date(next.getTime() - (next.getTime() - start.getTime()) * 0.12),
      type: 'range',
      className: `tl-cluster ${lane.color}`,
      count,
    });
  });
  return marks;
}

function laneColor(className: string): string {
  return /\blane-color-\d+\b/.exec(className)?.[0] ?? '';
}

/**
 * The items to hand vis-timeline for `window`: everything for a small story;
 * otherwise the events around the window when they are few enough, else summary
 * marks. The selected event and backdrops are always drawn as themselves.
 */
export function itemsForWindow(items: TimelineItem[], window: TimeWindow, selectedId: string | null): TimelineItem[] {
  if (items.length <= DETAIL_LIMIT) return items;
  const index = indexFor(items);
  const from = window.start.getTime();
  const until = window.end.getTime();
  const span = until - from;
  // Half a window either side is loaded too, so a short pan shows events straight away.
  const paddedFrom = from - span / 2;
  const paddedUntil = until + span / 2;

  const selected = selectedId === null ? undefined : index.events.find((item) => item.id === selectedId);
  const always = selected ? [...index.backdrops, selected] : index.backdrops;
  const visible = eventsOverlapping(index, from, until, selected, DETAIL_LIMIT);
  if (visible) {
    const withNeighbours = eventsOverlapping(index, paddedFrom, paddedUntil, selected, 2 * DETAIL_LIMIT) ?? visible;
    return [...always, ...withNeighbours];
  }
  return [...always, ...clusters(index, paddedFrom, paddedUntil, periodFor(window), selected)];
}

/**
 * What vis-timeline is given to draw for a window. vis-timeline measures and
 * stacks every item it holds, so a large story would cost seconds per redraw.
 * Instead it only ever holds what the reader can see: the events themselves
 * when few enough are in view, and one summary mark per lane and period ("1.2k")
 * when there are more, until the reader zooms in. Small stories are passed through
 * whole, so they behave exactly as they always did; this code loads only for
 * stories larger than that (see useVisTimeline).
 */
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

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local calendar date → a running day number, so periods of several days line up across months. */
const dayNumber = (time: Date) => Math.round(Date.UTC(time.getFullYear(), time.getMonth(), time.getDate()) / DAY_MS);
const dayLabel = (day: number) => {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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
      if (count === 1) return `${MONTHS[month]} ${year}`;
      if (count < 12) return `${MONTHS[month]}–${MONTHS[month + count - 1]} ${year}`;
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

function overlaps(item: TimelineItem, from: number, until: number): boolean {
  return item.start.getTime() <= until && (item.end ?? item.start).getTime() >= from;
}

function compactCount(count: number): string {
  if (count < 1000) return String(count);
  return `${(count / 1000).toFixed(count < 10_000 ? 1 : 0)}k`;
}

/** One summary mark per lane and period, for the events that start in the padded window. */
function clusters(items: TimelineItem[], from: number, until: number, period: Period, skipId: string | null): ClusterItem[] {
  // lane → period index → count and colour class
  const lanes = new Map<string, Map<number, { count: number; color: string }>>();
  for (const item of items) {
    const time = item.start.getTime();
    if (time < from || time > until || item.type === 'background' || item.id === skipId) continue;
    let periods = lanes.get(item.group);
    if (!periods) lanes.set(item.group, (periods = new Map()));
    const index = period.indexOf(item.start);
    const cluster = periods.get(index);
    if (cluster) cluster.count += 1;
    else periods.set(index, { count: 1, color: laneColor(item.className) });
  }
  return [...lanes].flatMap(([group, periods]) =>
    [...periods].map(([index, { count, color }]) => {
      const start = period.startOf(index);
      const end = period.startOf(index + 1);
      const events = `${count.toLocaleString('en-GB')} event${count === 1 ? '' : 's'}`;
      return {
        id: `${CLUSTER_PREFIX}${group}:${start.getTime()}`,
        group,
        content: compactCount(count),
        dateLabel: '',
        title: `${events}, ${period.label(index)}. Click to zoom in.`,
        start,
        // A little short of the next period, so neighbours sit side by side instead of stacking.
        end: new Date(end.getTime() - (end.getTime() - start.getTime()) * 0.12),
        type: 'range' as const,
        className: `tl-cluster ${color}`,
        count,
      };
    }),
  );
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
  const from = window.start.getTime();
  const until = window.end.getTime();
  const span = until - from;
  // Half a window either side is loaded too, so a short pan shows events straight away.
  const paddedFrom = from - span / 2;
  const paddedUntil = until + span / 2;

  const visible: TimelineItem[] = [];
  const padded: TimelineItem[] = [];
  const always: TimelineItem[] = [];
  for (const item of items) {
    if (item.type === 'background' || item.id === selectedId) always.push(item);
    else if (overlaps(item, from, until)) visible.push(item);
    else if (overlaps(item, paddedFrom, paddedUntil)) padded.push(item);
  }
  if (visible.length <= DETAIL_LIMIT) {
    const withNeighbours = visible.length + padded.length <= 2 * DETAIL_LIMIT ? [...visible, ...padded] : visible;
    return [...always, ...withNeighbours];
  }
  return [...always, ...clusters(items, paddedFrom, paddedUntil, periodFor(window), selectedId)];
}

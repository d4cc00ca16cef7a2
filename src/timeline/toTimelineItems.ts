/**
 * Events and lanes as vis-timeline items and groups. Pure, so the drawing rules
 * (what is a point, what is a range, how precision and qualifiers show) are
 * tested without a browser.
 */
import type { TimeWindow } from './dayWindow';
import { DAY_MS, dateSpan, formatDateRange, parsePartialDate, spanMs, type DatePrecision } from '../data/dates';
import type { Lane, TimelineEvent } from '../data/schema';
import { LINEAR_SCALE, type TimeScale } from './timeScale';

export interface TimelineItem {
  id: string;
  group: string;
  /** The event's label on the chart (its short title, or its title), plain text: the item template renders it as text, never HTML. */
  content: string;
  /** "2021", "Oct 2022", "before Oct 2021 – Oct 2022". */
  dateLabel: string;
  /**
   * A day: the axis says its date, so its label leaves the date out. A day given only as a
   * bound or roughly ("by", "about") is told apart by its hollow, dashed dot (see the legend).
   */
  dateOnAxis: boolean;
  start: Date;
  end?: Date;
  /** 'background': a shaded period behind its lane (a backdrop event), not stacked with the others. */
  type: 'point' | 'range' | 'background';
  className: string;
  /** The event's whole title where the chart shows a shorter one: its tooltip, plain text (vis-timeline filters it for markup). */
  title?: string;
}

export interface TimelineGroup {
  id: string;
  /** The lane label, plain text: the group template renders it as text. */
  content: string;
  order: number;
  className: string;
}

export type { TimeWindow };

/** At most this many events are drawn one by one; above it, they are summarised (see overview.ts). */
export const DETAIL_LIMIT = 300;

/** The id prefix of a summary mark, which stands for many events and is not one itself. */
export const CLUSTER_PREFIX = 'cluster:';

export function isCluster(id: string): boolean {
  return id.startsWith(CLUSTER_PREFIX);
}

type Extent = Readonly<{ first: number; lastStart: number; lastEnd: number }>;

// An array of items is never changed once made (the feed and the memos key on it), so its extent is worked out once:
// 100,000 items take about 10 ms a pass, and the timeline asks several times as it opens.
const extents = new WeakMap<readonly TimelineItem[], Extent>();

/** The earliest start, latest start and latest end among items, in ms; one pass, safe for any count. */
export function extent(items: readonly TimelineItem[]): Extent | undefined {
  if (items.length === 0) return undefined;
  const known = extents.get(items);
  if (known) return known;
  let first = Infinity;
  let lastStart = -Infinity;
  let lastEnd = -Infinity;
  for (const item of items) {
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    if (start < first) first = start;
    if (start > lastStart) lastStart = start;
    if (end > lastEnd) lastEnd = end;
  }
  const span = { first, lastStart, lastEnd };
  extents.set(items, span);
  return span;
}

/** Lane colours cycle through this many CSS classes (lane-color-0 …). */
export const LANE_COLORS = 6;

const COARSENESS: DatePrecision[] = ['day', 'month', 'year'];

/** The vaguer of two precisions: a range from "2010" to "2024-03" is only as sharp as its year. */
function coarsest(a: DatePrecision, b: DatePrecision): DatePrecision {
  return COARSENESS.indexOf(a) >= COARSENESS.indexOf(b) ? a : b;
}

/** What an event's dates come to on the chart. */
interface ChartDates {
  /** The first instant the start can mean, and the first after all the end (or the start) can mean, in ms. */
  from: number;
  until: number;
  /** An exact single day, drawn as a point. */
  isPoint: boolean;
  /** The vaguer of the start's and the end's precision. */
  precision: DatePrecision;
  label: string;
}

// A large story repeats a few thousand dates and a few hundred class lists: each is worked out
// once, kept by what it is made from (a date by its start, then its end and qualifier; a class
// list by the mark's flags, then its one kind, or by itself where it has more), so that
// drawing most events makes no key, and 100,000 events leave fewer strings for every garbage
// collection to move. Bounded, against crafted input.
const KEPT_LIMIT = 50_000;
const chartDates = new Map<string, Map<string, ChartDates>>();
const classLists = new Map<number, Map<string, string>>();
const otherClassLists = new Map<string, string>();
let kept = 0;

/** Room for one more kept date or class list: past the bound, all are dropped. */
function keepOneMore() {
  if (kept < KEPT_LIMIT) {
    kept++;
    return;
  }
  chartDates.clear();
  classLists.clear();
  otherClassLists.clear();
  kept = 1;
}

function chartDatesOf({ id, start, end, qualifier }: TimelineEvent): ChartDates {
  // No end and no qualifier (most events): the empty string, which is made once.
  const rest = qualifier === undefined ? (end ?? '') : `${end ?? ''} ${qualifier}`;
  const known = chartDates.get(start)?.get(rest);
  if (known) return known;
  const from = parsePartialDate(start);
  const to = end === undefined ? from : parsePartialDate(end);
  if (!from || !to) throw new Error(`Event ${id} has an invalid date; validate before drawing.`);
  const dates: ChartDates = {
    from: spanMs(from).from,
    until: spanMs(to).until,
    // Only an exact single day is a point; anything vaguer is drawn as the span it
    // could mean, so "2021" reads as all of 2021 rather than 1 January.
    isPoint: from.precision === 'day' && end === undefined,
    precision: coarsest(from.precision, to.precision),
    label: formatDateRange(start, end, qualifier, 'short'),
  };
  keepOneMore();
  let byRest = chartDates.get(start);
  if (!byRest) chartDates.set(start, (byRest = new Map<string, ChartDates>()));
  byRest.set(rest, dates);
  return dates;
}

function classListOf(event: TimelineEvent, precision: DatePrecision, laneIndex: number, isBackdrop: boolean): string {
  const colour = laneIndex % LANE_COLORS;
  const allegation = event.assertion === 'allegation';
  const unsourced = event.unsourced === true;
  // Most marks: no qualifier, one kind or none. Their flags and their kind say all of their class list.
  const simple = event.qualifier === undefined && event.kinds.length <= 1;
  const flags = simple
    ? (isBackdrop ? 1 : 0) + (allegation ? 2 : 0) + (unsourced ? 4 : 0) + 8 * COARSENESS.indexOf(precision) + 32 * colour
    : -1;
  const kind = event.kinds[0] ?? '';
  const known = simple ? classLists.get(flags)?.get(kind) : undefined;
  if (known !== undefined) return known;
  let className = `${isBackdrop ? 'tl-backdrop' : 'tl-event'} precision-${precision} lane-color-${colour}`;
  if (event.qualifier) className += ` qualifier-${event.qualifier}`;
  // Drawn apart from what is on the record (see the legend): one side's claim.
  if (allegation) className += ' assertion-allegation';
  // Drawn hollow and grey (see the legend): no article backs it yet.
  if (unsourced) className += ' unsourced';
  for (const each of event.kinds) className += ` kind-${each}`;
  const same = simple ? undefined : otherClassLists.get(className);
  if (same !== undefined) return same;
  keepOneMore();
  if (simple) {
    let byKind = classLists.get(flags);
    if (!byKind) classLists.set(flags, (byKind = new Map<string, string>()));
    byKind.set(kind, className);
  } else otherClassLists.set(className, className);
  return className;
}

export function toTimelineItem(event: TimelineEvent, laneIndex: number): TimelineItem {
  const dates = chartDatesOf(event);
  const isBackdrop = event.backdrop === true && event.end !== undefined;
  const item: TimelineItem = {
    id: event.id,
    group: event.lane,
    content: event.shortTitle ?? event.title,
    dateLabel: dates.label,
    dateOnAxis: dates.isPoint,
    start: new Date(dates.from),
    type: isBackdrop ? 'background' : dates.isPoint ? 'point' : 'range',
    className: classListOf(event, dates.precision, laneIndex, isBackdrop),
  };
  if (!dates.isPoint) item.end = new Date(dates.until);
  // The whole title where the chart shows a shorter one (vis-timeline shows it as plain text).
  if (event.shortTitle !== undefined) item.title = event.title;
  return item;
}

// Events are immutable once loaded: each is drawn once per lanes array (its colour is its lane's
// place among them), not again on every filter change. A Map per lanes array, not a WeakMap per
// event: one of 100,000 entries made every garbage collection slower while the story was open.
const drawn = new WeakMap<Lane[], Map<TimelineEvent, TimelineItem>>();
/** Far more events than a story has: a large one is drawn in parts, each adding to the same Map. */
const MOST_DRAWN = 500_000;
// And so is an array of them: its marks are one array, which what is remembered per array of marks (extent, the overview's index) keys on.
const drawnArrays = new WeakMap<TimelineEvent[], { lanes: Lane[]; items: TimelineItem[] }>();

export function toTimelineItems(events: TimelineEvent[], lanes: Lane[]): TimelineItem[] {
  const known = drawnArrays.get(events);
  if (known?.lanes === lanes) return known.items;
  const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]));
  let byEvent = drawn.get(lanes);
  // Edited events (the studio keeps its lanes) leave their old versions behind: all dropped past a bound.
  if (!byEvent || byEvent.size > MOST_DRAWN) drawn.set(lanes, (byEvent = new Map<TimelineEvent, TimelineItem>()));
  const items = events.map((event) => {
    let item = byEvent.get(event);
    if (!item) {
      item = toTimelineItem(event, laneIndex.get(event.lane) ?? 0);
      byEvent.set(event, item);
    }
    return item;
  });
  drawnArrays.set(events, { lanes, items });
  return items;
}

/**
 * Rows for `lanes`, coloured by each lane's place in `allLanes` (the story's lanes),
 * so a lane keeps its colour when others are filtered out.
 */
export function toTimelineGroups(lanes: Lane[], allLanes: Lane[] = lanes): TimelineGroup[] {
  const colour = new Map(allLanes.map((lane, index) => [lane.id, index]));
  return lanes.map((lane, index) => ({
    id: lane.id,
    content: lane.label,
    order: index,
    className: `lane-color-${(colour.get(lane.id) ?? index) % LANE_COLORS}`,
  }));
}

const MONTH_MS = 30.4 * DAY_MS;
/** The widest a label is drawn, in CSS pixels (see .tl-item__title, at most 22rem, and its date). */
const MAX_LABEL_PX = 450;

/**
 * The room an item's label takes right of its start, in CSS pixels: an estimate from its
 * text at the timeline's type size that errs wide (the dot, the date unless the axis
 * gives it, the title).
 */
export function labelRoomPx(item: TimelineItem): number {
  const date = item.dateLabel && !item.dateOnAxis ? item.dateLabel.length * 7 + 8 : 0;
  return Math.min(24 + date + item.content.length * 7.4, MAX_LABEL_PX);
}

/** The window last worked out for an array of items (see extent), and for what width. */
const openings = new WeakMap<readonly TimelineItem[], { key: string; start: number; end: number }>();

/**
 * The window to open on: every item, plus enough room right of each start for its label
 * (labels are drawn right of their start) at the given width of the drawing area in
 * pixels. Without labels (the compact strip) pass `labels` false.
 */
export function initialWindow(items: readonly TimelineItem[], widthPx: number, labels = true): { start: Date; end: Date } | undefined {
  const span = extent(items);
  if (!span) return undefined;
  const key = `${widthPx} ${labels}`;
  let opening = openings.get(items);
  if (opening?.key !== key) {
    const { first, lastEnd } = span;
    const padding = Math.max(lastEnd - first, MONTH_MS) * 0.03;
    const start = first - padding;
    let end = lastEnd + padding;
    if (labels) {
      const width = Math.max(widthPx, 1);
      for (const item of items) {
        // A label may take at most half the width, or a narrow screen shows nothing but labels.
        const share = Math.min(labelRoomPx(item) / width, 0.5);
        end = Math.max(end, start + (item.start.getTime() - start) / (1 - share));
      }
    }
    opening = { key, start, end };
    openings.set(items, opening);
  }
  return { start: new Date(opening.start), end: new Date(opening.end) };
}

/**
 * A window showing the period from `start` to `end` (partial dates), with a margin either
 * side as the axis draws it (`scale`): a period ending shortly before a widened burst does
 * not take in the burst.
 */
export function periodWindow(
  start: string,
  end: string | undefined,
  scale: TimeScale = LINEAR_SCALE,
): { start: Date; end: Date } | undefined {
  const from = parsePartialDate(start);
  const until = parsePartialDate(end ?? start);
  if (!from || !until) return undefined;
  const first = dateSpan(from).from.getTime();
  const last = dateSpan(until).until.getTime();
  // 15% either side as drawn, but never more than 15% of the period (or a week) in real time:
  // next to a widened burst, a margin as drawn would stand for years.
  const axisMargin = (scale.toAxis(last) - scale.toAxis(first)) * 0.15;
  const most = Math.max((last - first) * 0.15, 7 * DAY_MS);
  let shown = {
    start: Math.max(scale.toReal(scale.toAxis(first) - axisMargin), first - most),
    end: Math.min(scale.toReal(scale.toAxis(last) + axisMargin), last + most),
  };
  // A day or two alone is too narrow to read: show at least a fortnight.
  const short = 14 * DAY_MS - (shown.end - shown.start);
  if (short > 0) shown = { start: shown.start - short / 2, end: shown.end + short / 2 };
  return { start: new Date(shown.start), end: new Date(shown.end) };
}

/** How far a reader may zoom: in to a few days, out to twice the story's span. */
export function zoomLimits(items: TimelineItem[]): { zoomMin: number; zoomMax: number } {
  const zoomMin = 3 * DAY_MS;
  const span = extent(items);
  if (!span) return { zoomMin, zoomMax: 10 * 365 * DAY_MS };
  return { zoomMin, zoomMax: Math.max(2 * (span.lastEnd - span.first), 365 * DAY_MS) };
}

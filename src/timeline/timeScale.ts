/**
 * The timeline's axis need not be linear. A story that runs quietly for years and then
 * has a score of events in two days cannot show both on one linear axis: the burst is a
 * pile a few pixels wide. So real time maps to *axis time* piecewise linearly:
 *
 * - a **burst** (a few days holding a large share of the story's events) is drawn wider,
 *   with a share of the axis of its own;
 * - a **cut** (a long stretch in which no event starts or ends, whatever long periods run
 *   through it) is drawn narrow, and marked as a break on the axis;
 * - the rest is **even**: one scale for all of it.
 *
 * Everything is worked out from the dates, never tuned to one story: a story spread evenly
 * gets a linear axis (no segments). vis-timeline draws in axis time; the adapter converts at
 * its edge, so the rest of the app speaks of real dates only.
 */
import { rememberedPer } from '../lib/rememberedPer';
import { DAY_MS, parsePartialDate, spanMs, textSpan } from '../data/dates';

export type SegmentKind = 'even' | 'cut' | 'burst';

export interface Segment {
  kind: SegmentKind;
  /** Real time, ms: [from, until). */
  from: number;
  until: number;
  /** Axis time, ms: where the segment is drawn. */
  axisFrom: number;
  axisUntil: number;
}

/** What the scale needs of an event: its dates as the data gives them. */
export interface DatedEvent {
  start: string;
  end?: string | undefined;
}

/** A burst: at most this long... */
const BURST_MAX_MS = 7 * DAY_MS;
/** ...holding at least this share of the events (and at least BURST_MIN_EVENTS of them). */
const BURST_MIN_SHARE = 0.2;
export const BURST_MIN_EVENTS = 5;
/** At most this many bursts are widened. */
const MAX_BURSTS = 3;
/** The axis all bursts together take, at most; each takes a share in proportion to its events. */
const BURSTS_AXIS_SHARE = 0.5;
/** A stretch with nothing starting or ending is cut when it is longer than this share of the story... */
const CUT_MIN_SHARE = 0.1;
/** ...and is then drawn this share of the axis wide, whatever its length. */
const CUT_AXIS_SHARE = 0.025;
/** Time kept either side of a cut, as a share of the story's span, so marks near it have room. */
const CUT_MARGIN_SHARE = 0.01;
/** Fewer events than this make no burst and no cut: there is no shape to show. */
const MIN_EVENTS = 6;

interface Interval {
  from: number;
  until: number;
}

export class TimeScale {
  /** Contiguous, in order; empty for a linear axis. */
  readonly segments: readonly Segment[];
  /** Axis ms per real ms where the axis is even (1 for a linear axis). */
  readonly evenRate: number;

  constructor(segments: Segment[] = []) {
    this.segments = segments;
    const even = segments.find((segment) => segment.kind === 'even');
    this.evenRate = even ? (even.axisUntil - even.axisFrom) / (even.until - even.from) : 1;
  }

  /** True when axis time is real time. */
  get isLinear(): boolean {
    return this.segments.length === 0;
  }

  get cuts(): Segment[] {
    return this.segments.filter((segment) => segment.kind === 'cut');
  }

  get bursts(): Segment[] {
    return this.segments.filter((segment) => segment.kind === 'burst');
  }

  toAxis(ms: number): number {
    return this.convert(ms, 'from', 'until', 'axisFrom', 'axisUntil', this.evenRate);
  }

  toReal(axis: number): number {
    return this.convert(axis, 'axisFrom', 'axisUntil', 'from', 'until', 1 / this.evenRate);
  }

  toAxisDate(date: Date): Date {
    return new Date(this.toAxis(date.getTime()));
  }

  /**
   * Maps `value` from one side of the segments to the other. Before the first segment and
   * after the last, the axis runs at `outsideRate` (the even rate, or its inverse).
   */
  private convert(
    value: number,
    from: 'from' | 'axisFrom',
    until: 'until' | 'axisUntil',
    toFrom: 'from' | 'axisFrom',
    toUntil: 'until' | 'axisUntil',
    outsideRate: number,
  ): number {
    const segments = this.segments;
    if (segments.length === 0) return value;
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    if (value < first[from]) return first[toFrom] - (first[from] - value) * outsideRate;
    if (value >= last[until]) return last[toUntil] + (value - last[until]) * outsideRate;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle]![from] <= value) low = middle;
      else high = middle - 1;
    }
    const segment = segments[low]!;
    const share = (value - segment[from]) / (segment[until] - segment[from]);
    return segment[toFrom] + share * (segment[toUntil] - segment[toFrom]);
  }
}

export const LINEAR_SCALE = new TimeScale();

/**
 * The events' dates, each read once: the stretches of time their starts and ends mean ("2021"
 * is all of 2021), each once (a date's span is one object however often the date is written:
 * spanMs), so a large story's many repeats are dropped before they are sorted; and the first
 * instant of each exact-day start, one per event, with the days they begin.
 */
function readDates(events: DatedEvent[]) {
  const spans = new Set<Readonly<Interval>>();
  const days = new Set<Readonly<Interval>>();
  const dayStarts: number[] = [];
  for (const event of events) {
    const start = parsePartialDate(event.start);
    if (start) {
      const span = spanMs(start);
      spans.add(span);
      // A burst is days on which things happened: vaguer dates cannot make one.
      if (start.precision === 'day') {
        days.add(span);
        dayStarts.push(span.from);
      }
    }
    const end = event.end === undefined ? null : textSpan(event.end);
    if (end) spans.add(end);
  }
  return { spans: [...spans], days, dayStarts };
}

/** Overlapping or touching intervals joined, in order. */
function merged(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval.from <= last.until) last.until = Math.max(last.until, interval.until);
    else out.push({ ...interval });
  }
  return out;
}

/**
 * The densest few days of exact-day starts (`dayStarts`, on `days`), repeatedly, while each holds
 * enough of the story's `total` events.
 */
function findBursts(dayStarts: number[], days: Set<Readonly<Interval>>, total: number): { interval: Interval; count: number }[] {
  // Where each day ends, by its first instant; the starts in order (numbers, which sort far faster than objects).
  const dayEnd = new Map<number, number>();
  for (const day of days) dayEnd.set(day.from, day.until);
  const needed = Math.max(BURST_MIN_EVENTS, Math.ceil(total * BURST_MIN_SHARE));
  const bursts: { interval: Interval; count: number }[] = [];
  let left = Float64Array.from(dayStarts).sort();
  while (bursts.length < MAX_BURSTS) {
    let best = { first: 0, last: -1 };
    for (let first = 0, last = 0; first < left.length; first++) {
      while (last + 1 < left.length && left[last + 1]! - left[first]! < BURST_MAX_MS) last++;
      if (last - first > best.last - best.first) best = { first, last };
    }
    const count = best.last - best.first + 1;
    if (count < needed) break;
    // Days end in the order they start: the burst ends with its last day.
    const interval = { from: left[best.first]!, until: dayEnd.get(left[best.last]!)! };
    bursts.push({ interval, count });
    left = left.filter((from) => from < interval.from || from >= interval.until);
  }
  return bursts.sort((a, b) => a.interval.from - b.interval.from);
}

/**
 * The axis for a story's events: bursts widened, long empty stretches cut, the rest even.
 * Linear when the story has no such shape. Worked out once per array of events (which is
 * never changed once loaded): the page and a large story's preparing both ask for it.
 */
export const scaleFor = rememberedPer(axisFor);

function axisFor(events: DatedEvent[]): TimeScale {
  if (events.length < MIN_EVENTS) return LINEAR_SCALE;
  const dates = readDates(events);
  const spans = merged(dates.spans);
  if (spans.length === 0) return LINEAR_SCALE;
  const first = spans[0]!.from;
  const last = spans[spans.length - 1]!.until;
  const story = last - first;

  const bursts = findBursts(dates.dayStarts, dates.days, events.length).filter(
    ({ interval }) => interval.until - interval.from < story / 20,
  );
  const margin = story * CUT_MARGIN_SHARE;
  const cuts: Interval[] = [];
  for (let i = 1; i < spans.length; i++) {
    const gap = { from: spans[i - 1]!.until + margin, until: spans[i]!.from - margin };
    if (gap.until - gap.from > story * CUT_MIN_SHARE) cuts.push(gap);
  }
  if (bursts.length === 0 && cuts.length === 0) return LINEAR_SCALE;

  // The axis is as long as the story, so axis times stay near the real ones.
  const axisLength = story;
  const burstEvents = bursts.reduce((sum, burst) => sum + burst.count, 0);
  const burstsShare = Math.min(BURSTS_AXIS_SHARE, burstEvents / events.length);
  const cutsShare = cuts.length * CUT_AXIS_SHARE;
  const burstTime = bursts.reduce((sum, { interval }) => sum + interval.until - interval.from, 0);
  const cutTime = cuts.reduce((sum, cut) => sum + cut.until - cut.from, 0);
  const evenTime = story - burstTime - cutTime;
  const evenRate = ((1 - burstsShare - cutsShare) * axisLength) / evenTime;

  const special = [
    ...cuts.map((interval) => ({ kind: 'cut' as const, interval, axis: CUT_AXIS_SHARE * axisLength })),
    ...bursts.map(({ interval, count }) => ({ kind: 'burst' as const, interval, axis: (burstsShare * axisLength * count) / burstEvents })),
  ].sort((a, b) => a.interval.from - b.interval.from);

  const segments: Segment[] = [];
  let real = first;
  let axis = first;
  const add = (kind: SegmentKind, until: number, axisWidth: number) => {
    if (until <= real) return;
    segments.push({ kind, from: real, until, axisFrom: axis, axisUntil: axis + axisWidth });
    real = until;
    axis += axisWidth;
  };
  for (const { kind, interval, axis: width } of special) {
    add('even', interval.from, (interval.from - real) * evenRate);
    add(kind, interval.until, width);
  }
  add('even', last, (last - real) * evenRate);
  return new TimeScale(segments);
}

/**
 * What the time axis says, worked out from the scale and the window: calendar ticks in
 * each stretch at the step its own scale allows (years where time is even, days in a
 * burst), and a break where time is cut. Pure; axisLayer.ts draws it.
 */
import { DAY_MS, MONTHS } from '../data/dates';
import type { TimeScale } from './timeScale';

export interface Tick {
  /** Axis time, ms. */
  axis: number;
  /** The real instant, ms. */
  time: number;
  label: string;
}

/** A tick, and whether it dates a widened stretch (a burst), whose days matter more than the years around it. */
interface Candidate extends Tick {
  fine: boolean;
}

export interface AxisBreak {
  /** Axis time, ms: where the break is drawn. */
  axisFrom: number;
  axisUntil: number;
  /** The real stretch left out, ms. */
  from: number;
  until: number;
}

/** The room a tick's label takes, in pixels, at the axis's type size (an estimate that errs wide). */
export function labelPx(label: string): number {
  return label.length * 7 + 10;
}

type Unit = 'day' | 'month' | 'year';
/** Each step's label, for the room it needs: "2021", "Oct 2022", "25 Mar 2024". */
const SAMPLE: Record<Unit, string> = { year: '2000', month: 'Sep 2000', day: '30 Sep 2000' };

const STEPS: { unit: Unit; every: number; ms: number }[] = [
  { unit: 'day', every: 1, ms: DAY_MS },
  { unit: 'day', every: 2, ms: 2 * DAY_MS },
  { unit: 'day', every: 7, ms: 7 * DAY_MS },
  { unit: 'month', every: 1, ms: 30.4 * DAY_MS },
  { unit: 'month', every: 3, ms: 91 * DAY_MS },
  { unit: 'month', every: 6, ms: 182 * DAY_MS },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every) => ({ unit: 'year' as const, every, ms: every * 365.25 * DAY_MS })),
];

const SHORT_MONTHS = MONTHS.map((month) => month.slice(0, 3));

function label(date: Date, unit: Unit): string {
  if (unit === 'year') return String(date.getFullYear());
  const month = SHORT_MONTHS[date.getMonth()]!;
  return unit === 'month' ? `${month} ${date.getFullYear()}` : `${date.getDate()} ${month} ${date.getFullYear()}`;
}

/** Calendar instants from `from` to `until` (ms) at `step`, aligned to round dates. */
function calendarTicks(from: number, until: number, step: (typeof STEPS)[number]): Date[] {
  const start = new Date(from);
  let date: Date;
  if (step.unit === 'year') {
    const year = Math.ceil(start.getFullYear() / step.every) * step.every;
    date = new Date(2000, 0, 1);
    date.setFullYear(year, 0, 1);
  } else if (step.unit === 'month') {
    const month = Math.ceil(start.getMonth() / step.every) * step.every;
    date = new Date(2000, 0, 1);
    date.setFullYear(start.getFullYear(), month, 1);
  } else {
    date = new Date(2000, 0, 1);
    date.setFullYear(start.getFullYear(), start.getMonth(), start.getDate());
  }
  date.setHours(0, 0, 0, 0);
  if (date.getTime() < from) advance(date, step);
  const out: Date[] = [];
  while (date.getTime() < until && out.length < 400) {
    out.push(new Date(date));
    advance(date, step);
  }
  return out;
}

function advance(date: Date, step: (typeof STEPS)[number]): void {
  if (step.unit === 'year') date.setFullYear(date.getFullYear() + step.every);
  else if (step.unit === 'month') date.setMonth(date.getMonth() + step.every);
  else date.setDate(date.getDate() + step.every);
}

/** A stretch of the axis with one scale: a segment, or the even run before or after them all. */
interface Stretch {
  from: number;
  until: number;
  axisFrom: number;
  axisUntil: number;
  cut: boolean;
  burst: boolean;
}

function stretches(scale: TimeScale, axisStart: number, axisEnd: number): Stretch[] {
  const outside = (from: number, until: number): Stretch => ({
    from,
    until,
    axisFrom: scale.toAxis(from),
    axisUntil: scale.toAxis(until),
    cut: false,
    burst: false,
  });
  const realStart = scale.toReal(axisStart);
  const realEnd = scale.toReal(axisEnd);
  if (scale.isLinear) return [outside(realStart, realEnd)];
  const segments = scale.segments;
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  return [
    ...(realStart < first.from ? [outside(realStart, first.from)] : []),
    ...segments.map((segment) => ({ ...segment, cut: segment.kind === 'cut', burst: segment.kind === 'burst' })),
    ...(realEnd > last.until ? [outside(last.until, realEnd)] : []),
  ];
}

/**
 * The ticks and breaks for the axis window [axisStart, axisEnd] drawn `widthPx` wide. Ticks
 * keep to the story's own time, `story` (real ms): room left for the last labels is paper,
 * not years of empty axis.
 */
export function axisMarks(
  scale: TimeScale,
  axisStart: number,
  axisEnd: number,
  widthPx: number,
  story: { from: number; until: number },
): { ticks: Tick[]; breaks: AxisBreak[]; context: string | null } {
  const pxPerAxis = widthPx / Math.max(axisEnd - axisStart, 1);
  const ticks: Candidate[] = [];
  const breaks: AxisBreak[] = [];
  for (const stretch of stretches(scale, axisStart, axisEnd)) {
    if (stretch.axisUntil <= axisStart || stretch.axisFrom >= axisEnd) continue;
    if (stretch.cut) {
      breaks.push({ axisFrom: stretch.axisFrom, axisUntil: stretch.axisUntil, from: stretch.from, until: stretch.until });
      continue;
    }
    const pxPerMs = ((stretch.axisUntil - stretch.axisFrom) / Math.max(stretch.until - stretch.from, 1)) * pxPerAxis;
    const step = STEPS.find((candidate) => candidate.ms * pxPerMs >= labelPx(SAMPLE[candidate.unit])) ?? STEPS[STEPS.length - 1]!;
    const from = Math.max(stretch.from, scale.toReal(axisStart), story.from);
    // The story's end is itself a tick ("2025" closes a story that runs to the end of 2024).
    const until = Math.min(stretch.until, scale.toReal(axisEnd), story.until + 1);
    for (const date of calendarTicks(from, until, step)) {
      const time = date.getTime();
      ticks.push({ axis: scale.toAxis(time), time, label: label(date, step.unit), fine: stretch.burst });
    }
  }
  const kept = spaced(ticks, breaks, pxPerAxis);
  return {
    ticks: kept,
    breaks,
    context:
      kept.length === 0
        ? contextLabel(scale.toReal((axisStart + axisEnd) / 2), widthPx / (scale.toReal(axisEnd) - scale.toReal(axisStart)))
        : null,
  };
}

/** Zoomed in between two ticks, the axis still says where it is: the day (or month, or year) in view. */
function contextLabel(time: number, pxPerMs: number): string {
  const date = new Date(time);
  return label(date, DAY_MS * pxPerMs >= 1 ? 'day' : 30 * DAY_MS * pxPerMs >= 1 ? 'month' : 'year');
}

/**
 * Drops ticks whose label (drawn right of its tick) would run into another's or into a
 * break. A burst's days are placed first, then the rest from left to right.
 */
function spaced(ticks: Candidate[], breaks: AxisBreak[], pxPerAxis: number): Tick[] {
  const kept: Tick[] = [];
  const order = [...ticks].sort((a, b) => Number(b.fine) - Number(a.fine) || a.axis - b.axis);
  const clear = (tick: Tick, other: Tick) =>
    other.axis <= tick.axis
      ? (tick.axis - other.axis) * pxPerAxis >= labelPx(other.label)
      : (other.axis - tick.axis) * pxPerAxis >= labelPx(tick.label);
  for (const { fine: _, ...tick } of order) {
    const room = labelPx(tick.label) / pxPerAxis;
    if (breaks.some((mark) => tick.axis > mark.axisFrom - room && tick.axis < mark.axisUntil)) continue;
    if (kept.every((other) => clear(tick, other))) kept.push(tick);
  }
  return kept.sort((a, b) => a.axis - b.axis);
}

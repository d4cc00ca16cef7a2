/**
 * The phone's timeline, where time flows down the screen, as rows. Pure, so the layout rules
 * are tested without a browser.
 *
 * Events run down a spine in time order. A year mark opens each year; a cut in the story's
 * scale (a long stretch in which no event starts or ends, see timeScale.ts) is a break between
 * rows. A burst (a few days holding much of the story) is one group that opens, so the years
 * before it are not pushed off the screen. A period (an event with an end) also runs down a
 * rail beside the spine, from its own row to the last row that starts before it ends, so a
 * reader sees what was under way when each thing happened, across cuts too.
 */
import { dateSpan, parsePartialDate } from '../data/dates';
import type { TimelineEvent } from '../data/schema';
import { BURST_MIN_EVENTS, type TimeScale } from './timeScale';

/** At most this many periods run side by side; another beyond them shows by its own mark only. */
export const MAX_RAILS = 4;

/** One period's rail where it passes a row. */
export interface Rail {
  event: TimelineEvent;
  /** Which of the side-by-side rails, from the spine outwards. */
  column: number;
  /** The row is the period's own (its rail starts here) / the last it reaches. */
  starts: boolean;
  ends: boolean;
}

interface RowBase {
  key: string;
  /** The periods under way at this row. */
  rails: Rail[];
}

export type VerticalRow =
  | (RowBase & { kind: 'year'; year: number })
  | (RowBase & { kind: 'cut'; from: number; until: number })
  | (RowBase & { kind: 'event'; event: TimelineEvent })
  | (RowBase & { kind: 'burst'; from: number; until: number; events: TimelineEvent[] });

const startOf = (event: TimelineEvent) => {
  const date = parsePartialDate(event.start);
  return date ? dateSpan(date).from.getTime() : NaN;
};
const endOf = (event: TimelineEvent) => {
  const date = event.end === undefined ? null : parsePartialDate(event.end);
  return date ? dateSpan(date).until.getTime() : NaN;
};

/** A row and the real time it stands at, in ms. */
type Placed = VerticalRow & { at: number };

/** Events (in time order) as rows: year marks, breaks at the scale's cuts, events, and a group per burst. */
export function verticalRows(events: TimelineEvent[], scale: TimeScale): VerticalRow[] {
  const rows: Placed[] = [];
  const cuts = scale.cuts;
  const bursts = scale.bursts;
  let cutIndex = 0;
  let year: number | undefined;
  const markYear = (at: number, event: TimelineEvent) => {
    const its = parsePartialDate(event.start)?.year;
    if (its === undefined || its === year) return;
    year = its;
    rows.push({ kind: 'year', key: `year:${its}`, year: its, at, rails: [] });
  };

  for (let i = 0; i < events.length;) {
    const event = events[i]!;
    const at = startOf(event);
    for (; cutIndex < cuts.length && cuts[cutIndex]!.until <= at; cutIndex++) {
      const cut = cuts[cutIndex]!;
      if (rows.length > 0) rows.push({ kind: 'cut', key: `cut:${cut.from}`, from: cut.from, until: cut.until, at: cut.from, rails: [] });
    }
    const burst = bursts.find((segment) => at >= segment.from && at < segment.until);
    if (burst) {
      let j = i;
      while (j < events.length && startOf(events[j]!) < burst.until) j++;
      // Filtered down to a few, a burst is no longer one: its events stand as rows.
      if (j - i >= BURST_MIN_EVENTS) {
        markYear(at, event);
        rows.push({
          kind: 'burst',
          key: `burst:${burst.from}`,
          from: burst.from,
          until: burst.until,
          events: events.slice(i, j),
          at,
          rails: [],
        });
        i = j;
        continue;
      }
    }
    markYear(at, event);
    rows.push({ kind: 'event', key: event.id, event, at, rails: [] });
    i++;
  }
  return withRails(rows);
}

/** Gives each period a rail from its row to the last row that starts before it ends. */
function withRails(placed: Placed[]): VerticalRow[] {
  // The row index up to which each column is taken.
  const takenUntil: number[] = [];
  placed.forEach((row, index) => {
    const periods = row.kind === 'event' ? [row.event] : row.kind === 'burst' ? row.events : [];
    for (const event of periods) {
      if (event.end === undefined) continue;
      const end = endOf(event);
      let last = index;
      while (last + 1 < placed.length && placed[last + 1]!.at < end) last++;
      let column = takenUntil.findIndex((until) => until < index);
      if (column === -1) column = takenUntil.length;
      if (column >= MAX_RAILS) continue;
      takenUntil[column] = last;
      for (let r = index; r <= last; r++) placed[r]!.rails.push({ event, column, starts: r === index, ends: r === last });
    }
  });
  return placed.map(({ at: _at, ...row }) => row);
}

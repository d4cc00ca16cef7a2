/** The coverage grid as data: which article reports which event. Plain functions, no React. */
import type { Citation, Source, Timeline, TimelineEvent } from '../data/schema';

export interface CoverageCell {
  source: Source;
  /** This source's citations for the event; empty when it does not report it. */
  citations: Citation[];
}

export interface CoverageRow {
  event: TimelineEvent;
  /** One per source in the timeline, in manifest order. */
  cells: CoverageCell[];
  /** How many distinct sources report the event. */
  count: number;
  /** True when exactly one source reports the event. */
  singleSource: boolean;
  /** True when no article backs the event yet (an imported event, marked so). */
  unsourced: boolean;
}

/** One row per event, in the order given, with a cell for every source in the timeline. */
export function coverageRows(timeline: Timeline, events: TimelineEvent[]): CoverageRow[] {
  return events.map((event) => {
    const cells = timeline.sources.map((source) => ({
      source,
      citations: event.citations.filter((citation) => citation.source === source.id),
    }));
    const count = cells.filter((cell) => cell.citations.length > 0).length;
    return { event, cells, count, singleSource: count === 1, unsourced: event.unsourced === true };
  });
}

/** How many rows rest on a single source. */
export function singleSourcedCount(rows: CoverageRow[]): number {
  return rows.filter((row) => row.singleSource).length;
}

/** How many rows no article backs yet. */
export function unsourcedCount(rows: CoverageRow[]): number {
  return rows.filter((row) => row.unsourced).length;
}

/** How many of the rows each source reports, in the order of the rows' cells. */
export function reportsPerSource(sources: Source[], rows: CoverageRow[]): number[] {
  return sources.map((_, index) => rows.filter((row) => (row.cells[index]?.citations.length ?? 0) > 0).length);
}

/**
 * Our own fields in the TimelineJS3 spreadsheet, in columns after the template's (TimelineJS3
 * reads a sheet by its headers and ignores the rest): what the template cannot carry, so that a
 * story exported as a TimelineJS3 spreadsheet and imported again is the same story.
 *
 * The template's own columns win for what they carry: a headline, dates or a group edited
 * in the spreadsheet is the event's title, dates or lane when it comes back.
 */
import type { CuratedEvent, CuratedFiles } from '../data/schema';
import { curatedEvent } from '../data/curatedFromTimeline';
import { cellsToEvent, citationColumns, columnKey, eventToCells, isStoryColumn, STORY_COLUMNS } from './storyColumns';
import type { ExtraColumns } from './timelineJsCsv';

/**
 * Ours, but carried by the template's columns (Headline, Year…, End Year…). Lane is carried by
 * Group for slides only (the template's eras have no group), so it is written for all and read
 * for eras.
 */
const CARRIED = new Set(['Title', 'Start', 'End'].map(columnKey));

const OWN_COLUMNS = STORY_COLUMNS.filter((header) => !CARRIED.has(columnKey(header)));

/**
 * The columns, reading citations against the articles of `into`, the story the file is being
 * brought into: a spreadsheet carries quotes, not the articles they come from.
 */
export function storyExtraColumns(into?: CuratedFiles): ExtraColumns {
  return {
    headersFor: (timeline) => [...OWN_COLUMNS, ...citationColumns(Math.max(0, ...timeline.events.map((event) => event.citations.length)))],
    accepts: (header) => (isStoryColumn(header) && !CARRIED.has(columnKey(header)) ? header.trim() : undefined),
    write: (_timeline, event) => (event ? eventToCells(curatedEvent(event)) : {}),
    read: (files, rows) => {
      const story = files.story;
      const byId = new Map(story.events.map((event) => [event.id, event]));
      const lanes = [...(into?.story.lanes ?? []), ...story.lanes];
      const kinds = [...(into?.story.kinds ?? [])];
      const actors = [...(into?.story.actors ?? [])];
      const known = new Map((into?.story.events ?? []).map((event) => [event.id, event]));
      const replaced = new Map<string, CuratedEvent>();
      const problems = [];
      for (const row of rows) {
        const imported = row.event === undefined ? undefined : byId.get(row.event);
        // A row of the template alone (a TimelineJS3 user's sheet) keeps the event the template made.
        if (!imported || Object.values(row.cells).every((cell) => cell.trim() === '')) continue;
        const group = story.lanes.find((candidate) => candidate.id === imported.lane)?.label ?? imported.lane;
        // By header as matched ("lane", "shorttitle"), which is how cellsToEvent reads them too.
        const {
          lane: ownLane,
          id: ownId,
          ...others
        } = Object.fromEntries(Object.entries(row.cells).map(([header, cell]) => [columnKey(header), cell]));
        const cells = {
          ...others,
          // A row with no Id of its own is the event the template's columns made of it, whose id the
          // same file gives again: made unique against the story instead, it would double at each import.
          Id: ownId?.trim() ? ownId : imported.id,
          Title: imported.title,
          Start: imported.start,
          End: imported.end ?? '',
          Lane: imported.backdrop && ownLane?.trim() ? ownLane : group,
        };
        const read = cellsToEvent(cells, { lanes, kinds, actors, sources: into?.manifest ?? files.manifest, events: known });
        problems.push(...read.problems.map((reason) => ({ where: row.where, reason })));
        if (!read.event) continue;
        lanes.push(...read.added.lanes);
        kinds.push(...read.added.kinds);
        actors.push(...read.added.actors);
        replaced.set(imported.id, read.event);
      }
      if (replaced.size === 0) return { files, problems };
      const events = story.events.map((event) => replaced.get(event.id) ?? event);
      // An era becomes a backdrop and a period to jump to; a row carrying our fields says which it was.
      const eraLandmark = (label: string, start: string) =>
        [...replaced.keys()].some((id) => byId.get(id)?.backdrop && byId.get(id)?.title === label && byId.get(id)?.start === start);
      const { landmarks: written, ...rest } = story;
      const landmarks = written?.filter((landmark) => !eraLandmark(landmark.label, landmark.start));
      // Lanes the template's groups made and no event now uses (their events are in the story's own lanes) go.
      const used = new Set(events.map((event) => event.lane));
      const usedKinds = new Set(events.flatMap((event) => event.kinds));
      return {
        files: {
          ...files,
          story: {
            ...rest,
            lanes: dedupe(lanes).filter((entry) => used.has(entry.id)),
            kinds: dedupe([...story.kinds, ...kinds]).filter((entry) => usedKinds.has(entry.id)),
            actors: dedupe([...story.actors, ...actors]),
            ...(landmarks && landmarks.length > 0 && { landmarks }),
            events,
          },
        },
        problems,
      };
    },
  };
}

function dedupe<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

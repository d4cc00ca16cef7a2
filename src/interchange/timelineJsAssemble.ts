/**
 * Assembling a story from read slides: each slide an unsourced event, its group a lane,
 * each era a backdrop and a landmark.
 */
import { toId, uniqueId } from '../data/idPattern';
import type { CuratedEvent, CuratedFiles, Kind, Lane, Landmark } from '../data/schema';
import type { ImportProblem } from './imported';
import type { PlacedImport } from './timelineJsFormat';
import { collapse, slideProblems, type PlacedReading, type SlideContent, type SlideReading, type TitleSlide } from './timelineJsSlides';

export const EVENT_KIND: Kind = { id: 'event', label: 'Event' };

export interface LaneBook {
  lanes: Lane[];
  idOf: (label: string) => string;
}

export function laneBook(initial: Lane[]): LaneBook {
  const lanes = [...initial];
  return {
    lanes,
    idOf(label) {
      const found = lanes.find((lane) => collapse(lane.label) === label);
      if (found) return found.id;
      const id = uniqueId(
        toId(label, 'lane'),
        lanes.map((lane) => lane.id),
      );
      lanes.push({ id, label });
      return id;
    },
  };
}

export function eventFrom(content: SlideContent, id: string, lane: string, backdrop: boolean): CuratedEvent {
  return {
    id,
    title: content.title,
    summary: content.summary,
    start: content.start,
    ...(content.end && { end: content.end }),
    dateBasis: content.dateBasis,
    lane,
    kinds: [EVENT_KIND.id],
    citations: [],
    unsourced: true,
    ...(!backdrop && content.origin && { origin: content.origin }),
    ...(backdrop && { backdrop: true }),
  };
}

export const landmarkOf = (content: SlideContent): Landmark => ({
  label: content.title,
  start: content.start,
  ...(content.end && { end: content.end }),
});

/** An id for a new event: from its unique_id, made safe, or else from its title; never one taken. */
export function newId(reading: SlideReading & { ok: true }, taken: Set<string>): string {
  const base = (reading.uniqueId && toId(reading.uniqueId, '')) || toId(reading.content.title, 'event');
  // Checked first: uniqueId copies what is taken, which a file of thousands of slides would do thousands of times.
  const id = taken.has(base) ? uniqueId(base, taken) : base;
  taken.add(id);
  return id;
}

/**
 * TimelineJS3 draws its eras as a band of their own under the slides: here, backdrops in a lane
 * of their own, so an era's shading and label never cross another lane's events.
 */
export const ERA_LANE = 'Eras';

/** Slides that have no group go to one lane: "Events" when no slide has a group, "Other" when some do. */
export function ungroupedLabel(slides: PlacedReading[]): string {
  return slides.some(({ reading }) => reading.ok && reading.content.group) ? 'Other' : 'Events';
}

export function assembleStory(
  title: TitleSlide,
  slides: PlacedReading[],
  eras: PlacedReading[],
  name: string,
  problems: ImportProblem[],
): Pick<PlacedImport, 'eventIds'> & { files: CuratedFiles } {
  const book = laneBook([]);
  const ungrouped = ungroupedLabel(slides);
  const taken = new Set<string>();
  const events: CuratedEvent[] = [];
  const landmarks: Landmark[] = [];
  const eventIds: PlacedImport['eventIds'] = { events: [], eras: [] };
  slides.forEach((placed, index) => {
    problems.push(...slideProblems(placed));
    const { reading } = placed;
    if (!reading.ok) return;
    const id = newId(reading, taken);
    events.push(eventFrom(reading.content, id, book.idOf(reading.content.group ?? ungrouped), false));
    eventIds.events[index] = id;
  });
  eras.forEach((placed, index) => {
    problems.push(...slideProblems(placed));
    const { reading } = placed;
    if (!reading.ok) return;
    const id = newId(reading, taken);
    events.push(eventFrom(reading.content, id, book.idOf(ERA_LANE), true));
    landmarks.push(landmarkOf(reading.content));
    eventIds.eras[index] = id;
  });
  if (book.lanes.length === 0) book.idOf(ungrouped);
  const story = {
    title: title.headline ?? (name.replace(/\.[^.]*$/, '').trim() || 'Imported timeline'),
    description: title.description ?? `Imported from ${name}.`,
    actors: [],
    lanes: book.lanes,
    kinds: [EVENT_KIND],
    ...(landmarks.length > 0 && { landmarks }),
    events,
  };
  return { files: { story, manifest: [], texts: {} }, eventIds };
}

/**
 * Bringing our own export back: the story it carries under STORY_KEY, with what a person
 * changed in its slides taken in, so a story taken out and brought back loses nothing.
 */
import { z } from 'zod/mini';
import { formatDateRange } from '../data/dates';
import {
  curatedEventSchema,
  curatedStorySchema,
  sourceManifestEntrySchema,
  type CuratedEvent,
  type CuratedFiles,
  type Origin,
} from '../data/schema';
import type { ImportProblem } from './imported';
import { withoutEvents } from './mergeStory';
import { EVENT_KIND, ERA_LANE, eventFrom, landmarkOf, laneBook, newId, ungroupedLabel, type LaneBook } from './timelineJsAssemble';
import { endAsWritten, slideMedia, slideTextHtml, titleHtml, type SourceLabels } from './timelineJsExport';
import { STORY_KEY, type PlacedImport } from './timelineJsFormat';
import {
  collapse,
  readOrigin,
  slideProblems,
  type PlacedReading,
  type Readers,
  type SlideContent,
  type SlideReading,
  type TitleSlide,
} from './timelineJsSlides';

const storyRecordSchema = z.object({
  version: z.literal(1),
  files: z.object({
    story: curatedStorySchema,
    manifest: z.array(sourceManifestEntrySchema),
    texts: z.record(z.string(), z.string()),
  }),
});

/** The story an export of ours carries, when it is there and whole; events that are not are reported and left to their slides. */
export function readStoryRecord(value: unknown, problems: ImportProblem[]): CuratedFiles | undefined {
  if (value === undefined) return undefined;
  const record = storyRecordSchema.safeParse(value);
  if (!record.success) {
    const issue = record.error.issues[0];
    const detail = issue ? ` (${[...issue.path.map(String), issue.message].join(': ')})` : '';
    problems.push({ where: STORY_KEY, reason: `is not a story this app can read back${detail}, so the slides were read on their own` });
    return undefined;
  }
  const { story, manifest, texts } = record.data.files;
  const events: CuratedEvent[] = [];
  story.events.forEach((raw, index) => {
    const event = curatedEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
    else
      problems.push({
        where: `${STORY_KEY}.files.story.events[${index}]`,
        reason: 'is not an event this app can read back: its slide, if any, was read on its own',
      });
  });
  return { story: { ...story, events }, manifest, texts };
}

/** What a person may have changed in a slide of ours: its headline, its dates, its group. */
function withEdits(event: CuratedEvent, content: SlideContent, book: LaneBook, where: string, problems: ImportProblem[]): CuratedEvent {
  let edited = event;
  if (content.headline && content.headline !== collapse(event.title)) {
    // A short title says what the title says in fewer words: the old one would now say something else.
    const { shortTitle: _shortTitle, ...rest } = edited;
    edited = { ...rest, title: content.headline };
  }
  const sameDates =
    content.start === event.start && (content.end === undefined ? event.end === undefined : content.end === endAsWritten(event));
  if (!sameDates) {
    const was = formatDateRange(event.start, event.end, event.qualifier);
    const { qualifier: _qualifier, end: _end, ...rest } = edited;
    edited = {
      ...rest,
      start: content.start,
      ...(content.end && { end: content.end }),
      dateBasis: `${content.dateBasis} The story had “${was}”: ${event.dateBasis}`,
    };
    if (event.citations.length > 0) {
      const now = formatDateRange(content.start, content.end);
      problems.push({ where, reason: `the date was changed from “${was}” to “${now}”: check it against the articles the event cites` });
    }
  }
  if (content.group) {
    const lane = book.idOf(content.group);
    if (lane !== event.lane) edited = { ...edited, lane };
  }
  return edited;
}

const TEXT_KEPT = 'its text was changed in TimelineJS3: the story keeps its own summary and quotes (edit them in the studio)';
const MEDIA_KEPT =
  'its media was changed in TimelineJS3: the story keeps its own origin link, credit and caption (edit them in the studio)';

const sameOrigin = (a: Origin | undefined, b: Origin | undefined) =>
  a?.link === b?.link && a?.credit === b?.credit && a?.caption === b?.caption;

/**
 * What a person changed in a slide of ours that the story does not take: its text is made of the
 * event's summary and quotes, which are checked against the articles, and its media of the
 * event's origin. Dropped, but said, so that the edit is not lost without a word.
 */
function keptAsItWas(
  event: CuratedEvent,
  placed: { place: PlacedReading['place']; reading: SlideReading & { ok: true } },
  sources: SourceLabels,
  readers: Readers,
): ImportProblem[] {
  const { place, reading } = placed;
  const problems: ImportProblem[] = [];
  // As text, with spacing collapsed: markup and line breaks an editor rewrites say nothing new.
  if (collapse(readers.toText(slideTextHtml(event, sources))) !== collapse(reading.content.text)) {
    problems.push({ where: place.where, reason: TEXT_KEPT });
  }
  // Read as the slide's own media was, so that only what a reader would see differently counts.
  if (!sameOrigin(readOrigin(slideMedia(event), place, readers, []), reading.content.origin)) {
    problems.push({ where: place.where, reason: MEDIA_KEPT });
  }
  return problems;
}

export function mergeIntoRecord(
  record: CuratedFiles,
  title: TitleSlide & { text: unknown },
  slides: PlacedReading[],
  eras: PlacedReading[],
  readers: Readers,
  problems: ImportProblem[],
): Pick<PlacedImport, 'eventIds'> & { files: CuratedFiles; removed: string[] } {
  const recorded = new Map<string, CuratedEvent>();
  for (const event of record.story.events) if (!recorded.has(event.id)) recorded.set(event.id, event);
  const book = laneBook(record.story.lanes);
  const ungrouped = ungroupedLabel(slides);
  const taken = new Set(recorded.keys());
  const kept = new Map<string, CuratedEvent>();
  const added: CuratedEvent[] = [];
  const landmarks = [...(record.story.landmarks ?? [])];
  const eventIds: PlacedImport['eventIds'] = { events: [], eras: [] };
  const sources: SourceLabels = new Map(record.manifest.map((entry) => [entry.id, entry]));

  const take = (list: 'events' | 'eras') => (placed: PlacedReading, index: number) => {
    const { reading, place } = placed;
    const backdrop = list === 'eras';
    const match = reading.uniqueId === undefined ? undefined : recorded.get(reading.uniqueId);
    if (match && !kept.has(match.id) && Boolean(match.backdrop) === backdrop) {
      problems.push(...slideProblems(placed, 'the story’s event was kept as it was'));
      if (reading.ok) {
        kept.set(match.id, withEdits(match, reading.content, book, place.where, problems));
        problems.push(...keptAsItWas(match, { place, reading }, sources, readers));
      } else {
        kept.set(match.id, match);
      }
      eventIds[list][index] = match.id;
      return;
    }
    problems.push(...slideProblems(placed));
    if (!reading.ok) return;
    const id = newId(reading, taken);
    const lane = book.idOf(backdrop ? ERA_LANE : (reading.content.group ?? ungrouped));
    added.push(eventFrom(reading.content, id, lane, backdrop));
    if (backdrop) landmarks.push(landmarkOf(reading.content));
    eventIds[list][index] = id;
  };
  slides.forEach(take('events'));
  eras.forEach(take('eras'));

  const dropped = new Set([...recorded.keys()].filter((id) => !kept.has(id)));
  for (const id of dropped) {
    const event = recorded.get(id)!;
    problems.push({
      where: STORY_KEY,
      reason: `“${event.title}” (${id}) has no slide in this file: it is taken out of the story, with the links to it`,
    });
  }
  const events = [...record.story.events.filter((event) => kept.get(event.id) !== undefined).map((event) => kept.get(event.id)!), ...added];
  const kinds =
    added.length > 0 && !record.story.kinds.some((kind) => kind.id === EVENT_KIND.id)
      ? [...record.story.kinds, EVENT_KIND]
      : record.story.kinds;
  const description =
    title.text === undefined || readers.toText(titleHtml(record.story)) === title.description ? undefined : title.description;
  const story = withoutEvents(
    {
      ...record.story,
      ...(title.headline && title.headline !== collapse(record.story.title) && { title: title.headline }),
      ...(description && { description }),
      lanes: book.lanes,
      kinds,
      ...(landmarks.length > 0 && { landmarks }),
      events,
    },
    dropped,
  );
  return { files: { ...record, story }, eventIds, removed: [...dropped] };
}

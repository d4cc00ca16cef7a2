/**
 * TimelineJS3's JSON in: the format newsrooms already have their timelines in. Each slide
 * becomes an unsourced event (TimelineJS3 has text and media, never the articles behind
 * them), its date at the precision the slide gives, its group a lane, its eras shaded periods
 * a reader can jump to. A slide that cannot be read is listed with its place and the reason;
 * the rest still comes in. An export of ours comes back whole (see `timelineJsRecord.ts`).
 */
import { ownField } from '../data/ownField';
import { ImportError, type Imported, type ImportProblem } from './imported';
import { assembleStory } from './timelineJsAssemble';
import { quoted } from './timelineJsDates';
import { STORY_KEY, type ImportOptions, type PlacedImport, type SlidePlaces } from './timelineJsFormat';
import { mergeIntoRecord, readStoryRecord } from './timelineJsRecord';
import { isObject, readSlide, readTitle, type Readers } from './timelineJsSlides';

const JSON_PLACES: SlidePlaces = {
  madeBy: 'TimelineJS3',
  title: 'title',
  slide: (list, index) => ({ where: `${list}[${index}]`, what: list === 'events' ? 'slide' : 'era', name: (field) => field }),
};

/**
 * Reads a TimelineJS3 JSON whose slides may have come from elsewhere (a spreadsheet's rows):
 * `places` says where each slide is, and how its fields are named there, for the problems.
 */
export function importTimelineJSWithPlaces(json: unknown, options: ImportOptions, places: SlidePlaces): PlacedImport {
  if (!isObject(json))
    throw new ImportError('This is not a TimelineJS3 timeline: a TimelineJS3 file holds one JSON object with a list of events.');
  const slides = ownField(json, 'events');
  if (!Array.isArray(slides)) {
    throw new ImportError(
      slides === undefined
        ? 'This is not a TimelineJS3 timeline: it has no list of events (“events”).'
        : 'This is not a TimelineJS3 timeline: its “events” is not a list of slides.',
    );
  }
  const toText = options.htmlToText;
  const readers: Readers = { toText, shownText: (html) => toText(toText(html)) };
  const problems: ImportProblem[] = [];
  const rawEras = ownField(json, 'eras') ?? [];
  if (!Array.isArray(rawEras)) problems.push({ where: 'eras', reason: `is not a list, so no eras came in: ${quoted(rawEras)}` });
  const read = (list: 'events' | 'eras') => (slide: unknown, index: number) => {
    const place = places.slide(list, index);
    return { place, reading: readSlide(slide, place, readers, places.madeBy) };
  };
  const events = slides.map(read('events'));
  const eras = (Array.isArray(rawEras) ? rawEras : []).map(read('eras'));
  const rawTitle = ownField(json, 'title');
  const title = readTitle(rawTitle, readers, places.title, problems);
  const record = readStoryRecord(ownField(json, STORY_KEY), problems);
  const {
    files,
    eventIds,
    removed = [],
  } = record
    ? mergeIntoRecord(record, { ...title, text: ownField(ownField(rawTitle, 'text'), 'text') }, events, eras, readers, problems)
    : { ...assembleStory(title, events, eras, options.name, problems), removed: undefined };
  return { imported: { format: 'timelinejs', files, problems, ...(removed.length > 0 && { removed }) }, eventIds };
}

/** Reads a TimelineJS3 JSON file (already parsed) as a story of unsourced events; throws ImportError for a file that is not one. */
export function importTimelineJS(json: unknown, options: ImportOptions): Imported {
  return importTimelineJSWithPlaces(json, options, JSON_PLACES).imported;
}

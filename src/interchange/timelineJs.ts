/**
 * TimelineJS3's JSON, in and out: the format newsrooms already have their timelines in.
 *
 * In: each slide becomes an unsourced event (TimelineJS3 has text and media, never the
 * articles behind them), its date at the precision the slide gives, its group a lane, its
 * eras shaded periods a reader can jump to. A slide that cannot be read is listed with its
 * place and the reason; the rest still comes in.
 *
 * Out: a file TimelineJS3 opens, every value escaped for the markup it becomes, that also
 * carries the whole story under one key TimelineJS3 ignores, so a story taken out and
 * brought back loses nothing, and what a person changed in the slides is taken back in.
 */
import { z } from 'zod/mini';
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { formatDateRange, formatPartialDate, isOrderedRange, parsePartialDate } from '../data/dates';
import { toId, uniqueId } from '../data/idPattern';
import { ownField } from '../data/ownField';
import {
  curatedEventSchema,
  curatedStorySchema,
  originSchema,
  sourceManifestEntrySchema,
  type CuratedCitation,
  type CuratedEvent,
  type CuratedFiles,
  type Kind,
  type Lane,
  type Landmark,
  type Origin,
  type Source,
  type Timeline,
  type TimelineEvent,
} from '../data/schema';
import { escapeHtml } from './htmlText';
import { ImportError, type HtmlToText, type Imported, type ImportProblem } from './imported';
import { quoted, readTimelineJSDate, type DatePart } from './timelineJsDates';

// ---------------------------------------------------------------- the format

export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJSText {
  headline: string;
  text: string;
}

export interface TimelineJSSlide {
  unique_id: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  display_date: string;
  group: string;
  text: TimelineJSText;
  media?: { url: string; credit?: string; caption?: string };
}

export interface TimelineJSEra {
  unique_id: string;
  start_date: TimelineJSDate;
  end_date: TimelineJSDate;
  text: TimelineJSText;
}

/** Our whole story, as compiled from, carried inside an export so it comes back whole. */
export interface StoryRecord {
  version: 1;
  files: CuratedFiles;
}

/** The key TimelineJS3 ignores that carries our story. */
export const STORY_KEY = 'news_timeline';

export interface TimelineJSDocument {
  title: { unique_id: string; text: TimelineJSText };
  events: TimelineJSSlide[];
  eras: TimelineJSEra[];
  [STORY_KEY]: StoryRecord;
}

/** A field of a slide, by its JSON path: how messages name it, in whatever words its file uses. */
export type SlideField =
  'start_date' | 'end_date' | `${'start_date' | 'end_date'}.${DatePart}` | 'text.headline' | 'text.text' | 'media.url';

/** Where a slide sits in its file, and how its fields are named there. */
export interface SlidePlace {
  /** "events[3]" in JSON, "row 7" in a spreadsheet. */
  where: string;
  /** What a reader calls it when it is left out: "slide", "era", "row". */
  what: string;
  name: (field: SlideField) => string;
  /** A date as the file wrote it, where it was one cell of text (the older spreadsheet's Start Date), for the date basis. */
  written?: Partial<Record<'start_date' | 'end_date', string>>;
}

export interface SlidePlaces {
  /** Named in every date basis: "TimelineJS3", "a TimelineJS3 spreadsheet". */
  madeBy: string;
  /** Where the title slide is. */
  title: string;
  slide: (list: 'events' | 'eras', index: number) => SlidePlace;
}

export interface PlacedImport {
  imported: Imported;
  /** The id of the event each slide and era became, by its index; undefined where it did not come in. */
  eventIds: { events: (string | undefined)[]; eras: (string | undefined)[] };
}

export interface ImportOptions {
  /** The file's name, for a story that has no title slide. */
  name: string;
  htmlToText: HtmlToText;
}

const EVENT_KIND: Kind = { id: 'event', label: 'Event' };
const TITLE_MAX = 80;
/** A sentence ending this early is likely an abbreviation ("U.S."), not the end of the title. */
const SHORTEST_SENTENCE = 20;

const JSON_PLACES: SlidePlaces = {
  madeBy: 'TimelineJS3',
  title: 'title',
  slide: (list, index) => ({ where: `${list}[${index}]`, what: list === 'events' ? 'slide' : 'era', name: (field) => field }),
};

// ---------------------------------------------------------------- reading slides

interface Readers {
  toText: HtmlToText;
  /**
   * For a group and a display date, which TimelineJS3 strips of markup (decoding it once)
   * and then writes into the page as markup: read twice, they read as a reader sees them.
   */
  shownText: HtmlToText;
}

interface SlideContent {
  /** The headline as text, when there is one: what a person edits in TimelineJS3. */
  headline?: string;
  title: string;
  summary: string;
  start: string;
  end?: string;
  dateBasis: string;
  group?: string;
  origin?: Origin;
}

type SlideReading = { uniqueId?: string; notes: string[] } & ({ ok: true; content: SlideContent } | { ok: false; reasons: string[] });

interface PlacedReading {
  place: SlidePlace;
  reading: SlideReading;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A title from the first sentence of a text, cut at a word near TITLE_MAX characters. */
export function titleFromText(text: string): string {
  const line = collapse(text);
  const end = [...line.matchAll(/[.!?](?=\s|$)/g)].find((match) => match.index >= SHORTEST_SENTENCE);
  const sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function readDates(
  slide: object,
  place: SlidePlace,
  readers: Readers,
  madeBy: string,
): { dates?: Pick<SlideContent, 'start' | 'end' | 'dateBasis'>; reason?: string; notes: string[] } {
  const nameOf = (field: 'start_date' | 'end_date') => (part?: DatePart) => place.name(part ? `${field}.${part}` : field);
  const start = readTimelineJSDate(ownField(slide, 'start_date'), nameOf('start_date'), readers.shownText);
  if (start.kind === 'absent') return { reason: `${place.name('start_date')} is missing`, notes: [] };
  if (start.kind === 'unreadable') return { reason: start.reason, notes: [] };
  const end = readTimelineJSDate(ownField(slide, 'end_date'), nameOf('end_date'), readers.shownText);
  const notes = [...start.notes];
  const written = (field: 'start_date' | 'end_date', basis: string) => {
    const cell = place.written?.[field];
    return cell ? `${place.name(field)} ${quoted(cell)} (${basis})` : basis;
  };
  const basis = [written('start_date', start.basis)];
  let endDate: string | undefined;
  if (end.kind === 'unreadable') {
    notes.push(`${end.reason}; the end was left out`);
  } else if (end.kind === 'read' && end.date !== start.date) {
    notes.push(...end.notes);
    if (isOrderedRange(start.date, end.date)) {
      endDate = end.date;
      basis.push(`ends ${written('end_date', end.basis)}`);
    } else {
      notes.push(
        `${place.name('end_date')} (${formatPartialDate(end.date)}) is before the start (${formatPartialDate(start.date)}); the end was left out`,
      );
      basis.push(`ends ${written('end_date', end.basis)}, before its start, so the end was left out`);
    }
  }
  const shown = readers.shownText(textOf(ownField(slide, 'display_date')));
  // Our own exports show the date as the app does: saying so again tells nothing.
  if (shown && shown !== formatDateRange(start.date, endDate)) basis.push(`shown there as ${quoted(shown)}`);
  if (start.display) basis.push(`its start shown as ${quoted(start.display)}`);
  if (end.kind === 'read' && end.display) basis.push(`its end shown as ${quoted(end.display)}`);
  return {
    dates: { start: start.date, ...(endDate && { end: endDate }), dateBasis: `Imported from ${madeBy}: ${basis.join('; ')}.` },
    notes,
  };
}

function readOrigin(media: unknown, place: SlidePlace, readers: Readers, notes: string[]): Origin | undefined {
  if (!isObject(media)) return undefined;
  const url = textOf(ownField(media, 'url')).trim();
  const link = url !== '' && originSchema.safeParse({ link: url }).success ? url : undefined;
  if (url !== '' && !link)
    notes.push(`${place.name('media.url')} is not a web address (http:// or https://), so it was left out: ${quoted(url)}`);
  const credit = collapse(readers.toText(textOf(ownField(media, 'credit'))));
  const caption = readers.toText(textOf(ownField(media, 'caption'))) || collapse(textOf(ownField(media, 'alt')));
  const origin = { ...(link && { link }), ...(credit && { credit }), ...(caption && { caption }) };
  return Object.keys(origin).length > 0 ? origin : undefined;
}

function readSlide(slide: unknown, place: SlidePlace, readers: Readers, madeBy: string): SlideReading {
  if (!isObject(slide)) return { ok: false, reasons: [`is not a slide: ${quoted(slide)}`], notes: [] };
  const uniqueId = collapse(textOf(ownField(slide, 'unique_id'))) || undefined;
  const text = ownField(slide, 'text');
  const headline = collapse(readers.toText(textOf(ownField(text, 'headline'))));
  const body = readers.toText(textOf(ownField(text, 'text')));
  const title = headline || titleFromText(body);
  const { dates, reason, notes } = readDates(slide, place, readers, madeBy);
  const reasons = [...(title ? [] : [`has no ${place.name('text.headline')} or ${place.name('text.text')}`]), ...(reason ? [reason] : [])];
  if (!dates || reasons.length > 0) return { ok: false, reasons, uniqueId, notes };
  const group = collapse(readers.shownText(textOf(ownField(slide, 'group'))));
  const origin = readOrigin(ownField(slide, 'media'), place, readers, notes);
  const content: SlideContent = {
    ...(headline && { headline }),
    title,
    summary: body || title,
    ...dates,
    ...(group && { group }),
    ...(origin && { origin }),
  };
  return { ok: true, content, uniqueId, notes };
}

/** The problems of a slide: why it did not come in, or what of it was left out. */
function slideProblems({ place, reading }: PlacedReading, kept?: string): ImportProblem[] {
  const notes = reading.notes.map((reason) => ({ where: place.where, reason }));
  if (reading.ok) return notes;
  return [{ where: place.where, reason: `${reading.reasons.join('; ')}; ${kept ?? `the ${place.what} was left out`}` }, ...notes];
}

// ---------------------------------------------------------------- assembling a story

interface LaneBook {
  lanes: Lane[];
  idOf: (label: string) => string;
}

function laneBook(initial: Lane[]): LaneBook {
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

function eventFrom(content: SlideContent, id: string, lane: string, backdrop: boolean): CuratedEvent {
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

const landmarkOf = (content: SlideContent): Landmark => ({
  label: content.title,
  start: content.start,
  ...(content.end && { end: content.end }),
});

/** An id for a new event: from its unique_id, made safe, or else from its title; never one taken. */
function newId(reading: SlideReading & { ok: true }, taken: Set<string>): string {
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
const ERA_LANE = 'Eras';

/** Slides that have no group go to one lane: "Events" when no slide has a group, "Other" when some do. */
function ungroupedLabel(slides: PlacedReading[]): string {
  return slides.some(({ reading }) => reading.ok && reading.content.group) ? 'Other' : 'Events';
}

interface TitleSlide {
  headline?: string;
  description?: string;
}

function readTitle(title: unknown, readers: Readers, where: string, problems: ImportProblem[]): TitleSlide {
  if (title === undefined || title === null) return {};
  if (!isObject(title)) {
    problems.push({ where, reason: `is not a slide, so the file’s name was used for the title: ${quoted(title)}` });
    return {};
  }
  const text = ownField(title, 'text');
  const headline = collapse(readers.toText(textOf(ownField(text, 'headline'))));
  const description = readers.toText(textOf(ownField(text, 'text')));
  return { ...(headline && { headline }), ...(description && { description }) };
}

function assembleStory(
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

// ---------------------------------------------------------------- bringing an export back

const storyRecordSchema = z.object({
  version: z.literal(1),
  files: z.object({
    story: curatedStorySchema,
    manifest: z.array(sourceManifestEntrySchema),
    texts: z.record(z.string(), z.string()),
  }),
});

/** The story an export of ours carries, when it is there and whole; events that are not are reported and left to their slides. */
function readStoryRecord(value: unknown, problems: ImportProblem[]): CuratedFiles | undefined {
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

/** Relations and narrative steps that name an event no longer in the story go with it. */
function withoutDropped(story: CuratedFiles['story'], dropped: Set<string>): CuratedFiles['story'] {
  if (dropped.size === 0) return story;
  const events = story.events.map(({ relations, ...event }) => {
    const kept = relations?.filter((relation) => !dropped.has(relation.event));
    return kept && kept.length > 0 ? { ...event, relations: kept } : event;
  });
  const narratives = story.narratives
    ?.map((narrative) => ({ ...narrative, steps: narrative.steps.filter((step) => !dropped.has(step.event)) }))
    .filter((narrative) => narrative.steps.length > 0);
  const { narratives: _narratives, ...rest } = story;
  return { ...rest, ...(narratives && narratives.length > 0 && { narratives }), events };
}

function mergeIntoRecord(
  record: CuratedFiles,
  title: TitleSlide & { text: unknown },
  slides: PlacedReading[],
  eras: PlacedReading[],
  readers: Readers,
  problems: ImportProblem[],
): Pick<PlacedImport, 'eventIds'> & { files: CuratedFiles } {
  const recorded = new Map<string, CuratedEvent>();
  for (const event of record.story.events) if (!recorded.has(event.id)) recorded.set(event.id, event);
  const book = laneBook(record.story.lanes);
  const ungrouped = ungroupedLabel(slides);
  const taken = new Set(recorded.keys());
  const kept = new Map<string, CuratedEvent>();
  const added: CuratedEvent[] = [];
  const landmarks = [...(record.story.landmarks ?? [])];
  const eventIds: PlacedImport['eventIds'] = { events: [], eras: [] };

  const take = (list: 'events' | 'eras') => (placed: PlacedReading, index: number) => {
    const { reading, place } = placed;
    const backdrop = list === 'eras';
    const match = reading.uniqueId === undefined ? undefined : recorded.get(reading.uniqueId);
    if (match && !kept.has(match.id) && Boolean(match.backdrop) === backdrop) {
      problems.push(...slideProblems(placed, 'the story’s event was kept as it was'));
      kept.set(match.id, reading.ok ? withEdits(match, reading.content, book, place.where, problems) : match);
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
    problems.push({ where: STORY_KEY, reason: `“${event.title}” (${id}) has no slide any more, so it was left out of the story` });
  }
  const events = [...record.story.events.filter((event) => kept.get(event.id) !== undefined).map((event) => kept.get(event.id)!), ...added];
  const kinds =
    added.length > 0 && !record.story.kinds.some((kind) => kind.id === EVENT_KIND.id)
      ? [...record.story.kinds, EVENT_KIND]
      : record.story.kinds;
  const description =
    title.text === undefined || readers.toText(titleHtml(record.story)) === title.description ? undefined : title.description;
  const story = withoutDropped(
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
  return { files: { ...record, story }, eventIds };
}

// ---------------------------------------------------------------- import

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
  const { files, eventIds } = record
    ? mergeIntoRecord(record, { ...title, text: ownField(ownField(rawTitle, 'text'), 'text') }, events, eras, readers, problems)
    : assembleStory(title, events, eras, options.name, problems);
  return { imported: { format: 'timelinejs', files, problems }, eventIds };
}

/** Reads a TimelineJS3 JSON file (already parsed) as a story of unsourced events; throws ImportError for a file that is not one. */
export function importTimelineJS(json: unknown, options: ImportOptions): Imported {
  return importTimelineJSWithPlaces(json, options, JSON_PLACES).imported;
}

// ---------------------------------------------------------------- export

const escapeText = (text: string) => text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);

/** For a group and a display date, which TimelineJS3 strips of markup (decoding them once) and then writes into the page as markup. */
const escapeTwice = (text: string) => escapeText(escapeText(text));

/** Text with blank lines between paragraphs, as HTML paragraphs. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The period just after a date's own, at its precision: "2021" → "2022", "2022-12" → "2023-01", "2024-02-29" → "2024-03-01". */
function periodAfter(text: string): string {
  const { year, month, day } = partialDate(text);
  if (month === undefined) return pad(year + 1, 4);
  if (day === undefined) return month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1, 2)}`;
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, day + 1);
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1, 2)}-${pad(next.getUTCDate(), 2)}`;
}

/**
 * An event's end as its slide or era writes it. TimelineJS3 drops an era's end equal to its
 * start and then refuses the era, so a backdrop with no end ends where the next period begins,
 * which TimelineJS3, whose dates are instants, draws as exactly the start's own period.
 */
function endAsWritten(event: Pick<CuratedEvent, 'start' | 'end' | 'backdrop'>): string {
  return event.end ?? (event.backdrop ? periodAfter(event.start) : event.start);
}

function partialDate(text: string) {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`not a partial date: ${text}`);
  return date;
}

function timelineJSDate(text: string): TimelineJSDate {
  const date = partialDate(text);
  return { year: date.year, ...(date.month !== undefined && { month: date.month }), ...(date.day !== undefined && { day: date.day }) };
}

function citationHtml(citation: CuratedCitation, sources: Map<string, Source>): string {
  const source = sources.get(citation.source);
  const label = escapeHtml(source?.label ?? citation.source);
  const byline = source?.url ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label;
  return `<blockquote>“${escapeHtml(citation.quote)}”</blockquote><p>— ${byline}</p>`;
}

const correctionsHtml = (corrections: { date: string; note: string }[] = []) =>
  corrections.map(({ date, note }) => `<p><em>Correction, ${formatPartialDate(date)}:</em> ${escapeHtml(note)}</p>`).join('');

/** What a reader of the slide sees: the summary, each article's words and who printed them, where the articles differ. */
function evidenceHtml(event: TimelineEvent, sources: Map<string, Source>): string {
  const parts = [paragraphsHtml(event.summary)];
  if (event.unsourced || event.citations.length === 0) parts.push('<p>No source article yet.</p>');
  parts.push(...event.citations.map((citation) => citationHtml(citation, sources)));
  for (const discrepancy of event.discrepancies ?? []) {
    parts.push(`<p><strong>Reports differ: ${escapeHtml(discrepancy.topic)}</strong></p>`, paragraphsHtml(discrepancy.note));
    parts.push(...discrepancy.citations.map((citation) => citationHtml(citation, sources)));
  }
  if (event.outsideKnowledge) parts.push(`<p><em>Not from the articles:</em> ${escapeHtml(event.outsideKnowledge)}</p>`);
  parts.push(correctionsHtml(event.corrections));
  return parts.join('');
}

function titleHtml(story: Pick<Timeline, 'description' | 'updated' | 'corrections'>): string {
  const updated = story.updated ? `<p><em>Updated ${formatPartialDate(story.updated)}.</em></p>` : '';
  return `${paragraphsHtml(story.description)}${updated}${correctionsHtml(story.corrections)}`;
}

function slideOf(event: TimelineEvent, lanes: Map<string, string>, sources: Map<string, Source>): TimelineJSSlide {
  const link = event.origin?.link;
  return {
    unique_id: event.id,
    start_date: timelineJSDate(event.start),
    ...(event.end && { end_date: timelineJSDate(event.end) }),
    display_date: escapeTwice(formatDateRange(event.start, event.end, event.qualifier)),
    group: escapeTwice(lanes.get(event.lane) ?? event.lane),
    text: { headline: escapeHtml(event.title), text: evidenceHtml(event, sources) },
    ...(link && {
      media: {
        url: link,
        ...(event.origin?.credit && { credit: escapeHtml(event.origin.credit) }),
        ...(event.origin?.caption && { caption: escapeHtml(event.origin.caption) }),
      },
    }),
  };
}

/** The story as a TimelineJS3 JSON file: slides for its events, eras for its backdrops, and the whole story under STORY_KEY. */
export function toTimelineJS(timeline: Timeline): TimelineJSDocument {
  const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.label]));
  const sources = new Map(timeline.sources.map((source) => [source.id, source]));
  const ids = timeline.events.map((event) => event.id);
  return {
    // An id of its own: TimelineJS3 renames a slide whose id the title slide takes.
    title: { unique_id: uniqueId('title', ids), text: { headline: escapeHtml(timeline.title), text: titleHtml(timeline) } },
    events: timeline.events.filter((event) => !event.backdrop).map((event) => slideOf(event, lanes, sources)),
    eras: timeline.events
      .filter((event) => event.backdrop)
      .map((event) => ({
        unique_id: event.id,
        start_date: timelineJSDate(event.start),
        end_date: timelineJSDate(endAsWritten(event)),
        text: { headline: escapeHtml(event.title), text: paragraphsHtml(event.summary) },
      })),
    [STORY_KEY]: { version: 1, files: curatedFromTimeline(timeline) },
  };
}

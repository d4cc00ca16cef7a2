/**
 * TimelineJS3's JSON as this app writes and reads it, and where a slide sits in the file it
 * came from, so that a problem can name its place in that file's own words.
 */
import type { CuratedFiles } from '../data/schema';
import type { HtmlToText, Imported } from './imported';
import type { DatePart } from './timelineJsDates';

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

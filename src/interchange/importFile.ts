/**
 * Any file a journalist brings, read in whichever format it is in: TimelineJS3 JSON, the
 * TimelineJS3 spreadsheet as CSV, our own published document, or our own spreadsheet.
 * The format is told from the contents (a file name's extension is only a hint a
 * spreadsheet program often gets wrong), and the result is brought into the story given.
 */
import Papa from 'papaparse';
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { TimelineDataError } from '../data/errors';
import { looksLikeTimelineJS3 } from '../data/foreignFormats';
import { notJsonMessage, parseTimeline } from '../data/parseTimeline';
import type { CuratedFiles } from '../data/schema';
import { decodeText } from './decodeText';
import { ImportError, type HtmlToText, type Imported, type ImportProblem } from './imported';
import { mergeStory } from './mergeStory';
import { importStoryCsv } from './storyCsv';
import { storyExtraColumns } from './storyExtraColumns';
import { importTimelineJS } from './timelineJs';
import { importTimelineJSCsv } from './timelineJsCsv';

export interface ImportOptions {
  htmlToText: HtmlToText;
  /** The story to bring the file into: events it has by id are updated, new ones added. */
  into?: CuratedFiles | undefined;
}

export interface ImportedInto extends Imported {
  /** Ids of the events the story did not have. */
  added: string[];
  /** Ids of the events it had that the import changes. */
  updated: string[];
  /** Ids of the events it had that the file says are gone. */
  removed: string[];
  /** How many of `added` are unsourced in `files`: no article behind them yet. */
  unsourcedAdded: number;
}

/** Said of a file whose bytes were not UTF-8, and so were read as Windows-1252. */
export const WINDOWS_1252_PROBLEM: ImportProblem = {
  where: 'file',
  reason: 'read as Windows-1252 (Western European), not UTF-8: check accented letters, or save the file as UTF-8',
};

/** Headers only the TimelineJS3 template has; ours has none of them. */
const TIMELINEJS_HEADERS = ['headline', 'year', 'start date', 'display date', 'media'];

const normalHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

function readJson(name: string, text: string, options: ImportOptions): Imported {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(notJsonMessage(name, text, error));
  }
  if (typeof json === 'object' && json !== null && Object.hasOwn(json, 'schemaVersion')) {
    try {
      return { format: 'story', files: curatedFromTimeline(parseTimeline(json)), problems: [] };
    } catch (error) {
      if (!(error instanceof TimelineDataError)) throw error;
      const more = error.problems.length > 3 ? ` (and ${error.problems.length - 3} more)` : '';
      throw new ImportError(`${name} is a published timeline with problems: ${error.problems.slice(0, 3).join('; ')}${more}.`);
    }
  }
  if (looksLikeTimelineJS3(json)) return importTimelineJS(json, { name, htmlToText: options.htmlToText });
  throw new ImportError(
    `${name} is JSON, but neither a TimelineJS3 timeline (with "events" that have a "start_date") nor a published timeline of ours (with "schemaVersion").`,
  );
}

function readCsv(name: string, text: string, options: ImportOptions): Imported {
  const firstLine = Papa.parse<string[]>(text, { preview: 1, delimitersToGuess: [',', ';', '\t'] }).data[0] ?? [];
  const headers = firstLine.map(normalHeader);
  if (headers.some((header) => TIMELINEJS_HEADERS.includes(header))) {
    return importTimelineJSCsv(text, { name, htmlToText: options.htmlToText, extraColumns: storyExtraColumns(options.into) });
  }
  return importStoryCsv(text, { name, ...(options.into && { into: options.into }) });
}

/** The file's story brought into `options.into` (or a story of its own), with what could not be read. */
export function importFile(name: string, content: string, options: ImportOptions): ImportedInto {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError(`${name} is empty.`);
  const imported = /^\s*[{[]/.test(text) ? readJson(name, text, options) : readCsv(name, text, options);
  // A spreadsheet is read against the story (its articles, lanes, and the events its rows update),
  // so it comes back as the whole story already: merging it again changes nothing, and counts.
  const { files, added, updated, removed } = options.into
    ? mergeStory(options.into, imported.files, imported.removed)
    : { files: imported.files, added: imported.files.story.events.map((event) => event.id), updated: [], removed: [] };
  const unsourced = new Set(files.story.events.filter((event) => event.unsourced).map((event) => event.id));
  return { ...imported, files, added, updated, removed, unsourcedAdded: added.filter((id) => unsourced.has(id)).length };
}

/**
 * A file as its bytes, as a file picker or the disk gives them: read as UTF-8, or as
 * Windows-1252 where it is not (a CSV saved by Excel on Windows), which is said first among
 * the problems. Throws ImportError for a file that is not text at all.
 */
export function importBytes(name: string, bytes: Uint8Array, options: ImportOptions): ImportedInto {
  const { text, encoding, binary } = decodeText(bytes);
  if (binary) {
    throw new ImportError(`${name} is not a text file: export the sheet as CSV (comma-separated values), or the timeline as JSON.`);
  }
  const imported = importFile(name, text, options);
  return encoding === 'windows-1252' ? { ...imported, problems: [WINDOWS_1252_PROBLEM, ...imported.problems] } : imported;
}

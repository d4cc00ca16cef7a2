/**
 * The TimelineJS3 spreadsheet template, as CSV: what a newsroom downloads from its Google
 * Sheet or saves from a spreadsheet program. Rows become TimelineJS3 slides and are read
 * as its JSON is, so a row's problems are the same as a slide's, placed at "row 7" (the
 * header is row 1) and naming the columns. Columns are found by their header, in any order;
 * the older template's Start Date and End Date are read too.
 *
 * Our own fields can ride along in columns after the template's: see ExtraColumns.
 */
import Papa from 'papaparse';
import type { CuratedFiles, Timeline, TimelineEvent } from '../data/schema';
import { ImportError, uniqueProblems, type Imported, type ImportProblem } from './imported';
import { UTF8_BOM } from './storyCsv';
import { importTimelineJSWithPlaces } from './timelineJs';
import { toTimelineJS } from './timelineJsExport';
import type { ImportOptions, SlideField, SlidePlace, TimelineJSDate } from './timelineJsFormat';
import { dateFromCell, monthCell, numberCell, quoted, timeFromCell, type DatePart } from './timelineJsDates';

/** The template's columns, in its order. */
export const TEMPLATE_COLUMNS = [
  ...['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text'],
  ...['Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Alt Text', 'Type', 'Group', 'Background'],
] as const;

/** The older template's columns TimelineJS3 still reads: a date in one cell, and Tag for Group. */
const OLDER_COLUMNS = ['Start Date', 'End Date', 'Tag'] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number] | (typeof OLDER_COLUMNS)[number];

/**
 * Columns of our own after the template's, which TimelineJS3 ignores: written by another
 * module (the fields TimelineJS3 has no place for) and read back by it.
 */
export interface ExtraColumns {
  /** The headers to write for this story, in order. */
  headersFor: (timeline: Timeline) => readonly string[];
  /** The name a header in a file is read under, if it is one of these columns (whatever its case and spacing). */
  accepts: (header: string) => string | undefined;
  /** A row's cells by header: the title row's (no event), or the row of an event or a backdrop. */
  write: (timeline: Timeline, event?: TimelineEvent) => Partial<Record<string, string>>;
  /** The story as imported, with each row that came in: its extra cells and the event it became. */
  read: (files: CuratedFiles, rows: readonly ExtraCells[]) => { files: CuratedFiles; problems: ImportProblem[] };
}

export interface ExtraCells {
  /** "row 7". */
  where: string;
  /** The id of the event the row became; none for the title row. */
  event?: string;
  /** By header as ExtraColumns names it; empty where the cell is. */
  cells: Record<string, string>;
}

export interface TimelineJSCsvOptions extends ImportOptions {
  extraColumns?: ExtraColumns;
}

const headerKey = (header: string) => header.toLowerCase().replace(/\s+/g, '');
const COLUMNS = new Map<string, Column>([...TEMPLATE_COLUMNS, ...OLDER_COLUMNS].map((column) => [headerKey(column), column]));
/** `,`, or `;` as spreadsheet programs in many languages save, or a tab as they save text (.tsv) and a copied range pastes. */
const DELIMITERS = [',', ';', '\t'] as const;
const TIME_PARTS = new Set<DatePart>(['hour', 'minute', 'second', 'millisecond']);
/** What a spreadsheet would run as a formula; written with a leading apostrophe, which reading takes off again. */
const FORMULA = /^[=+\-@\t\r]/;

const rowPlace = (index: number) => `row ${index + 1}`;
const cellText = (value: string) => (value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value).trim();
const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');

/** How a row's problems name a slide's field: by the column it came from. */
function columnName(field: SlideField, older: boolean): string {
  if (field === 'text.headline') return 'Headline';
  if (field === 'text.text') return 'Text';
  if (field === 'media.url') return 'Media';
  const [date, part] = field.split('.') as ['start_date' | 'end_date', DatePart | undefined];
  const isEnd = date === 'end_date';
  if (older) {
    const column = isEnd ? 'End Date' : 'Start Date';
    return part === undefined ? column : `${column}’s ${part}`;
  }
  if (part !== undefined && TIME_PARTS.has(part)) return `${isEnd ? 'End Time' : 'Time'}’s ${part}`;
  const column = part === undefined || part === 'year' ? 'Year' : part === 'month' ? 'Month' : 'Day';
  return isEnd ? `End ${column}` : column;
}

interface Table {
  rows: string[][];
  headerIndex: number;
  columns: Map<Column, number>;
  extras: Map<string, number>;
  problems: ImportProblem[];
}

function parse(text: string, delimiter: string) {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const headerIndex = parsed.data.findIndex((row) => !isBlank(row));
  const header = parsed.data[headerIndex] ?? [];
  return { parsed, headerIndex, header, known: header.filter((cell) => COLUMNS.has(headerKey(cell))).length };
}

/** The CSV reader's complaints in words a spreadsheet user can act on. */
const PARSE_ERRORS: Partial<Record<Papa.ParseError['code'], string>> = {
  MissingQuotes: 'a quoted cell is not closed, so the rest of the file was read into it',
  InvalidQuotes:
    'a quotation mark is out of place in this row: a cell that contains quotation marks must be wrapped in them, with each inner one doubled',
};

/** The rows, and which column is where: read with whichever delimiter finds most of the template's headers. */
function readTable(text: string, acceptsExtra: ExtraColumns['accepts'] = () => undefined): Table {
  // The first (a comma) when none finds more than another.
  const { parsed, headerIndex, header } = DELIMITERS.map((delimiter) => parse(text, delimiter)).reduce((best, next) =>
    next.known > best.known ? next : best,
  );
  const keys = header.map(headerKey);
  if (!keys.includes(headerKey('Year')) && !keys.includes(headerKey('Start Date'))) {
    throw new ImportError(
      `This is not a TimelineJS3 spreadsheet: its first row should name the template’s columns (${TEMPLATE_COLUMNS.join(', ')}), or the older template’s Start Date and End Date, and it names ${header.length > 0 ? header.map((cell) => quoted(cell)).join(', ') : 'none'}.`,
    );
  }
  const problems = uniqueProblems(
    parsed.errors.map((error) => ({
      where: rowPlace(error.row ?? headerIndex),
      reason: PARSE_ERRORS[error.code] ?? `this part of the file could not be read as CSV: ${error.message}`,
    })),
  );
  const columns = new Map<Column, number>();
  const extras = new Map<string, number>();
  const where = rowPlace(headerIndex);
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    const name = COLUMNS.get(key) ?? acceptsExtra(cell);
    if (key === '') return;
    if (name === undefined) {
      problems.push({ where, reason: `column ${quoted(cell.trim())} is not one of TimelineJS3’s, so it was left out` });
    } else if (columns.has(name as Column) || extras.has(name)) {
      problems.push({ where, reason: `column ${quoted(cell.trim())} appears twice: the first was read` });
    } else if (COLUMNS.has(key)) {
      columns.set(name as Column, index);
    } else {
      extras.set(name, index);
    }
  });
  return { rows: parsed.data, headerIndex, columns, extras, problems };
}

interface RowSlide {
  slide: Record<string, unknown>;
  place: SlidePlace;
  type: string;
  notes: string[];
}

/** One row as a TimelineJS3 slide, as TimelineJS3 reads it; or why not, for a date that cannot be read at all. */
function slideOfRow(cell: (column: Column) => string, where: string, older: boolean): RowSlide | { reason: string } {
  const notes: string[] = [];
  const written: SlidePlace['written'] = {};
  const dateOf = (year: Column, month: Column, day: Column, time: Column): Partial<Record<DatePart, string | number>> | undefined => {
    const [y, m, d, t] = [cell(year), cell(month), cell(day), cell(time)];
    const clock = t ? timeFromCell(t) : undefined;
    if (t && !clock) notes.push(`${time} ${quoted(t)} is not a time we can read, so it was left out`);
    if (!y && !m && !d && !clock) return undefined;
    return { ...(y && { year: numberCell(y) }), ...(m && { month: monthCell(m) }), ...(d && { day: numberCell(d) }), ...clock };
  };
  let start: object | undefined;
  let end: object | undefined;
  if (older) {
    const [startCell, endCell] = [cell('Start Date'), cell('End Date')];
    const startRead = startCell ? dateFromCell(startCell, 'Start Date') : undefined;
    if (startRead && 'reason' in startRead) return { reason: startRead.reason };
    const endRead = endCell ? dateFromCell(endCell, 'End Date') : undefined;
    if (endRead && 'reason' in endRead) notes.push(`${endRead.reason}; the end was left out`);
    if (startRead) [start, written.start_date] = [startRead.parts, startCell];
    if (endRead && 'parts' in endRead) [end, written.end_date] = [endRead.parts, endCell];
  } else {
    start = dateOf('Year', 'Month', 'Day', 'Time');
    end = dateOf('End Year', 'End Month', 'End Day', 'End Time');
  }
  const background = cell('Background');
  const slide = {
    ...(start && { start_date: start }),
    ...(end && { end_date: end }),
    display_date: cell('Display Date'),
    text: { headline: cell('Headline'), text: cell('Text') },
    media: {
      url: cell('Media'),
      credit: cell('Media Credit'),
      caption: cell('Media Caption'),
      thumbnail: cell('Media Thumbnail'),
      alt: cell('Alt Text'),
    },
    group: cell('Group') || cell('Tag'),
    // As TimelineJS3 reads it: a web address is an image, anything else a colour.
    ...(background && { background: /^(https?:)?\/\//.test(background) ? { url: background } : { color: background } }),
  };
  const place: SlidePlace = {
    where,
    what: 'row',
    name: (field) => columnName(field, older),
    ...(Object.keys(written).length > 0 && { written }),
  };
  return { slide, place, type: cell('Type').toLowerCase(), notes };
}

const rowNumber = (problem: ImportProblem) => Number(/^row (\d+)/.exec(problem.where)?.[1] ?? Number.POSITIVE_INFINITY);

/** Reads a TimelineJS3 spreadsheet saved as CSV; throws ImportError for a file with no header row of the template's columns. */
export function importTimelineJSCsv(text: string, options: TimelineJSCsvOptions): Imported {
  const table = readTable(text.replace(/^\uFEFF/, ''), options.extraColumns?.accepts);
  const problems = [...table.problems];
  const older = table.columns.has('Start Date') || table.columns.has('End Date');
  const slides: RowSlide[] = [];
  const eras: RowSlide[] = [];
  let title: RowSlide | undefined;
  const extraCells = new Map<RowSlide, Record<string, string>>();
  table.rows.forEach((row, index) => {
    if (index <= table.headerIndex || isBlank(row)) return;
    const where = rowPlace(index);
    const cell = (column: Column) => cellText(row[table.columns.get(column) ?? -1] ?? '');
    const read = slideOfRow(cell, where, older);
    if ('reason' in read) {
      problems.push({ where, reason: `${read.reason}; the row was left out` });
      return;
    }
    problems.push(...read.notes.map((reason) => ({ where, reason })));
    extraCells.set(read, Object.fromEntries([...table.extras].map(([header, column]) => [header, cellText(row[column] ?? '')])));
    if (read.type === 'title' && !title) {
      title = read;
    } else if (read.type === 'era') {
      eras.push(read);
    } else {
      if (read.type === 'title') problems.push({ where, reason: 'is a second title row, so it was read as an event' });
      else if (read.type !== '' && read.type !== 'event')
        problems.push({ where, reason: `Type ${quoted(read.type)} is neither title nor era, so the row was read as an event` });
      slides.push(read);
    }
  });
  const json = { ...(title && { title: title.slide }), events: slides.map((row) => row.slide), eras: eras.map((row) => row.slide) };
  const { imported, eventIds } = importTimelineJSWithPlaces(json, options, {
    madeBy: 'a TimelineJS3 spreadsheet',
    title: title?.place.where ?? 'title',
    slide: (list, index) => (list === 'events' ? slides : eras)[index]!.place,
  });
  problems.push(...imported.problems);
  let files = imported.files;
  const extra = options.extraColumns;
  if (extra) {
    const rows: ExtraCells[] = [
      ...(title ? [{ where: title.place.where, cells: extraCells.get(title)! }] : []),
      ...[...slides.map((row, i) => [row, eventIds.events[i]] as const), ...eras.map((row, i) => [row, eventIds.eras[i]] as const)]
        .filter(([, event]) => event !== undefined)
        .map(([row, event]) => ({ where: row.place.where, event, cells: extraCells.get(row)! })),
    ];
    const read = extra.read(files, rows);
    files = read.files;
    problems.push(...read.problems);
  }
  return { format: 'timelinejs-csv', files, problems: problems.sort((a, b) => rowNumber(a) - rowNumber(b)) };
}

// ---------------------------------------------------------------- export

function dateCells(date: TimelineJSDate | undefined, prefix: '' | 'End '): Partial<Record<Column, string>> {
  if (!date) return {};
  return {
    [`${prefix}Year`]: String(date.year),
    ...(date.month !== undefined && { [`${prefix}Month`]: String(date.month) }),
    ...(date.day !== undefined && { [`${prefix}Day`]: String(date.day) }),
  };
}

/**
 * The story as the TimelineJS3 template: its title row, its eras, then its slides; the text as
 * the JSON export's HTML. After a UTF-8 byte-order mark, as our own spreadsheet is (see UTF8_BOM).
 */
export function toTimelineJSCsv(timeline: Timeline, options: { extraColumns?: ExtraColumns } = {}): string {
  const document = toTimelineJS(timeline);
  const events = new Map(timeline.events.map((event) => [event.id, event]));
  const extra = options.extraColumns;
  const extraHeaders = extra?.headersFor(timeline) ?? [];
  const row = (cells: Partial<Record<Column, string>>, event?: TimelineEvent) => {
    const extraCells = extra?.write(timeline, event) ?? {};
    return [...TEMPLATE_COLUMNS.map((column) => cells[column] ?? ''), ...extraHeaders.map((header) => extraCells[header] ?? '')];
  };
  const data = [
    row({ Headline: document.title.text.headline, Text: document.title.text.text, Type: 'title' }),
    ...document.eras.map((era) =>
      row(
        {
          ...dateCells(era.start_date, ''),
          ...dateCells(era.end_date, 'End '),
          Headline: era.text.headline,
          Text: era.text.text,
          Type: 'era',
        },
        events.get(era.unique_id),
      ),
    ),
    ...document.events.map((slide) =>
      row(
        {
          ...dateCells(slide.start_date, ''),
          ...dateCells(slide.end_date, 'End '),
          'Display Date': slide.display_date,
          Headline: slide.text.headline,
          Text: slide.text.text,
          ...(slide.media && { Media: slide.media.url, 'Media Credit': slide.media.credit, 'Media Caption': slide.media.caption }),
          Group: slide.group,
        },
        events.get(slide.unique_id),
      ),
    ),
  ];
  const csv = Papa.unparse({ fields: [...TEMPLATE_COLUMNS, ...extraHeaders], data }, { newline: '\r\n', escapeFormulae: FORMULA });
  return `${UTF8_BOM}${csv}\r\n`;
}

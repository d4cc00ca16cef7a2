/**
 * Our own spreadsheet: one row per event, every field in a column of its own (see
 * `storyColumns.ts`), so a story can be kept, sorted and edited in any spreadsheet program
 * and brought back without losing anything. The articles stay with the story: a row cites
 * them by id.
 */
import Papa from 'papaparse';
import type { CuratedEvent, CuratedFiles, Relation } from '../data/schema';
import { ImportError, uniqueProblems, type Imported, type ImportProblem } from './imported';
import {
  DEFAULT_KIND,
  DEFAULT_LANE,
  STORY_COLUMNS,
  cellsToEvent,
  citationColumns,
  columnKey,
  eventToCells,
  isStoryColumn,
} from './storyColumns';

/**
 * A cell a spreadsheet program would run as a formula. Written with a leading apostrophe
 * (which the programs hide) so that opening an imported story cannot run anything, and
 * read back without it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** The headers a file must have for its rows to be events. */
const REQUIRED = ['Title', 'Start'];

/** The CSV reader's complaints in words a spreadsheet user can act on. */
const PARSE_ERRORS: Partial<Record<Papa.ParseError['code'], string>> = {
  MissingQuotes: 'A quotation mark opens a cell and nothing closes it: the rest of the file is read as that one cell',
  InvalidQuotes:
    'A quotation mark is out of place in this row: a cell that contains quotation marks must be wrapped in them, with each inner one doubled',
};

const DELIMITERS = [',', ';', '\t'];

/** How far down a title line or two above the header row may push it. */
const HEADER_SEARCH_ROWS = 10;

/** Without it, Excel on Windows reads a CSV as Windows-1252, and curly quotes and dashes come out as "â€œ". Reading strips it. */
export const UTF8_BOM = '\uFEFF';

/** The story's events as a spreadsheet: a header row, one row per event, as many citation columns as the most cited event needs. */
export function toStoryCsv(files: CuratedFiles): string {
  const widest = Math.max(0, ...files.story.events.map((event) => event.citations.length));
  const fields = [...STORY_COLUMNS, ...citationColumns(widest)];
  const data = files.story.events.map((event) => {
    const cells = eventToCells(event);
    return fields.map((field) => cells[field] ?? '');
  });
  return `${UTF8_BOM}${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START })}`;
}

const recognised = (row: readonly string[]) => row.filter((cell) => isStoryColumn(cell)).length;
const isHeader = (row: readonly string[]) => REQUIRED.every((header) => row.some((cell) => columnKey(cell) === columnKey(header)));

/**
 * `,`, `;` or a tab, whichever makes a header row of the first rows: spreadsheet programs in
 * many languages save with `;`, and a copied range pastes with tabs.
 */
function delimiterOf(text: string): string {
  const score = (delimiter: string) =>
    Math.max(0, ...Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS }).data.map((row) => recognised(row)));
  const scored = DELIMITERS.map((delimiter) => ({ delimiter, score: score(delimiter) }));
  return scored.reduce((best, next) => (next.score > best.score ? next : best)).delimiter;
}

/** Whether some row among the first has cells apart, whatever the delimiter: a table, if not one of ours. */
function isTable(text: string): boolean {
  const cellsApart = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length >= 2;
  return DELIMITERS.some((delimiter) => Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS }).data.some(cellsApart));
}

/**
 * A table is told every column it may have; a file that is no table at all (notes, an article)
 * was most likely picked by mistake, and is told so in few words.
 */
function noHeader(name: string, text: string): ImportError {
  if (!isTable(text)) {
    return new ImportError(
      `${name} is neither a TimelineJS3 timeline nor a spreadsheet with a header row: a spreadsheet’s first row names its columns, such as ${REQUIRED.join(' and ')}, or TimelineJS3’s Headline and Year.`,
    );
  }
  const columns = [...STORY_COLUMNS, ...citationColumns(2)].join(', ');
  return new ImportError(
    `${name} has no header row naming the columns: its first row should name them, at least ${REQUIRED.join(' and ')}, from ${columns} and so on.`,
  );
}

function contextOf(into: CuratedFiles | undefined) {
  return {
    lanes: [...(into?.story.lanes ?? [])],
    kinds: [...(into?.story.kinds ?? [])],
    actors: [...(into?.story.actors ?? [])],
    sources: into?.manifest ?? [],
    events: new Map((into?.story.events ?? []).map((event) => [event.id, event])),
  };
}

/** "china-hacks_2024.csv" → "China hacks 2024". */
function titleFromName(name: string): string {
  const words = name
    .replace(/\.[^.]*$/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
  return words === '' ? 'Imported story' : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Relations to events that are neither in the file nor in the story are left out, so the story still compiles. */
function withoutDanglingRelations(events: CuratedEvent[], rowOf: ReadonlyMap<string, number>, problems: ImportProblem[]): CuratedEvent[] {
  const ids = new Set(events.map((event) => event.id));
  return events.map((event) => {
    const row = rowOf.get(event.id);
    if (row === undefined || !event.relations) return event;
    const kept: Relation[] = [];
    for (const relation of event.relations) {
      if (ids.has(relation.event)) kept.push(relation);
      else
        problems.push({
          where: `row ${row}`,
          reason: `Relations names “${relation.event}”, an event neither in the file nor in the story: left out`,
        });
    }
    if (kept.length === event.relations.length) return event;
    const { relations: _relations, ...rest } = event;
    return kept.length > 0 ? { ...rest, relations: kept } : rest;
  });
}

/** In the order of the file, problems of the file as a whole first; a row's own keep the order they were found in. */
function byRow(problems: ImportProblem[]): ImportProblem[] {
  const row = (problem: ImportProblem) => Number(/^row (\d+)$/.exec(problem.where)?.[1] ?? 0);
  return [...problems].sort((a, b) => row(a) - row(b));
}

/** The header row, within the first rows, and what is worth saying about its columns. */
function readHeader(rows: readonly string[][], name: string, text: string): { index: number; header: string[]; problems: ImportProblem[] } {
  const index = rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  if (index === -1) throw noHeader(name, text);
  const header = rows[index]!.map((cell) => cell.trim());
  const where = `row ${index + 1}`;
  const problems: ImportProblem[] = [];
  if (!header.some((column) => columnKey(column) === 'summary')) {
    problems.push({ where, reason: 'There is no Summary column: each new event’s title is used as its summary' });
  }
  for (const column of header) {
    if (column !== '' && !isStoryColumn(column)) problems.push({ where, reason: `The column “${column}” is not one of ours: left out` });
  }
  return { index, header, problems };
}

/** A row's cells by the header's names, as the rest of the story writes them. */
function cellsOf(header: readonly string[], row: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  header.forEach((column, i) => {
    // Line breaks within a cell as the story writes them, whatever the program that saved the file.
    if (column !== '') cells[column] = (row[i] ?? '').replace(ESCAPED_FORMULA, '').replace(/\r\n?/g, '\n');
  });
  return cells;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * A spreadsheet of ours (or one an analyst keeps with some of its columns) as a story.
 * With `into`, its rows update the events of that story whose ids they carry and add the
 * rest after them; the story keeps its own title, articles, landmarks and narratives.
 * Rows that cannot be read are listed with their spreadsheet row number; the rest come in.
 */
export function importStoryCsv(text: string, options: { name: string; into?: CuratedFiles }): Imported {
  const { name, into } = options;
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new ImportError(`${name} is empty.`);
  // Not `header: true`: rows stay arrays, so that their index is the spreadsheet's row number
  // (blank lines included) and the header may sit below a title line.
  const parsed = Papa.parse<string[]>(content, { delimiter: delimiterOf(content) });
  const rows = parsed.data;
  const header = readHeader(rows, name, content);
  if (rows.slice(header.index + 1).every(isBlank)) throw new ImportError(`${name} has a header row but no events under it.`);
  const problems: ImportProblem[] = [
    ...uniqueProblems(
      parsed.errors.map((error) => ({
        where: error.row === undefined ? 'the file' : `row ${error.row + 1}`,
        reason: PARSE_ERRORS[error.code] ?? error.message,
      })),
    ),
    ...header.problems,
  ];

  // Grown row by row, so that each row is read against the lanes, kinds and events the rows before it added.
  const context = contextOf(into);
  const events = [...(into?.story.events ?? [])];
  const placeOf = new Map(events.map((event, index) => [event.id, index]));
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index <= header.index || isBlank(row)) return;
    const where = `row ${index + 1}`;
    const { event, problems: notes, added } = cellsToEvent(cellsOf(header.header, row), { ...context, fileIds: rowOf.keys() });
    const earlier = event && rowOf.get(event.id);
    if (event && earlier !== undefined) {
      problems.push({ where, reason: `Id “${event.id}” is also on row ${earlier}: the row is skipped` });
      return;
    }
    problems.push(...notes.map((reason) => ({ where, reason })));
    if (!event) return;
    rowOf.set(event.id, index + 1);
    const place = placeOf.get(event.id);
    if (place === undefined) placeOf.set(event.id, events.push(event) - 1);
    else events[place] = event;
    context.lanes.push(...added.lanes);
    context.kinds.push(...added.kinds);
    context.actors.push(...added.actors);
    context.events.set(event.id, event);
  });

  const story = {
    ...(into?.story ?? { title: titleFromName(name), description: `Imported from ${name}.` }),
    actors: context.actors,
    lanes: context.lanes.length > 0 ? context.lanes : [DEFAULT_LANE],
    kinds: context.kinds.length > 0 ? context.kinds : [DEFAULT_KIND],
    events: withoutDanglingRelations(events, rowOf, problems),
  };
  return { format: 'csv', files: { story, manifest: into?.manifest ?? [], texts: into?.texts ?? {} }, problems: byRow(problems) };
}

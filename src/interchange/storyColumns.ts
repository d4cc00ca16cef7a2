/**
 * Our event fields as flat spreadsheet columns, defined once: the header a spreadsheet
 * user sees, how the field is written into its cell and how it is read back. Our own CSV
 * (`storyCsv.ts`) is made of these columns; another format may append them to its own.
 *
 * Reading is forgiving where a guess is safe and strict where it is not: headers match
 * whatever their case and spacing, lanes, kinds and actors the story lacks are added, and a
 * citation naming an unknown article is left out; but a cell whose meaning cannot be read
 * (a date, a qualifier, JSON) skips its row rather than bring in an event that says
 * something else.
 */
import { toId, uniqueId } from '../data/idPattern';
import { curatedEventSchema, type CuratedCitation, type CuratedEvent, type Kind, type Lane } from '../data/schema';
import {
  DATE_RULE,
  Names,
  actorList,
  asId,
  date,
  keptText,
  oneOf,
  optionalText,
  originPart,
  quoted,
  readCorrections,
  readDiscrepancies,
  readRelations,
  sourceFinder,
  splitList,
  yesNo,
  type AddedNames,
  type ReadCell,
  type Reading,
  type StoryContext,
} from './storyCells';

export interface ReadRow {
  /** Absent when the row cannot be read. */
  event?: CuratedEvent;
  /** Why the row was skipped, or what was done instead (a citation left out, a lane added). */
  problems: string[];
  /** Empty when the row was skipped: a skipped row adds nothing to the story. */
  added: AddedNames;
}

/** Where the file gives no lane or kind: neutral names, rather than a guess at one of the story's own. */
export const DEFAULT_LANE: Lane = { id: 'events', label: 'Events' };
export const DEFAULT_KIND: Kind = { id: 'event', label: 'Event' };

/** The date basis of an event whose file gives none: the field is required, and says so to the reader. */
export const NO_DATE_BASIS = 'Not given in the imported file.';

const LIST_SEPARATOR = '; ';

/** A header as matched: without case, spaces or underscores ("Short title", "SHORT_TITLE", "shortTitle"). */
export function columnKey(header: string): string {
  return header.toLowerCase().replace(/[\s_]+/g, '');
}

interface StoryColumn {
  header: string;
  write: (event: CuratedEvent) => string;
  read: ReadCell;
}

const join = (ids: readonly string[] | undefined) => (ids ?? []).join(LIST_SEPARATOR);
const json = (value: unknown[] | undefined) => (value && value.length > 0 ? JSON.stringify(value) : '');

const COLUMNS: readonly StoryColumn[] = [
  // Read before the others, by `identify`: it decides which event the row is.
  { header: 'Id', write: (event) => event.id, read: () => undefined },
  { header: 'Start', write: (event) => event.start, read: date('start', 'Start') },
  { header: 'End', write: (event) => event.end ?? '', read: date('end', 'End') },
  {
    header: 'Qualifier',
    write: (event) => event.qualifier ?? '',
    read: oneOf(['before', 'by', 'about', 'after'], 'Qualifier', (value, draft) => {
      if (value) draft.qualifier = value;
      else delete draft.qualifier;
    }),
  },
  {
    header: 'Title',
    write: (event) => event.title,
    read: keptText('title'),
  },
  { header: 'Short title', write: (event) => event.shortTitle ?? '', read: optionalText('shortTitle') },
  { header: 'Summary', write: (event) => event.summary, read: keptText('summary') },
  { header: 'Date basis', write: (event) => event.dateBasis, read: keptText('dateBasis') },
  {
    header: 'Lane',
    write: (event) => event.lane,
    read: (cell, { draft, names }) => {
      if (cell === '') return undefined;
      const lane = names.idFor('lanes', cell, 'Lane');
      if (lane === undefined) return `Lane ${quoted(cell)} has no letters or digits to make an id of`;
      draft.lane = lane;
      return undefined;
    },
  },
  {
    header: 'Kinds',
    write: (event) => join(event.kinds),
    read: (cell, { draft, names }) => {
      const kinds: string[] = [];
      for (const name of splitList(cell)) {
        const kind = names.idFor('kinds', name, 'Kinds');
        if (kind === undefined) return `Kinds names ${quoted(name)}, which has no letters or digits to make an id of`;
        if (!kinds.includes(kind)) kinds.push(kind);
      }
      if (kinds.length > 0) draft.kinds = kinds;
      return undefined;
    },
  },
  {
    header: 'Assertion',
    write: (event) => event.assertion ?? '',
    read: oneOf(['act', 'allegation'], 'Assertion', (value, draft) => {
      if (value) draft.assertion = value;
      else delete draft.assertion;
    }),
  },
  { header: 'Claimed by', write: (event) => join(event.claimedBy), read: actorList('claimedBy', 'Claimed by') },
  { header: 'By', write: (event) => join(event.by), read: actorList('by', 'By') },
  {
    header: 'Backdrop',
    // "no" only for a backdrop set to false, so that it reads back as it was.
    write: (event) => (event.backdrop === undefined ? '' : event.backdrop ? 'yes' : 'no'),
    read: (cell, { draft }) => {
      const answer = yesNo(cell, 'Backdrop');
      if ('problem' in answer) return answer.problem;
      if (cell === '') delete draft.backdrop;
      else draft.backdrop = answer.value;
      return undefined;
    },
  },
  { header: 'Notes', write: (event) => event.notes ?? '', read: optionalText('notes') },
  { header: 'Outside knowledge', write: (event) => event.outsideKnowledge ?? '', read: optionalText('outsideKnowledge') },
  {
    header: 'Unsourced',
    write: (event) => (event.unsourced ? 'yes' : ''),
    // Checked only: whether an event is unsourced follows from its citations (see `settle`).
    read: (cell) => {
      const answer = yesNo(cell, 'Unsourced');
      return 'problem' in answer ? answer.problem : undefined;
    },
  },
  { header: 'Origin link', write: (event) => event.origin?.link ?? '', read: originPart('link', 'Origin link') },
  { header: 'Origin credit', write: (event) => event.origin?.credit ?? '', read: originPart('credit', 'Origin credit') },
  { header: 'Origin caption', write: (event) => event.origin?.caption ?? '', read: originPart('caption', 'Origin caption') },
  {
    header: 'Relations',
    write: (event) => (event.relations ?? []).map((relation) => `${relation.type}: ${relation.event}`).join(LIST_SEPARATOR),
    read: readRelations,
  },
  { header: 'Discrepancies', write: (event) => json(event.discrepancies), read: readDiscrepancies },
  { header: 'Corrections', write: (event) => json(event.corrections), read: readCorrections },
];

/** The headers of an event's own columns, in order. Its citations follow as `Source 1`, `Quote 1`, `Source 2`, `Quote 2`, … */
export const STORY_COLUMNS: readonly string[] = COLUMNS.map((column) => column.header);

const COLUMN_BY_KEY = new Map(COLUMNS.map((column) => [columnKey(column.header), column]));
const CITATION_KEY = /^(source|quote)(\d+)$/;

/** The headers of `count` citations: `Source 1`, `Quote 1`, … */
export function citationColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) => [`Source ${i + 1}`, `Quote ${i + 1}`]).flat();
}

/** Whether a header names one of our columns, whatever its case and spacing. */
export function isStoryColumn(header: string): boolean {
  const key = columnKey(header);
  return COLUMN_BY_KEY.has(key) || CITATION_KEY.test(key);
}

/** An event as cells by header: its own columns, then a `Source n`/`Quote n` pair per citation. */
export function eventToCells(event: CuratedEvent): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of COLUMNS) cells[column.header] = column.write(event);
  event.citations.forEach((citation, i) => {
    cells[`Source ${i + 1}`] = citation.source;
    cells[`Quote ${i + 1}`] = citation.quote;
  });
  return cells;
}

/** The row's citations, when the file has citation columns; the event keeps its own when it has none. */
function readCitations(cells: ReadonlyMap<string, string>, reading: Reading): void {
  // Numbers as written ("Source 01" pairs with "Quote 01"), in their order as numbers.
  const numbers = [...new Set([...cells.keys()].flatMap((key) => CITATION_KEY.exec(key)?.[2] ?? []))].sort((a, b) => Number(a) - Number(b));
  if (numbers.length === 0) return;
  const citations: CuratedCitation[] = [];
  for (const n of numbers) {
    const name = cells.get(`source${n}`) ?? '';
    const quote = cells.get(`quote${n}`) ?? '';
    if (name === '' && quote === '') continue;
    if (quote === '') reading.notes.push(`Quote ${n} is empty: the citation of ${quoted(name)} is left out`);
    else if (name === '') reading.notes.push(`Source ${n} is empty: the quote ${quoted(quote)} is left out`);
    else {
      const source = reading.findSource(name);
      if (source === undefined) {
        reading.notes.push(`Source ${n} names ${quoted(name)}, an article the story does not have: the citation is left out`);
      } else {
        citations.push({ source, quote });
      }
    }
  }
  reading.draft.citations = citations;
}

/**
 * Which event the row is: the one its Id names (made safe), or else the one its title makes an
 * id of, unique against `context.fileIds` when the reader gives them (so the same file brought
 * in again names the same events) and otherwise against every event of the story.
 */
function identify(cells: ReadonlyMap<string, string>, context: StoryContext): { id: string } | { problem: string } {
  const written = cells.get('id') ?? '';
  if (written !== '') {
    const id = asId(written);
    return id === '' ? { problem: `Id ${quoted(written)} has no letters or digits to make an id of; the row is skipped` } : { id };
  }
  return { id: uniqueId(toId(cells.get('title') ?? '', 'event'), context.fileIds ?? context.events.keys()) };
}

/**
 * Fills what the schema requires and the file did not give, and marks an event with no
 * citation as unsourced. A file with no Summary column at all is told so once, by its reader,
 * rather than on every row.
 */
function settle(reading: Reading, hasSummary: boolean): void {
  const { draft, names } = reading;
  if (draft.summary === undefined && draft.title !== undefined) {
    draft.summary = draft.title;
    if (hasSummary) reading.notes.push('Summary is empty: the title is used as the summary');
  }
  draft.dateBasis ??= NO_DATE_BASIS;
  draft.lane ??= names.fallback('lanes', DEFAULT_LANE, `The row names no lane: it goes in a new lane, ${quoted(DEFAULT_LANE.label)}`);
  draft.kinds ??= [names.fallback('kinds', DEFAULT_KIND, `The row names no kind: it is given a new kind, ${quoted(DEFAULT_KIND.label)}`)];
  draft.citations ??= [];
  if (draft.citations.length > 0) delete draft.unsourced;
  else draft.unsourced = true;
}

/**
 * One row as an event. Cells are keyed by header as the file writes it; columns the file
 * does not have leave an updated event's fields as they were.
 */
export function cellsToEvent(cells: Record<string, string>, context: StoryContext): ReadRow {
  const byKey = new Map(Object.entries(cells).map(([header, cell]) => [columnKey(header), cell.trim()]));
  const skipped = (problems: string[]): ReadRow => ({ problems, added: { lanes: [], kinds: [], actors: [] } });

  const identity = identify(byKey, context);
  if ('problem' in identity) return skipped([identity.problem]);
  const notes: string[] = [];
  const reading: Reading = {
    draft: { ...context.events.get(identity.id), id: identity.id },
    names: new Names(context, notes),
    findSource: sourceFinder(context.sources),
    notes,
  };

  const problems: string[] = [];
  const unread = new Set<string>();
  for (const [key, cell] of byKey) {
    const problem = COLUMN_BY_KEY.get(key)?.read(cell, reading);
    if (problem !== undefined) {
      problems.push(problem);
      unread.add(key);
    }
  }
  if (reading.draft.start === undefined && !unread.has('start')) problems.push(`Start is empty: ${DATE_RULE}`);
  if (reading.draft.title === undefined) problems.push('Title is empty: every event needs one');
  // Nothing the row added or left out is worth a word when the row itself is skipped.
  if (problems.length > 0) return skipped(problems.map((problem) => `${problem}; the row is skipped`));

  readCitations(byKey, reading);
  settle(reading, byKey.has('summary'));
  const parsed = curatedEventSchema.safeParse(reading.draft);
  if (!parsed.success) {
    return skipped(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the row'}: ${issue.message}; the row is skipped`));
  }
  return { event: parsed.data, problems: notes, added: reading.names.added };
}

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
import { z } from 'zod/mini';
import { isPartialDate } from '../data/dates';
import { ID_PATTERN, toId, uniqueId } from '../data/idPattern';
import {
  correctionSchema,
  curatedDiscrepancySchema,
  curatedEventSchema,
  type Actor,
  type CuratedCitation,
  type CuratedDiscrepancy,
  type CuratedEvent,
  type Kind,
  type Lane,
  type Relation,
  type SourceManifestEntry,
} from '../data/schema';

/** What a row is read against: the story as it stands before the row. */
export interface StoryContext {
  lanes: readonly Lane[];
  kinds: readonly Kind[];
  actors: readonly Actor[];
  /** The articles a citation may name, by id, file name or label. */
  sources: readonly SourceManifestEntry[];
  /** The story's events by id: a row whose Id is one of these updates that event. */
  events: ReadonlyMap<string, CuratedEvent>;
}

/** Lanes, kinds and actors a row named that the story did not have, made for it. */
export interface AddedNames {
  lanes: Lane[];
  kinds: Kind[];
  actors: Actor[];
}

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

const quoted = (text: string) => `“${text}”`;

/** A header as matched: without case, spaces or underscores ("Short title", "SHORT_TITLE", "shortTitle"). */
export function columnKey(header: string): string {
  return header.toLowerCase().replace(/[\s_]+/g, '');
}

/** An id kept as it is when it already is one (`toId` keeps only six words), or made from the words. */
function asId(words: string): string {
  return ID_PATTERN.test(words) ? words : toId(words, '');
}

const SMALL_WORDS = new Set(['a', 'an', 'as', 'at', 'by', 'in', 'is', 'it', 'of', 'on', 'or', 'to']);

/**
 * "foreign-office" → "Foreign office", "us" → "US": a label for a name the row gave only as an
 * id. Words of one or two letters are most often abbreviations ("uk", "eu", "nz").
 */
function readable(name: string): string {
  if (!ID_PATTERN.test(name)) return name.replace(/\s+/g, ' ');
  const words = name
    .split('-')
    .map((word) => (word.length <= 2 && !SMALL_WORDS.has(word) ? word.toUpperCase() : word))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const splitList = (cell: string) =>
  cell
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

const SINGULAR = { lanes: 'lane', kinds: 'kind', actors: 'actor' } as const;

/** Finds the ids of lanes, kinds and actors by id, label or alias, and makes the ones the story lacks. */
class Names {
  readonly added: AddedNames = { lanes: [], kinds: [], actors: [] };
  private readonly known = { lanes: new Map<string, string>(), kinds: new Map<string, string>(), actors: new Map<string, string>() };

  /** `notes` collects what was added, for the journalist. */
  constructor(
    context: StoryContext,
    private readonly notes: string[],
  ) {
    for (const list of ['lanes', 'kinds', 'actors'] as const) {
      for (const entry of context[list]) {
        for (const name of [entry.id, entry.label, ...('aliases' in entry ? (entry.aliases ?? []) : [])]) {
          if (!this.known[list].has(name.toLowerCase())) this.known[list].set(name.toLowerCase(), entry.id);
        }
      }
    }
  }

  /** The id for a name the column `header` gives, or undefined when no id can be made of it. */
  idFor(list: keyof AddedNames, name: string, header: string): string | undefined {
    const id = this.known[list].get(name.toLowerCase()) ?? this.known[list].get(asId(name));
    if (id !== undefined) return id;
    const made = asId(name);
    if (made === '') return undefined;
    const label = readable(name);
    this.add(list, { id: made, label }, `${header}: ${quoted(name)} is new to the story: added as the ${SINGULAR[list]} ${quoted(label)}`);
    return made;
  }

  /** The default lane or kind, added to the story the first time a row needs it. */
  fallback(list: 'lanes' | 'kinds', entry: Lane | Kind, why: string): string {
    if (!this.known[list].has(entry.id)) this.add(list, entry, why);
    return entry.id;
  }

  private add(list: keyof AddedNames, entry: { id: string; label: string }, note: string) {
    this.known[list].set(entry.id, entry.id);
    this.known[list].set(entry.label.toLowerCase(), entry.id);
    this.added[list].push(entry);
    this.notes.push(note);
  }
}

/** Finds an article by its id, file name or label. */
function sourceFinder(sources: readonly SourceManifestEntry[]): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const source of sources) {
    for (const name of [source.id, source.file, source.label]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), source.id);
    }
  }
  return (name) => byName.get(name.toLowerCase());
}

/** A row being read: the event so far (the existing one, when the row updates it), and what was done instead. */
interface Reading {
  draft: Partial<CuratedEvent>;
  names: Names;
  findSource: (name: string) => string | undefined;
  /** What was done instead of what the row says: a citation left out, a lane added. */
  notes: string[];
}

/** Reads a cell into the draft; returns why the row cannot be read, if it cannot. */
type ReadCell = (cell: string, reading: Reading) => string | undefined;

interface StoryColumn {
  header: string;
  write: (event: CuratedEvent) => string;
  read: ReadCell;
}

type TextField = 'title' | 'shortTitle' | 'summary' | 'dateBasis' | 'notes' | 'outsideKnowledge';
type ListField = 'claimedBy' | 'by';

/** An optional text: an empty cell clears it. */
const optionalText =
  (field: TextField): ReadCell =>
  (cell, { draft }) => {
    if (cell === '') delete draft[field];
    else draft[field] = cell;
    return undefined;
  };

/** A required text with a fallback: an empty cell keeps what the event had, or the fallback. */
const keptText =
  (field: TextField): ReadCell =>
  (cell, { draft }) => {
    if (cell !== '') draft[field] = cell;
    return undefined;
  };

const DATE_RULE = 'write a year, a month or a day as 2014, 2014-03 or 2014-03-25';

const date =
  (field: 'start' | 'end', header: string): ReadCell =>
  (cell, { draft }) => {
    // An empty start keeps the updated event's own; a row with none at all is refused once read.
    if (cell === '') {
      if (field === 'end') delete draft[field];
    } else if (!isPartialDate(cell)) {
      return `${header} ${quoted(cell)} is not a date: ${DATE_RULE}`;
    } else {
      draft[field] = cell;
    }
    return undefined;
  };

function oneOf<T extends string>(
  choices: readonly T[],
  header: string,
  set: (value: T | undefined, draft: Partial<CuratedEvent>) => void,
): ReadCell {
  return (cell, { draft }) => {
    const value = choices.find((choice) => choice === cell.toLowerCase());
    if (cell !== '' && value === undefined) {
      return `${header} ${quoted(cell)} is not one of ${choices.map(quoted).join(', ')}`;
    }
    set(value, draft);
    return undefined;
  };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

function yesNo(cell: string, header: string): { value: boolean } | { problem: string } {
  const word = cell.toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { problem: `${header} ${quoted(cell)} is neither yes nor no` };
}

const actorList =
  (field: ListField, header: string): ReadCell =>
  (cell, { draft, names }) => {
    const ids: string[] = [];
    for (const name of splitList(cell)) {
      const id = names.idFor('actors', name, header);
      if (id === undefined) return `${header} names ${quoted(name)}, which has no letters or digits to make an id of`;
      if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) delete draft[field];
    else draft[field] = ids;
    return undefined;
  };

const originPart =
  (part: 'link' | 'credit' | 'caption', header: string): ReadCell =>
  (cell, reading) => {
    const origin = { ...reading.draft.origin };
    delete origin[part];
    if (cell !== '' && part === 'link' && !isWebAddress(cell)) {
      reading.notes.push(`${header} ${quoted(cell)} is not a web address starting with http:// or https://: left out`);
    } else if (cell !== '') {
      origin[part] = cell;
    }
    if (Object.keys(origin).length === 0) delete reading.draft.origin;
    else reading.draft.origin = origin;
    return undefined;
  };

function isWebAddress(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

const RELATION = /^(denies|responds[\s-]to)\s*:\s*(.+)$/i;

function readRelations(cell: string, { draft }: Reading): string | undefined {
  const relations: Relation[] = [];
  for (const part of cell.split(/[;\n]/).map((p) => p.trim())) {
    if (part === '') continue;
    const match = RELATION.exec(part);
    const event = match ? asId(match[2]!.trim()) : '';
    if (!match || event === '') return `Relations ${quoted(part)} is not written as “denies: event-id” or “responds-to: event-id”`;
    relations.push({ type: match[1]!.toLowerCase().startsWith('denies') ? 'denies' : 'responds-to', event });
  }
  if (relations.length === 0) delete draft.relations;
  else draft.relations = relations;
  return undefined;
}

/** A cell of JSON checked against its schema: the field, or why the row cannot be read. */
function readJson<T>(cell: string, header: string, schema: z.ZodMiniType<T>): { value: T } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(cell);
  } catch {
    return { problem: `${header} is not readable JSON: ${quoted(cell.length > 60 ? `${cell.slice(0, 60)}…` : cell)}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  const place = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { problem: `${header} does not hold what it should: ${place}${issue?.message ?? 'unreadable'}` };
}

const discrepancyList = z.array(curatedDiscrepancySchema);

function readDiscrepancies(cell: string, reading: Reading): string | undefined {
  if (cell === '') {
    delete reading.draft.discrepancies;
    return undefined;
  }
  const json = readJson(cell, 'Discrepancies', discrepancyList);
  if ('problem' in json) return json.problem;
  const kept: CuratedDiscrepancy[] = [];
  for (const discrepancy of json.value) {
    const citations = discrepancy.citations.flatMap((citation) => {
      const source = reading.findSource(citation.source);
      if (source !== undefined) return [{ ...citation, source }];
      reading.notes.push(
        `Discrepancies: ${quoted(discrepancy.topic)} cites ${quoted(citation.source)}, an article the story does not have: that side is left out`,
      );
      return [];
    });
    if (citations.length >= 2) kept.push({ ...discrepancy, citations });
    else reading.notes.push(`Discrepancies: ${quoted(discrepancy.topic)} is left with fewer than two sides: left out`);
  }
  if (kept.length === 0) delete reading.draft.discrepancies;
  else reading.draft.discrepancies = kept;
  return undefined;
}

const correctionList = z.array(correctionSchema);

function readCorrections(cell: string, { draft }: Reading): string | undefined {
  if (cell === '') {
    delete draft.corrections;
    return undefined;
  }
  const json = readJson(cell, 'Corrections', correctionList);
  if ('problem' in json) return json.problem;
  draft.corrections = json.value;
  return undefined;
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

/** Which event the row is: the one its Id names (made safe), or a new one with an id made from its title. */
function identify(cells: ReadonlyMap<string, string>, context: StoryContext): { id: string } | { problem: string } {
  const written = cells.get('id') ?? '';
  if (written !== '') {
    const id = asId(written);
    return id === '' ? { problem: `Id ${quoted(written)} has no letters or digits to make an id of; the row is skipped` } : { id };
  }
  return { id: uniqueId(toId(cells.get('title') ?? '', 'event'), context.events.keys()) };
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

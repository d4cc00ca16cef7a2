/**
 * Reading one cell of a row into the event being read: a reader for each kind of cell the
 * column table (`storyColumns.ts`) uses, and the lanes, kinds, actors and articles a cell
 * names, found in the story or made for it.
 */
import { z } from 'zod/mini';
import { isPartialDate } from '../data/dates';
import { ID_PATTERN, toId } from '../data/idPattern';
import {
  correctionSchema,
  curatedDiscrepancySchema,
  type Actor,
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
  /**
   * The ids the rows before this one in the same file took. A row with no Id takes its title's
   * id, made unique against these alone, so that the same file brought in again updates the
   * events it made rather than doubling them. Without them, against every event of the story.
   */
  fileIds?: Iterable<string>;
}

/** Lanes, kinds and actors a row named that the story did not have, made for it. */
export interface AddedNames {
  lanes: Lane[];
  kinds: Kind[];
  actors: Actor[];
}

export const quoted = (text: string) => `“${text}”`;

/** An id kept as it is when it already is one (`toId` keeps only six words), or made from the words. */
export function asId(words: string): string {
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

export const splitList = (cell: string) =>
  cell
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

const SINGULAR = { lanes: 'lane', kinds: 'kind', actors: 'actor' } as const;

/** Finds the ids of lanes, kinds and actors by id, label or alias, and makes the ones the story lacks. */
export class Names {
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
export function sourceFinder(sources: readonly SourceManifestEntry[]): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const source of sources) {
    for (const name of [source.id, source.file, source.label]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), source.id);
    }
  }
  return (name) => byName.get(name.toLowerCase());
}

/** A row being read: the event so far (the existing one, when the row updates it), and what was done instead. */
export interface Reading {
  draft: Partial<CuratedEvent>;
  names: Names;
  findSource: (name: string) => string | undefined;
  /** What was done instead of what the row says: a citation left out, a lane added. */
  notes: string[];
}

/** Reads a cell into the draft; returns why the row cannot be read, if it cannot. */
export type ReadCell = (cell: string, reading: Reading) => string | undefined;

type TextField = 'title' | 'shortTitle' | 'summary' | 'dateBasis' | 'notes' | 'outsideKnowledge';
type ListField = 'claimedBy' | 'by';

/** An optional text: an empty cell clears it. */
export const optionalText =
  (field: TextField): ReadCell =>
  (cell, { draft }) => {
    if (cell === '') delete draft[field];
    else draft[field] = cell;
    return undefined;
  };

/** A required text with a fallback: an empty cell keeps what the event had, or the fallback. */
export const keptText =
  (field: TextField): ReadCell =>
  (cell, { draft }) => {
    if (cell !== '') draft[field] = cell;
    return undefined;
  };

export const DATE_RULE = 'write a year, a month or a day as 2014, 2014-03 or 2014-03-25';

export const date =
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

export function oneOf<T extends string>(
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

export function yesNo(cell: string, header: string): { value: boolean } | { problem: string } {
  const word = cell.toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { problem: `${header} ${quoted(cell)} is neither yes nor no` };
}

export const actorList =
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

export const originPart =
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

export function readRelations(cell: string, { draft }: Reading): string | undefined {
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

export function readDiscrepancies(cell: string, reading: Reading): string | undefined {
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

export function readCorrections(cell: string, { draft }: Reading): string | undefined {
  if (cell === '') {
    delete draft.corrections;
    return undefined;
  }
  const json = readJson(cell, 'Corrections', correctionList);
  if ('problem' in json) return json.problem;
  draft.corrections = json.value;
  return undefined;
}

/**
 * Property and fuzz tests for the validator every fetched document goes through.
 *
 * 1. Garbage never escapes as anything but a TimelineDataError listing its problems.
 * 2. A valid document changed in one place is either still valid (and still drawable)
 *    or rejected with problems that name the changed place, or the places that refer
 *    to what was changed: nothing unrelated, and the event named by its id.
 * 3. Random valid documents always parse, and survive a JSON round trip unchanged.
 * 4. Nesting 100,000 levels deep is reported, not a stack overflow.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileStoryDir } from '../../data/readStory';
import { passesInParts } from './checkInParts.testing';
import { makeTimeline } from './fixtures';
import { parseTimeline, TimelineDataError } from './parseTimeline';
import type { Citation, Timeline } from './schema';

// ---------------------------------------------------------------- helpers

type Outcome = { ok: true; timeline: Timeline } | { ok: false; problems: string[] };

/** What parseTimeline makes of `json`. Any exception other than a TimelineDataError fails the test. */
function outcome(json: unknown): Outcome {
  try {
    return { ok: true, timeline: parseTimeline(json) };
  } catch (error) {
    if (!(error instanceof TimelineDataError)) throw error;
    const { problems } = error;
    const wellFormed =
      Array.isArray(problems) &&
      problems.length > 0 &&
      problems.every((problem) => typeof problem === 'string' && problem.length > 0) &&
      error.message === `The timeline data has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
    if (!wellFormed) expect.fail(`malformed TimelineDataError: ${error.message} ${JSON.stringify(problems)}`);
    return { ok: false, problems };
  }
}

/** Whether parseTimeline gives `json` back as it is: the document in the schema's own form, without problems. */
function takenAsItIs(json: unknown): boolean {
  const result = outcome(json);
  return result.ok && result.timeline === json;
}

function problemsOf(json: unknown): string[] {
  const result = outcome(json);
  if (result.ok) throw new Error('parseTimeline accepted the document');
  return result.problems;
}

type Path = (string | number)[];

/**
 * The place a problem line names, read back from its text:
 * `events[1] "intrusion": citations[0].offset: …` → ['events', 1, 'citations', 0, 'offset'], named "intrusion".
 * Schema keys are plain words and indexes are numbers, so the path part is unambiguous.
 */
function placeOf(line: string): { path: Path; eventName?: string } {
  const segments = (text: string): Path =>
    [...text.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  const pathAhead = /^[A-Za-z]+(?:\[\d+\]|\.[A-Za-z]+)*(?=: )/;
  const event = /^events\[(\d+)\]((?: "(?:[^"\\]|\\.)*")?): /s.exec(line);
  if (event) {
    const rest = pathAhead.exec(line.slice(event[0].length));
    const name = event[2] ? (JSON.parse(event[2].slice(1)) as string) : undefined;
    return { path: ['events', Number(event[1]), ...(rest ? segments(rest[0]) : [])], ...(name !== undefined && { eventName: name }) };
  }
  const head = pathAhead.exec(line);
  return { path: head ? segments(head[0]) : [] };
}

/** Any array index, in a pattern. */
const ANY = Symbol('any index');
type Pattern = (string | number | typeof ANY)[];

/** A path matches a pattern when it is the pattern's place or inside it. */
function within(path: Path, pattern: Pattern): boolean {
  return pattern.length <= path.length && pattern.every((key, i) => (key === ANY ? typeof path[i] === 'number' : path[i] === key));
}

/**
 * The places a change at `changed` may legitimately be reported: the place itself and
 * anything inside it, plus whatever refers to it (a renamed lane is reported where
 * events use it, a changed article text where quotes point into it, a start where the
 * end is compared with it, an id where it is duplicated).
 */
function placesFor(changed: Path): Pattern[] {
  const patterns: Pattern[] = [changed];
  const [head, index, field] = changed;
  if (head === 'lanes') patterns.push(['lanes', ANY, 'id'], ['events', ANY, 'lane']);
  if (head === 'kinds') patterns.push(['kinds', ANY, 'id'], ['events', ANY, 'kinds']);
  if (head === 'sources') patterns.push(['sources', ANY, 'id'], ['events', ANY, 'citations'], ['events', ANY, 'discrepancies']);
  if (head === 'narratives') patterns.push(['narratives', ANY, 'id']);
  if (head === 'actors') patterns.push(['actors', ANY, 'id'], ['events', ANY, 'claimedBy'], ['events', ANY, 'by']);
  if (head === 'landmarks' && field === 'start' && typeof index === 'number') patterns.push(['landmarks', index, 'end']);
  if (head === 'events') {
    if (field === undefined || (field === 'id' && changed.length === 3))
      patterns.push(['events', ANY, 'id'], ['narratives'], ['events', ANY, 'relations']);
    // A link is judged by both its ends: a denial denies an allegation.
    if (field === 'kinds' || field === 'assertion') patterns.push(['events', ANY, 'relations']);
    if (field === 'start' && typeof index === 'number') patterns.push(['events', index, 'end']);
    // Anything inside one citation (its quote, its source) is reported at that citation's offset or paragraph.
    const c = changed.lastIndexOf('citations');
    if (c !== -1 && typeof changed[c + 1] === 'number') patterns.push(changed.slice(0, c + 2));
  }
  return patterns;
}

/** Every problem is at a place the change explains, and names its event by the id the document gives it. */
function expectProblemsAbout(problems: string[], changed: Path, document: unknown): void {
  const patterns = placesFor(changed);
  const events = (document as { events?: unknown } | null)?.events;
  const misplaced: string[] = [];
  for (const problem of problems) {
    const { path, eventName } = placeOf(problem);
    if (!patterns.some((pattern) => within(path, pattern))) misplaced.push(`${problem} (not about ${JSON.stringify(changed)})`);
    if (path[0] === 'events' && typeof path[1] === 'number' && Array.isArray(events)) {
      const id: unknown = (events[path[1]] as { id?: unknown } | null)?.id;
      if (eventName !== (typeof id === 'string' && id !== '' ? id : undefined))
        misplaced.push(`${problem} (the event's id is ${JSON.stringify(id)})`);
    }
  }
  expect(misplaced).toEqual([]);
}

/** What the app relies on when it draws a document the validator accepted. Plain checks, one expect: this runs thousands of times. */
function expectDrawable(timeline: Timeline): void {
  const lanes = new Set(timeline.lanes.map((lane) => lane.id));
  const kinds = new Set(timeline.kinds.map((kind) => kind.id));
  const texts = new Map(timeline.sources.map((source) => [source.id, source.text]));
  const eventIds = new Set<string>();
  const broken: string[] = [];
  if (timeline.events.length === 0) broken.push('no events');
  for (const event of timeline.events) {
    if (eventIds.has(event.id)) broken.push(`${event.id}: id repeated`);
    eventIds.add(event.id);
    if (event.citations.length === 0) broken.push(`${event.id}: no citation`);
    if (!lanes.has(event.lane)) broken.push(`${event.id}: no lane ${event.lane}`);
    for (const kind of event.kinds) if (!kinds.has(kind)) broken.push(`${event.id}: no kind ${kind}`);
    for (const { source, quote, offset, paragraph } of [...event.citations, ...(event.discrepancies ?? []).flatMap((d) => d.citations)]) {
      const text = texts.get(source);
      if (text === undefined) broken.push(`${event.id}: no source ${source}`);
      else if (text.slice(offset, offset + quote.length) !== quote) broken.push(`${event.id}: quote not at ${offset}`);
      else if (
        text.slice(paragraph.offset, paragraph.offset + paragraph.text.length) !== paragraph.text ||
        paragraph.offset > offset ||
        offset + quote.length > paragraph.offset + paragraph.text.length
      )
        broken.push(`${event.id}: paragraph does not hold the quote at ${offset}`);
    }
  }
  for (const narrative of timeline.narratives ?? []) {
    for (const step of narrative.steps) if (!eventIds.has(step.event)) broken.push(`${narrative.id}: no event ${step.event}`);
  }
  expect(broken).toEqual([]);
}

/** Every path in a JSON value, containers included, root first. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

/** A copy of `root` with the value at `path` replaced. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  (getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path.at(-1)!] = value;
  return copy;
}

/** A copy of `root` with the value at `path` removed: a key deleted, or an item spliced out (which changes its whole list). */
function deleteAt(root: unknown, path: Path): { document: unknown; changed: Path } {
  const copy = structuredClone(root);
  const parentPath = path.slice(0, -1);
  const parent = getAt(copy, parentPath);
  const key = path.at(-1)!;
  if (Array.isArray(parent)) {
    parent.splice(key as number, 1);
    return { document: copy, changed: parentPath };
  }
  delete (parent as Record<string, unknown>)[key];
  return { document: copy, changed: path };
}

/** `events[1] "intrusion": end` or `landmarks[0].end`: a place as problem lines write it. */
function where(path: Path, document: Timeline): string {
  const [head, index, ...rest] = path;
  const tail = (keys: Path) => keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`)).join('');
  if (head === 'events' && typeof index === 'number')
    return `events[${index}] ${JSON.stringify(document.events[index]!.id)}: ${tail(rest)}`;
  return tail(path);
}

function allCitationPaths(timeline: Timeline): Path[] {
  return timeline.events.flatMap((event, e) => [
    ...event.citations.map((_, c): Path => ['events', e, 'citations', c]),
    ...(event.discrepancies ?? []).flatMap((d, i) => d.citations.map((_, c): Path => ['events', e, 'discrepancies', i, 'citations', c])),
  ]);
}

function dateFieldPaths(timeline: Timeline): Path[] {
  return [
    ...timeline.events.flatMap((event, e) => [['events', e, 'start'], ...(event.end ? [['events', e, 'end']] : [])] as Path[]),
    ...(timeline.landmarks ?? []).flatMap(
      (landmark, l) => [['landmarks', l, 'start'], ...(landmark.end ? [['landmarks', l, 'end']] : [])] as Path[],
    ),
  ];
}

// ---------------------------------------------------------------- documents

const story = (() => {
  const result = compileStoryDir(fileURLToPath(new URL('../../data/', import.meta.url)));
  if (!result.ok) throw new Error(`the built-in story does not compile:\n${result.problems.join('\n')}`);
  return result.timeline;
})();

const BASES: [string, Timeline][] = [
  ['the fixture', makeTimeline()],
  ['the built-in story', story],
];

// ---------------------------------------------------------------- arbitraries

/** Object keys an attacker or a typo would use: prototype names, the schema's own keys, anything. */
const keyArb = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'schemaVersion',
    'events',
    'id',
    'lanes',
    'sources',
    'citations',
    'text',
    'offset',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Primitive values, with the awkward ones over-represented. */
const primitiveArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -0, Number.NaN, Infinity, -Infinity, 1, 0),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Anything JavaScript can hold: maps, sets, typed arrays, dates, boxed values, null prototypes, sparse arrays. */
const anythingArb = fc.anything({
  key: keyArb,
  values: [primitiveArb],
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/**
 * JSON text, parsed: unlike objects built in JavaScript, JSON.parse makes `__proto__`
 * an own key, and `1e999` becomes Infinity, just as a fetched document would.
 */
const jsonTextArb: fc.Arbitrary<string> = fc.letrec<{ node: string; array: string; object: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.constantFrom('null', 'true', 'false', '0', '-0', '1', '1e999', '-1e999', '1e-999', '123456789012345678901234567890', '0.5'),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => JSON.stringify(s)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    ),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('node'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(keyArb, tie('node')), { maxLength: 6 })
    .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
})).node;

/** Values to put in place of a valid one: any JSON, or something close enough to reach the cross-checks. */
function replacementArb(document: Timeline): fc.Arbitrary<unknown> {
  const ids = [
    ...document.lanes.map((l) => l.id),
    ...document.kinds.map((k) => k.id),
    ...document.sources.map((s) => s.id),
    ...document.events.map((e) => e.id),
  ];
  return fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(...ids, 'mars', 'no-such-source'),
    fc.constantFrom('2022-13', '2024-02-30', '2023-02-29', '0000-00', '2024-02-29', '1999', '2020-01', '2030-12-31', ''),
    fc.integer({ min: -3, max: 20_000 }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e308, 0.5, true, null, [], {}),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
}

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
/** Display text: already trimmed, as the schema trims it. */
const textArb = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
/** An article: lines of any characters (lone surrogates and control characters included), not all blank. */
const articleArb = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((lines) => lines.join('\n'))
  .filter((text) => text.trim().length > 0);

interface Day {
  year: number;
  month?: number;
  day?: number;
}
/** A real date at a random precision, in [minYear, maxYear]. */
const dayIn = (minYear: number, maxYear: number): fc.Arbitrary<Day> =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      precision: fc.constantFrom(0, 1, 2),
    })
    .map(({ year, month, day, precision }) => {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return precision === 0 ? { year } : precision === 1 ? { year, month } : { year, month, day: Math.min(day, last) };
    });
// Years from 1000: dates.ts reads years 0–99 as 1900–1999 (see the report), which no news story needs.
const dayArb = dayIn(1000, 2999);
const dateText = ({ year, month, day }: Day) =>
  [String(year), ...(month ? [String(month).padStart(2, '0')] : []), ...(day ? [String(day).padStart(2, '0')] : [])].join('-');
const firstDay = ({ year, month, day }: Day) => year * 10_000 + (month ?? 1) * 100 + (day ?? 1);
/** A start and maybe an end that does not run backwards. */
const rangeArb = fc.tuple(dayArb, fc.option(dayArb, { nil: undefined })).map(([a, b]) => {
  if (!b) return { start: dateText(a) };
  const [start, end] = firstDay(a) <= firstDay(b) ? [a, b] : [b, a];
  return { start: dateText(start), end: dateText(end) };
});

/** A quote cut from a source's text at [a, a + length), trimmed, with its true offset and paragraph. */
function citeAt(source: { id: string; text: string }, a: number, length: number): Citation {
  const { text } = source;
  let offset = a % text.length;
  let quote = text.slice(offset, offset + 1 + (length % 80));
  offset += quote.length - quote.trimStart().length;
  quote = quote.trim();
  if (quote === '') {
    quote = text.trim();
    offset = text.length - text.trimStart().length;
  }
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + quote.length);
  const end = newline === -1 ? text.length : newline;
  return { source: source.id, quote, offset, paragraph: { offset: start, text: text.slice(start, end) } };
}

/** Random but valid timelines: lanes, kinds, articles, events quoting slices of them, landmarks, narratives. */
const timelineArb: fc.Arbitrary<Timeline> = fc
  .record({
    title: textArb,
    description: textArb,
    lanes: fc.uniqueArray(fc.record({ id: idArb, label: textArb }), { selector: (l) => l.id, minLength: 1, maxLength: 4 }),
    kinds: fc.uniqueArray(fc.record({ id: idArb, label: textArb }), { selector: (k) => k.id, minLength: 1, maxLength: 4 }),
    sources: fc.uniqueArray(
      fc.record(
        {
          id: idArb,
          file: fc.stringMatching(/^[\w.-]{1,12}\.txt$/),
          label: textArb,
          credit: textArb,
          dateline: textArb,
          notes: textArb,
          text: articleArb,
        },
        { requiredKeys: ['id', 'file', 'label', 'text'] },
      ),
      { selector: (s) => s.id, minLength: 1, maxLength: 3 },
    ),
    landmarks: fc.option(
      fc.array(
        fc.tuple(textArb, rangeArb).map(([label, range]) => ({ label, ...range })),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
  })
  .chain((head) => {
    const cite = fc.tuple(fc.nat(head.sources.length - 1), fc.nat(), fc.nat()).map(([s, a, length]) => citeAt(head.sources[s]!, a, length));
    const event = fc
      .record(
        {
          id: idArb,
          title: textArb,
          summary: textArb,
          range: rangeArb,
          qualifier: fc.constantFrom('before' as const, 'by' as const, 'about' as const, 'after' as const),
          dateBasis: textArb,
          lane: fc.constantFrom(...head.lanes.map((l) => l.id)),
          kinds: fc.shuffledSubarray(
            head.kinds.map((k) => k.id),
            { minLength: 1 },
          ),
          citations: fc.array(cite, { minLength: 1, maxLength: 3 }),
          discrepancies: fc.array(fc.record({ topic: textArb, note: textArb, citations: fc.array(cite, { minLength: 2, maxLength: 3 }) }), {
            maxLength: 2,
          }),
          backdrop: fc.boolean(),
          notes: textArb,
        },
        { requiredKeys: ['id', 'title', 'summary', 'range', 'dateBasis', 'lane', 'kinds', 'citations'] },
      )
      .map(({ range, ...rest }) => ({ ...rest, ...range }));
    return fc.record({ head: fc.constant(head), events: fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength: 6 }) });
  })
  .chain(({ head: { landmarks, ...head }, events }) => {
    const step = fc.record(
      { event: fc.constantFrom(...events.map((e) => e.id)), title: textArb, note: textArb },
      { requiredKeys: ['event'] },
    );
    const narrative = fc.record(
      { id: idArb, title: textArb, description: textArb, steps: fc.array(step, { minLength: 1, maxLength: 4 }) },
      { requiredKeys: ['id', 'title', 'steps'] },
    );
    return fc
      .option(fc.uniqueArray(narrative, { selector: (n) => n.id, minLength: 1, maxLength: 2 }), { nil: undefined })
      .map((narratives): Timeline => ({
        schemaVersion: 1,
        ...head,
        ...(landmarks && { landmarks }),
        ...(narratives && { narratives }),
        events,
      }));
  });

// ---------------------------------------------------------------- properties

/** Each property takes well under a second alone; the margin is for a busy machine. */
const PROPERTY = { timeout: 30_000 };

describe('parseTimeline on arbitrary input: a TimelineDataError with its problems, or a timeline; never another exception', () => {
  test('any JSON value', PROPERTY, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => void outcome(json)),
      { numRuns: 500 },
    );
  });

  test('any JSON text, with __proto__ and constructor keys, huge numbers and control characters', PROPERTY, () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    fc.assert(
      fc.property(jsonTextArb, (text) => void outcome(JSON.parse(text))),
      { numRuns: 500 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(before);
  });

  test('anything JavaScript can hold: maps, typed arrays, boxed values, null prototypes, bigints, sparse arrays', PROPERTY, () => {
    fc.assert(
      fc.property(anythingArb, (value) => void outcome(value)),
      { numRuns: 500 },
    );
  });

  test('any values in place of a valid document’s top-level fields', PROPERTY, () => {
    const document = makeTimeline();
    const fields = fc.record(
      Object.fromEntries(
        [...Object.keys(document), 'landmarks', 'narratives'].map((key) => [
          key,
          fc.oneof(
            anythingArb,
            jsonTextArb.map((t) => JSON.parse(t) as unknown),
          ),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fields, (change) => void outcome({ ...document, ...change })),
      { numRuns: 200 },
    );
  });
});

describe.each(BASES)('one change to %s', (_name, document) => {
  const paths = pathsOf(document);
  const pathArb = fc.nat(paths.length - 1).map((i) => paths[i]!);

  test('replacing any value anywhere: still drawable, or rejected about that place only', PROPERTY, () => {
    fc.assert(
      fc.property(pathArb, replacementArb(document), (path, value) => {
        const changed = setAt(document, path, value);
        const result = outcome(changed);
        if (result.ok) expectDrawable(result.timeline);
        else expectProblemsAbout(result.problems, path, changed);
      }),
      { numRuns: 400 },
    );
  });

  test('deleting any field or list item: still drawable, or rejected about that place only', PROPERTY, () => {
    fc.assert(
      fc.property(
        pathArb.filter((path) => path.length > 0),
        (path) => {
          const { document: changed, changed: place } = deleteAt(document, path);
          const result = outcome(changed);
          if (result.ok) expectDrawable(result.timeline);
          else expectProblemsAbout(result.problems, place, changed);
        },
      ),
      { numRuns: 300 },
    );
  });

  test(
    'checks in parts (as the document worker makes them): yes exactly where parseTimeline takes the changed document as it is and its events come last',
    PROPERTY,
    () => {
      const change = fc.oneof(
        fc.tuple(pathArb, replacementArb(document)).map(([path, value]) => setAt(document, path, value)),
        pathArb.filter((path) => path.length > 0).map((path) => deleteAt(document, path).document),
      );
      fc.assert(
        fc.property(change, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 16, max: 4096 }), (changed, perPart, piece) => {
          const text = JSON.stringify(changed);
          if (text === undefined) return;
          const json = JSON.parse(text) as unknown;
          const eventsLast = typeof json === 'object' && json !== null && Object.keys(json).at(-1) === 'events';
          expect(passesInParts(text, { perPart, piece })).toBe(eventsLast && takenAsItIs(json));
        }),
        { numRuns: 300 },
      );
    },
  );

  test('an id copied from another entry of the same list is reported where it repeats', PROPERTY, () => {
    const lists = (['lanes', 'kinds', 'sources', 'events', 'narratives', 'actors'] as const).filter(
      (list) => (document[list]?.length ?? 0) >= 2,
    );
    const what = { lanes: 'lane', kinds: 'kind', sources: 'source', events: 'event', narratives: 'narrative', actors: 'actor' } as const;
    const arb = fc.constantFrom(...lists).chain((list) => {
      const n = document[list]!.length;
      return fc.tuple(fc.constant(list), fc.nat(n - 1), fc.nat(n - 1)).filter(([, i, j]) => i !== j);
    });
    fc.assert(
      fc.property(arb, ([list, i, j]) => {
        const id = document[list]![j]!.id;
        const changed = setAt(document, [list, i, 'id'], id) as Timeline;
        const problems = problemsOf(changed);
        expect(problems).toContain(`${where([list, Math.max(i, j), 'id'], changed)}: duplicate ${what[list]} id ${JSON.stringify(id)}`);
        expectProblemsAbout(problems, [list, i, 'id'], changed);
      }),
      { numRuns: 200 },
    );
  });

  test('a citation of a source the document does not have is reported at that citation, alone', PROPERTY, () => {
    const known = new Set(document.sources.map((s) => s.id));
    const citations = allCitationPaths(document);
    fc.assert(
      fc.property(
        fc.constantFrom(...citations),
        idArb.filter((id) => !known.has(id)),
        (citation, source) => {
          const changed = setAt(document, [...citation, 'source'], source) as Timeline;
          expect(problemsOf(changed)).toEqual([`${where([...citation, 'source'], changed)}: unknown source ${JSON.stringify(source)}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('an impossible date is reported at that date, alone', PROPERTY, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dateFieldPaths(document)),
        fc.constantFrom('2022-13', '2024-02-30', '2023-02-29', '0000-00', '2021-00', '2021-04-31', '1900-02-29', '2024-01-00'),
        (path, date) => {
          const changed = setAt(document, path, date) as Timeline;
          expect(problemsOf(changed)).toEqual([`${where(path, changed)}: is not a real calendar date`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('an end before its start is reported at that end, alone', PROPERTY, () => {
    const ranged = [
      ...document.events.map((_, e): Path => ['events', e]),
      ...(document.landmarks ?? []).map((_, l): Path => ['landmarks', l]),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...ranged).chain((at) => {
          const { start } = getAt(document, at) as { start: string };
          // Any date in an earlier year ends before the start begins.
          return fc.tuple(fc.constant(at), fc.constant(start), dayIn(1000, Number(start.slice(0, 4)) - 1).map(dateText));
        }),
        ([at, start, end]) => {
          const changed = setAt(document, [...at, 'end'], end) as Timeline;
          expect(problemsOf(changed)).toEqual([`${where([...at, 'end'], changed)}: ends (${end}) before it starts (${start})`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a shifted offset is reported at that citation, alone, unless the quote happens to be there too', PROPERTY, () => {
    const citations = allCitationPaths(document);
    const texts = new Map(document.sources.map((s) => [s.id, s.text]));
    fc.assert(
      fc.property(
        fc.constantFrom(...citations),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        (at, delta) => {
          const citation = getAt(document, at) as Citation;
          const offset = citation.offset + delta;
          const changed = setAt(document, [...at, 'offset'], offset) as Timeline;
          const result = outcome(changed);
          if (offset < 0) {
            expect(result).toEqual({ ok: false, problems: [`${where([...at, 'offset'], changed)}: Too small: expected number to be >=0`] });
          } else if (texts.get(citation.source)!.slice(offset, offset + citation.quote.length) !== citation.quote) {
            expect(result).toEqual({
              ok: false,
              problems: [
                `${where([...at, 'offset'], changed)}: quote is not at offset ${offset} of source ${JSON.stringify(citation.source)}`,
              ],
            });
          } else if (result.ok) {
            expectDrawable(result.timeline);
          } else {
            expect(result.problems).toEqual([
              `${where([...at, 'paragraph'], changed)}: paragraph does not hold the quote in source ${JSON.stringify(citation.source)}`,
            ]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('no events at all is one problem', () => {
    expect(problemsOf({ ...document, events: [] })).toEqual(['events: the timeline has no events']);
  });
});

describe('random valid timelines', () => {
  test('always parse, to themselves, also after a JSON round trip, and pass the checks in parts', PROPERTY, () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        const direct = outcome(timeline);
        if (!direct.ok) throw new Error(direct.problems.join('\n'));
        expect(direct.timeline).toEqual(timeline);
        expect(parseTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
        expectDrawable(direct.timeline);
        expect(passesInParts(JSON.stringify(timeline), { perPart: 1 + (timeline.events.length % 3) })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the listed malformations, one example each (the fixture: events[0] "campaign-begins" 2021, [1] "intrusion" 2022-10 – 2023, [2] "charges-filed" 2024-03-25)', () => {
  const changed = (path: Path, value: unknown) => setAt(makeTimeline(), path, value);

  test.each<[string, unknown, string[]]>([
    [
      'a deleted required field',
      deleteAt(makeTimeline(), ['events', 1, 'dateBasis']).document,
      ['events[1] "intrusion": dateBasis: Invalid input: expected string, received undefined'],
    ],
    [
      'a deleted paragraph',
      deleteAt(makeTimeline(), ['events', 2, 'citations', 1, 'paragraph']).document,
      ['events[2] "charges-filed": citations[1].paragraph: Invalid input: expected object, received undefined'],
    ],
    [
      'a number for a title',
      changed(['events', 0, 'title'], 42),
      ['events[0] "campaign-begins": title: Invalid input: expected string, received number'],
    ],
    [
      'an object for a lane',
      changed(['events', 0, 'lane'], { id: 'us' }),
      ['events[0] "campaign-begins": lane: Invalid input: expected string, received object'],
    ],
    [
      'a fractional offset',
      changed(['events', 0, 'citations', 0, 'offset'], 91.5),
      ['events[0] "campaign-begins": citations[0].offset: Invalid input: expected int, received number'],
    ],
    [
      'an unsafe integer offset',
      changed(['events', 0, 'citations', 0, 'offset'], 2 ** 64),
      ['events[0] "campaign-begins": citations[0].offset: Too big: expected int to be <=9007199254740991'],
    ],
    [
      'a negative offset',
      changed(['events', 0, 'citations', 0, 'offset'], -1),
      ['events[0] "campaign-begins": citations[0].offset: Too small: expected number to be >=0'],
    ],
    ['month 13', changed(['events', 1, 'start'], '2022-13'), ['events[1] "intrusion": start: is not a real calendar date']],
    ['30 February', changed(['events', 2, 'start'], '2024-02-30'), ['events[2] "charges-filed": start: is not a real calendar date']],
    [
      '29 February in a common year',
      changed(['events', 2, 'start'], '2023-02-29'),
      ['events[2] "charges-filed": start: is not a real calendar date'],
    ],
    ['month 00 of year 0000', changed(['events', 1, 'end'], '0000-00'), ['events[1] "intrusion": end: is not a real calendar date']],
    [
      'a date with a time',
      changed(['events', 0, 'start'], '2021-01-01T00:00'),
      ['events[0] "campaign-begins": start: must be an ISO 8601 date: "2014", "2022-10" or "2024-03-25"'],
    ],
    [
      'an end before its start',
      changed(['events', 0, 'end'], '2020'),
      ['events[0] "campaign-begins": end: ends (2020) before it starts (2021)'],
    ],
    [
      'a duplicate lane id',
      changed(['lanes', 1, 'id'], 'us'),
      ['lanes[1].id: duplicate lane id "us"', 'events[1] "intrusion": lane: unknown lane "uk"'],
    ],
    // The first "wire" keeps its quotes: only the duplicate and the citations of the vanished "brief" are reported.
    [
      'a duplicate source id',
      changed(['sources', 1, 'id'], 'wire'),
      [
        'sources[1].id: duplicate source id "wire"',
        'events[2] "charges-filed": citations[1].source: unknown source "brief"',
        'events[2] "charges-filed": discrepancies[0].citations[1].source: unknown source "brief"',
      ],
    ],
    [
      'a citation of an unknown source',
      changed(['events', 2, 'discrepancies', 0, 'citations', 0, 'source'], 'afp'),
      ['events[2] "charges-filed": discrepancies[0].citations[0].source: unknown source "afp"'],
    ],
    [
      'an offset shifted by one',
      changed(['events', 2, 'citations', 0, 'offset'], 1),
      ['events[2] "charges-filed": citations[0].offset: quote is not at offset 1 of source "wire"'],
    ],
    [
      'an id that is not a string, so the event goes unnamed',
      changed(['events', 2, 'id'], 7),
      ['events[2]: id: Invalid input: expected string, received number'],
    ],
  ])('%s', (_case, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  test('29 February in a leap year is a real date', () => {
    expect(outcome(changed(['events', 2, 'start'], '2024-02-29')).ok).toBe(true);
  });

  test('an end before its start in a landmark of the built-in story', () => {
    const end = '2013';
    expect(problemsOf(setAt(story, ['landmarks', 0, 'end'], end))).toEqual([
      `landmarks[0].end: ends (${end}) before it starts (${story.landmarks![0]!.start})`,
    ]);
  });

  test('a valid document nested under "__proto__" is not read through the prototype', () => {
    const text = `{"__proto__": ${JSON.stringify(makeTimeline())}}`;
    expect(problemsOf(JSON.parse(text))).toHaveLength(7);
  });

  test('extra "__proto__" and "constructor" keys are dropped, and pollute nothing', () => {
    const valid = JSON.stringify(makeTimeline());
    const text = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${valid.slice(1)}`;
    const timeline = parseTimeline(JSON.parse(text));
    expect(timeline).toEqual(makeTimeline());
    expect(Object.keys(timeline)).not.toContain('__proto__');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('nesting 100,000 levels deep', () => {
  const DEPTH = 100_000;
  // V8's JSON.parse is not recursive: it takes this depth (and 1,000,000) without a RangeError.
  const nestedArrays = JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`) as unknown;
  const nestedObjects = JSON.parse(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`) as unknown;

  test.each<[string, unknown, string[]]>([
    ['as the document', nestedArrays, ['Invalid input: expected object, received array']],
    ['as the events', { ...makeTimeline(), events: nestedArrays }, ['events[0]: Invalid input: expected object, received array']],
    [
      'as an event',
      { ...makeTimeline(), events: [nestedObjects] },
      [
        'events[0]: id: Invalid input: expected string, received undefined',
        'events[0]: title: Invalid input: expected string, received undefined',
        'events[0]: summary: Invalid input: expected string, received undefined',
        'events[0]: start: Invalid input: expected string, received undefined',
        'events[0]: dateBasis: Invalid input: expected string, received undefined',
        'events[0]: lane: Invalid input: expected string, received undefined',
        'events[0]: kinds: Invalid input: expected array, received undefined',
        'events[0]: citations: Invalid input: expected array, received undefined',
      ],
    ],
    ['as a title', { ...makeTimeline(), title: nestedArrays }, ['title: Invalid input: expected string, received array']],
    [
      'as a citation list',
      setAt(makeTimeline(), ['events', 1, 'citations'], nestedArrays),
      ['events[1] "intrusion": citations[0]: Invalid input: expected object, received array'],
    ],
    [
      'as a paragraph',
      setAt(makeTimeline(), ['events', 1, 'citations', 0, 'paragraph'], nestedObjects),
      [
        'events[1] "intrusion": citations[0].paragraph.offset: Invalid input: expected number, received undefined',
        'events[1] "intrusion": citations[0].paragraph.text: Invalid input: expected string, received undefined',
      ],
    ],
  ])('%s is reported, not a stack overflow', (_case, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  test('at any depth up to 200,000, anywhere in a valid document', PROPERTY, () => {
    const document = makeTimeline();
    const paths = pathsOf(document);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom(['[', ']'], ['{"a":', '}'], ['{"__proto__":', '}']),
        fc.nat(paths.length - 1),
        (depth, [open, close], at) => {
          const nested: unknown = JSON.parse(`${open.repeat(depth)}${open === '[' ? '' : 'null'}${close.repeat(depth)}`);
          const result = outcome(setAt(document, paths[at]!, nested));
          if (!result.ok) expectProblemsAbout(result.problems, paths[at]!, setAt(document, paths[at]!, null));
        },
      ),
      { numRuns: 20 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod/mini';
import { makeDisputedTimeline, makeTimeline } from './fixtures';
import { parseTimeline, TimelineDataError } from './parseTimeline';
import { timelineSchema } from './schema';
import { formCheck } from './schemaForm';

const inSchemaForm = formCheck(timelineSchema)!;

type Path = (string | number)[];

/** Every place in a JSON value: each object key and array index, at every depth. */
function placesIn(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...path, index], ...placesIn(item, [...path, index])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => [[...path, key], ...placesIn(item, [...path, key])]);
  return [];
}

/** A copy of `document` with the value at `path` replaced, or removed (undefined). */
function changed(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** What could go in a place: anything JSON holds, and near misses of what the schema wants. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', ' padded ', 'Not-An-Id', '2024-02-30', '2024-13', '2024-03-25', 'act', 'before', -1, 1.5, 0, 7, true, null),
  fc.constant(undefined),
);

describe('formCheck', () => {
  test('reads the whole timeline schema (a part of zod it cannot read would leave every document to zod)', () => {
    expect(formCheck(timelineSchema)).not.toBeNull();
  });

  test.each([
    ['the fixture', makeTimeline()],
    ['a story with a denial and disagreements', makeDisputedTimeline()],
  ])('%s, as compiled, is in the schema’s own form', (_name, timeline) => {
    expect(inSchemaForm(JSON.parse(JSON.stringify(timeline)))).toBe(true);
  });

  test('only what zod gives back unchanged is in the schema’s own form, whatever one place holds', () => {
    const bases = [makeTimeline(), makeDisputedTimeline()].map((timeline) => JSON.parse(JSON.stringify(timeline)) as unknown);
    const cases = fc.constantFrom(...bases).chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...placesIn(base)), replacement));
    fc.assert(
      fc.property(cases, ([base, path, value]) => {
        const document = changed(base, path, value);
        const parsed = timelineSchema.safeParse(document);
        const quick = inSchemaForm(document);
        if (quick) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(document);
        } else if (parsed.success) {
          // Valid, but not as it stands: zod trims a string or drops a key.
          expect(parsed.data).not.toStrictEqual(document);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a string zod would trim or a key it would drop is left to zod', () => {
    const base = JSON.parse(JSON.stringify(makeTimeline())) as Record<string, unknown>;
    expect(inSchemaForm({ ...base, title: ` ${String(base.title)}` })).toBe(false);
    expect(inSchemaForm({ ...base, extra: 1 })).toBe(false);
  });

  test('each kind of check it reads', () => {
    const check = (schema: z.ZodMiniType) => formCheck(schema)!;
    const id = check(z.string().check(z.regex(/^[a-z]+$/)));
    expect([id('abc'), id('ABC'), id(3)]).toEqual([true, false, false]);
    const offset = check(z.number().check(z.int(), z.nonnegative()));
    expect([offset(0), offset(7), offset(-1), offset(1.5), offset(Infinity), offset('1')]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const day = check(z.string().check(z.refine((value: string) => value.startsWith('2'))));
    expect([day('2024'), day('1999')]).toEqual([true, false]);
    const list = check(z.array(z.boolean()).check(z.minLength(1)));
    expect([list([true]), list([]), list([1]), list({ length: 1, 0: true })]).toEqual([true, false, false, false]);
    const choice = check(z.object({ kind: z.enum(['a', 'b']), yes: z.optional(z.literal(true)) }));
    expect([choice({ kind: 'a' }), choice({ kind: 'c' }), choice({ kind: 'a', yes: true }), choice({ kind: 'a', yes: false })]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    const link = check(z.url({ protocol: /^https?$/ }));
    expect([link('https://example.com/'), link('ftp://example.com/'), link('not a link')]).toEqual([true, false, false]);
  });

  test('a document it cannot read (a getter that throws) is reported by parseTimeline as a problem, not thrown past it', () => {
    const document = JSON.parse(JSON.stringify(makeTimeline())) as Record<string, unknown>;
    Object.defineProperty(document, 'title', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    });
    expect(() => parseTimeline(document)).toThrow(TimelineDataError);
  });

  test('a part of zod it does not read leaves the whole schema to zod', () => {
    expect(formCheck(z.object({ when: z.date() }))).toBeNull();
    expect(formCheck(z.union([z.string(), z.number()]))).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../src/data/parseTimeline';
import { timelineSchema } from '../../src/data/schema';
import { ALL_PAYLOADS, hostileTimeline, LONG_PAYLOAD, PAYLOADS } from './hostileStory';

/** A schema node as zod/mini keeps it: enough of its definition to walk it. */
interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode } };
}

/** Every place the schema holds a string, as a path with `[]` for array items: "events[].citations[].quote". */
function stringPaths(node: SchemaNode, path: string): string[] {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return [path];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => stringPaths(child, path ? `${path}.${key}` : key));
    case 'array':
      return stringPaths(def.element!, `${path}[]`);
    case 'optional':
    case 'nullable':
    case 'default':
      return stringPaths(def.innerType!, path);
    case 'number':
    case 'boolean':
    case 'literal':
    case 'enum':
      return [];
    default:
      throw new Error(`${path}: a ${def.type} in the schema; teach this walk about it`);
  }
}

/** Every string in a document, by the same kind of path. */
function documentStrings(value: unknown, path: string, out: { path: string; value: string }[] = []) {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item) => documentStrings(item, `${path}[]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) documentStrings(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** Strings the schema constrains to ids, dates, references or file names: no room for a payload. */
const STRUCTURAL = new Set([
  'actors[].id',
  'updated',
  'corrections[].date',
  'lanes[].id',
  'kinds[].id',
  'landmarks[].start',
  'landmarks[].end',
  'narratives[].id',
  'narratives[].steps[].event',
  'sources[].id',
  'sources[].file',
  'sources[].published',
  'events[].id',
  'events[].start',
  'events[].end',
  'events[].lane',
  'events[].kinds[]',
  'events[].citations[].source',
  'events[].discrepancies[].citations[].source',
  'events[].claimedBy[]',
  'events[].by[]',
  'events[].relations[].event',
  'events[].corrections[].date',
]);

const story = hostileTimeline();
const schemaPaths = stringPaths(timelineSchema, '');
const freeTextPaths = schemaPaths.filter((path) => !STRUCTURAL.has(path));
const strings = documentStrings(story, '');

describe('the hostile story', () => {
  test('passes the app’s own validation unchanged, and is the same every time', () => {
    const parsed = parseTimeline(structuredClone(story));
    // Validation trims text fields: nothing may have been trimmed away.
    expect(parsed).toEqual(story);
    expect(JSON.stringify(hostileTimeline())).toBe(JSON.stringify(story));
  });

  test('every string field in the schema is known here as structural or free text', () => {
    expect(schemaPaths.filter((path) => STRUCTURAL.has(path)).sort()).toEqual([...STRUCTURAL].sort());
    // The free-text fields the brief names, so a schema change that drops one is noticed too.
    expect(freeTextPaths.sort()).toEqual(
      [
        'title',
        'description',
        'actors[].label',
        'actors[].aliases[]',
        'corrections[].note',
        'lanes[].label',
        'kinds[].label',
        'landmarks[].label',
        'narratives[].title',
        'narratives[].description',
        'narratives[].steps[].title',
        'narratives[].steps[].note',
        'sources[].label',
        'sources[].credit',
        'sources[].dateline',
        'sources[].notes',
        'sources[].url',
        'sources[].text',
        'events[].title',
        'events[].shortTitle',
        'events[].summary',
        'events[].dateBasis',
        'events[].notes',
        'events[].corrections[].note',
        'events[].outsideKnowledge',
        'events[].origin.link',
        'events[].origin.credit',
        'events[].origin.caption',
        'events[].citations[].quote',
        'events[].citations[].paragraph.text',
        'events[].discrepancies[].topic',
        'events[].discrepancies[].note',
        'events[].discrepancies[].citations[].quote',
        'events[].discrepancies[].citations[].paragraph.text',
      ].sort(),
    );
  });

  test.each(freeTextPaths)('%s: present, and every value carries every payload', (path) => {
    const values = strings.filter((s) => s.path === path).map((s) => s.value);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      for (const [name, payload] of Object.entries(PAYLOADS)) {
        expect(value.includes(payload), `${path} lacks the ${name} payload: ${value.slice(0, 80)}`).toBe(true);
      }
    }
  });

  test('the 10,000-character string is 10,000 characters, and fields of every long kind carry it', () => {
    expect(LONG_PAYLOAD).toHaveLength(10_000);
    const carriers = new Set(strings.filter((s) => s.value.includes(LONG_PAYLOAD)).map((s) => s.path));
    for (const path of [
      'description',
      'corrections[].note',
      'events[].outsideKnowledge',
      'narratives[].description',
      'narratives[].steps[].note',
      'sources[].notes',
      'sources[].text',
      'events[].title',
      'events[].summary',
      'events[].dateBasis',
      'events[].notes',
      'events[].citations[].quote',
      'events[].citations[].paragraph.text',
      'events[].discrepancies[].topic',
      'events[].discrepancies[].note',
    ]) {
      expect(carriers.has(path), path).toBe(true);
    }
  });

  test('every structural string is a valid id, date, reference or file name, with no payload in it', () => {
    for (const { path, value } of strings.filter((s) => STRUCTURAL.has(s.path))) {
      expect(value, path).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\.txt)?|\d{4}(?:-\d{2}(?:-\d{2})?)?)$/);
    }
  });

  test('quotes sit at their offsets inside their paragraphs, and paragraphs are whole lines of the article', () => {
    const texts = new Map(story.sources.map((source) => [source.id, source.text]));
    const citations = story.events.flatMap((event) => [
      ...event.citations,
      ...(event.discrepancies ?? []).flatMap((discrepancy) => discrepancy.citations),
    ]);
    expect(citations.length).toBeGreaterThan(10);
    for (const citation of citations) {
      const text = texts.get(citation.source)!;
      expect(text.slice(citation.offset, citation.offset + citation.quote.length)).toBe(citation.quote);
      expect(text.slice(citation.paragraph.offset, citation.paragraph.offset + citation.paragraph.text.length)).toBe(
        citation.paragraph.text,
      );
      // A whole line: what the full-article dialog shows as one paragraph.
      expect(citation.paragraph.offset === 0 || text[citation.paragraph.offset - 1] === '\n').toBe(true);
      const after = citation.paragraph.offset + citation.paragraph.text.length;
      expect(after === text.length || text[after] === '\n').toBe(true);
      // Each quote is found once in its article, as the compiler requires of curated quotes.
      expect(text.indexOf(citation.quote)).toBe(text.lastIndexOf(citation.quote));
    }
    // One paragraph holds two quotes, so a card marks two runs in one paragraph.
    const paragraphs = citations.map((c) => `${c.source}:${c.paragraph.offset}`);
    expect(new Set(paragraphs).size).toBeLessThan(paragraphs.length);
  });

  test('the payloads include the ones the brief names', () => {
    for (const payload of [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '<svg onload="window.__pwned=3"><circle/></svg>',
      '"><img src=x onerror=window.__pwned=4>',
      "' onmouseover='window.__pwned=5",
      'javascript:window.__pwned=6',
      '<a href="javascript:window.__pwned=7">x</a>',
      '<iframe srcdoc="<script>parent.__pwned=8</script>">',
      "{{constructor.constructor('window.__pwned=9')()}}",
      '</script><script>window.__pwned=10</script>',
      'alert(1)',
      '\u202E',
      '\u200B',
      '\uFEFF',
    ]) {
      expect(ALL_PAYLOADS).toContain(payload);
    }
  });
});

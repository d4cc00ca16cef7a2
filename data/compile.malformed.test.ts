/**
 * Malformed curated input that compile.test.ts does not already cover: broken files
 * (YAML and JSON that do not parse, files that are missing or hold the wrong thing),
 * values of the wrong type as YAML produces them, and lists that are not lists.
 * Each is rejected, and each problem names its file or its place in the story.
 *
 * Already covered in compile.test.ts: a quote not in the article, unknown sources,
 * duplicate event ids, impossible dates, an end before its start, a missing article file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { makeCuratedFiles, type CuratedFiles } from '../src/data/fixtures';
import { compileTimeline } from './compile';
import { compileStoryDir } from './readStory';

// makeCuratedFiles() lists events newest first:
//   events[0] "charges-filed" (2024-03-25), events[1] "intrusion" (2022-10 – 2023), events[2] "campaign-begins" (2021)
//   sources[0] "wire" (wire.txt), sources[1] "brief" (brief.txt)

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface RawFiles {
  /** events.yaml as text; undefined: no such file. */
  events?: string | undefined;
  /** sources.json as text; undefined: no such file. */
  manifest?: string | undefined;
  /** Files in sources/; undefined: no sources folder. */
  texts?: Record<string, string> | undefined;
}

/** The fixture story written out as a data folder, with `change` applied to the file texts. */
function storyDir(change: (files: Required<RawFiles>) => RawFiles = (files) => files): string {
  const curated = makeCuratedFiles();
  const files = change({ events: stringify(curated.story), manifest: JSON.stringify(curated.manifest, null, 2), texts: curated.texts });
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  dirs.push(dir);
  if (files.events !== undefined) writeFileSync(join(dir, 'events.yaml'), files.events);
  if (files.manifest !== undefined) writeFileSync(join(dir, 'sources.json'), files.manifest);
  if (files.texts !== undefined) {
    mkdirSync(join(dir, 'sources'));
    for (const [name, text] of Object.entries(files.texts)) writeFileSync(join(dir, 'sources', name), text);
  }
  return dir;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A file as problem lines name it: relative to where the compiler runs. */
const shown = (dir: string, file: string) => relative(process.cwd(), join(dir, file));

function problemsOf(dir: string): string[] {
  const result = compileStoryDir(dir);
  if (result.ok) throw new Error('the story compiled');
  return result.problems;
}

describe('compileStoryDir on broken files names the file', () => {
  test('the fixture, written out, compiles (so every failure below is the change)', () => {
    expect(compileStoryDir(storyDir()).ok).toBe(true);
  });

  test('YAML that does not parse: the file, the reason and the line', () => {
    const dir = storyDir((f) => ({ ...f, events: f.events.replace('title: A small test story', 'title: A small: test story') }));
    const [problem, ...rest] = problemsOf(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${escapeRegExp(shown(dir, 'events.yaml'))}: Nested mappings are not allowed in compact mappings at line 1, column 8:`),
    );
  });

  test('an unclosed list in YAML', () => {
    const dir = storyDir((f) => ({ ...f, events: f.events.replace('kinds:\n      - charges', 'kinds: [charges') }));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(shown(dir, 'events.yaml'))}: .* at line \\d+, column \\d+:`)),
    ]);
  });

  test('a key written twice in YAML', () => {
    const dir = storyDir((f) => ({
      ...f,
      events: f.events.replace('title: A small test story', 'title: A small test story\ntitle: Again'),
    }));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(shown(dir, 'events.yaml'))}: Map keys must be unique at line 2, column 1:`)),
    ]);
  });

  test('YAML aliases that would expand without bound', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const dir = storyDir((f) => ({ ...f, events: `${bomb.join('\n')}\n${f.events}` }));
    expect(problemsOf(dir)).toEqual([`${shown(dir, 'events.yaml')}: Excessive alias count indicates a resource exhaustion attack`]);
  });

  test.each<[string, string, string]>([
    ['an empty file', '', 'nothing (the file is empty)'],
    ['only comments', '# to do\n', 'nothing (the file is empty)'],
    ['a list', '- id: uk\n', 'a list'],
    ['a line of text', 'the story\n', 'a string'],
  ])('events.yaml holding %s', (_case, events, found) => {
    const dir = storyDir((f) => ({ ...f, events }));
    expect(problemsOf(dir)).toEqual([
      `${shown(dir, 'events.yaml')}: must hold the story's fields (title, description, lanes, kinds, events), but holds ${found}`,
    ]);
  });

  test('JSON that does not parse in sources.json', () => {
    const dir = storyDir((f) => ({ ...f, manifest: f.manifest.replace(/\]\s*$/, '') }));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(shown(dir, 'sources.json'))}: .*JSON`))]);
  });

  test('both files missing: both named', () => {
    const dir = storyDir((f) => ({ ...f, events: undefined, manifest: undefined }));
    expect(problemsOf(dir)).toEqual([`${shown(dir, 'events.yaml')}: file not found`, `${shown(dir, 'sources.json')}: file not found`]);
  });

  test('no sources folder: every article named', () => {
    const dir = storyDir((f) => ({ ...f, texts: undefined }));
    expect(problemsOf(dir)).toEqual([
      'sources[0].file: no article file "wire.txt" in data/sources/',
      'sources[1].file: no article file "brief.txt" in data/sources/',
    ]);
  });

  test('a year written without quotes is a number in YAML, reported at its place', () => {
    const dir = storyDir((f) => ({ ...f, events: f.events.replace(`start: "2021"`, 'start: 2021') }));
    expect(problemsOf(dir)).toEqual(['events[2] "campaign-begins": start: Invalid input: expected string, received number']);
  });

  test('a "__proto__" key in YAML is ignored and pollutes nothing', () => {
    const dir = storyDir((f) => ({ ...f, events: `__proto__:\n  polluted: true\n${f.events}` }));
    expect(compileStoryDir(dir).ok).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

/** Curated files loosely typed, so a test can put any value anywhere. */
interface LooseFiles {
  story: Record<string, unknown> & { events: Record<string, unknown>[] };
  manifest: unknown;
  texts: Record<string, string>;
}

/** A fresh valid set of curated files changed by `mutate`. */
function broken(mutate: (files: LooseFiles) => void): CuratedFiles {
  const files = makeCuratedFiles();
  mutate(files);
  return files;
}

const eventAt = (f: LooseFiles, index: number) => f.story.events[index]!;
const citationAt = (f: LooseFiles, event: number, index: number) => (eventAt(f, event).citations as Record<string, unknown>[])[index]!;

describe('compileTimeline on values of the wrong type or shape', () => {
  test.each<[string, (files: LooseFiles) => void, string[]]>([
    ['an empty event list', (f) => void (f.story.events = []), ['events: the timeline has no events']],
    [
      'events with no value (`events:` in YAML)',
      (f) => void ((f.story as Record<string, unknown>).events = null),
      ['events: Invalid input: expected array, received null'],
    ],
    [
      'events as a mapping',
      (f) => void ((f.story as Record<string, unknown>).events = { 'charges-filed': {} }),
      ['events: Invalid input: expected array, received object'],
    ],
    [
      'an event that is a line of text',
      (f) => void (f.story.events as unknown[]).unshift('charges filed'),
      ['events[0]: Invalid input: expected object, received string'],
    ],
    [
      'kinds as one word rather than a list',
      (f) => void Object.assign(eventAt(f, 1), { kinds: 'breach' }),
      ['events[1] "intrusion": kinds: Invalid input: expected array, received string'],
    ],
    [
      'a quote that is a number',
      (f) => void Object.assign(citationAt(f, 2, 0), { quote: 2021 }),
      ['events[2] "campaign-begins": citations[0].quote: Invalid input: expected string, received number'],
    ],
    [
      'a citation that is only a source id',
      (f) => void Object.assign(eventAt(f, 2), { citations: ['wire'] }),
      ['events[2] "campaign-begins": citations[0]: Invalid input: expected object, received string'],
    ],
    [
      'backdrop as the word "yes" in quotes',
      (f) => void Object.assign(eventAt(f, 1), { backdrop: 'yes' }),
      ['events[1] "intrusion": backdrop: Invalid input: expected boolean, received string'],
    ],
    [
      'lanes as a mapping',
      (f) => void (f.story.lanes = { us: 'United States' }),
      ['lanes: Invalid input: expected array, received object'],
    ],
    [
      'a landmark that ends before it starts',
      (f) => void (f.story.landmarks = [{ label: 'The breach', start: '2024', end: '2023-12' }]),
      ['landmarks[0].end: ends (2023-12) before it starts (2024)'],
    ],
    [
      'a narrative step that is only an event id',
      (f) => void (f.story.narratives = [{ id: 'tour', title: 'A tour', steps: ['intrusion'] }]),
      ['narratives[0].steps[0]: Invalid input: expected object, received string'],
    ],
    ['a manifest that is a mapping', (f) => void (f.manifest = { wire: { file: 'wire.txt' } }), ['sources: must be a list']],
    [
      'a manifest entry with every field of the wrong type',
      (f) => void ((f.manifest as unknown[])[1] = { id: 5, file: ['brief.txt'], label: null }),
      [
        'sources[1].id: Invalid input: expected string, received number',
        'sources[1].file: Invalid input: expected string, received array',
        'sources[1].label: Invalid input: expected string, received null',
        // The citations still name "brief", which no valid entry has now.
        'events[0] "charges-filed": citations[1].source: unknown source "brief"',
        'events[0] "charges-filed": discrepancies[0].citations[1].source: unknown source "brief"',
      ],
    ],
    [
      'an article file name that climbs out of data/sources/',
      (f) => void ((f.manifest as { file: string }[])[1]!.file = '../events.txt'),
      ['sources[1].file: must be a .txt file name in data/sources/'],
    ],
  ])('%s', (_case, mutate, expected) => {
    expect(compileTimeline(broken(mutate))).toEqual({ ok: false, problems: expected });
  });
});

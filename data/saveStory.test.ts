import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { CuratedEvent, SourceManifestEntry } from '../src/data/schema';
import type { DraftStory } from '../src/studio/draft';
import { articleWrites, isArticleFileName, manifestJson, updateStoryYaml } from './saveStory';

const eventsYaml = readFileSync(new URL('events.yaml', import.meta.url), 'utf8');
const sourcesJson = readFileSync(new URL('sources.json', import.meta.url), 'utf8');

/** The real story as the studio would hold it. */
function realStory(): DraftStory {
  return parse(eventsYaml) as DraftStory;
}

function eventById(story: DraftStory, id: string): CuratedEvent {
  const event = story.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** Saves `change` of the real story, checking that the file written parses back to exactly the draft. */
function saved(change: (story: DraftStory) => void): { story: DraftStory; text: string } {
  const story = realStory();
  change(story);
  const text = updateStoryYaml(eventsYaml, story);
  expect(parse(text)).toEqual(story);
  return { story, text };
}

/** The lines of `after` that differ from `before`, from the first difference to the last. */
function changedRegion(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** Text with what YAML treats specially: line breaks, `: `, `#`, quotes, leading dashes and spaces, years, aliases. */
const prose = fc.string({
  minLength: 1,
  unit: fc.oneof(fc.constantFrom('\n', ': ', ' #', "'", '"', '- ', ' ', '2024', '*monday'), fc.string({ unit: 'grapheme' })),
});

const HEADER = eventsYaml.slice(0, eventsYaml.indexOf('\ntitle:'));
const SECTION_COMMENTS = eventsYaml.split('\n').filter((line) => line.startsWith('  # ----'));
const count = (text: string, part: string) => text.split(part).length - 1;

describe('updateStoryYaml on the real events.yaml', () => {
  test('the real file has what these tests rely on: a header, section comments and anchors', () => {
    expect(HEADER).toMatch(/^# The curated story/);
    expect(SECTION_COMMENTS.length).toBeGreaterThan(2);
    expect(count(eventsYaml, '&monday')).toBe(1);
    expect(count(eventsYaml, '*monday')).toBeGreaterThan(2);
  });

  test('saving the story unchanged gives the file back byte for byte', () => {
    expect(updateStoryYaml(eventsYaml, realStory())).toBe(eventsYaml);
  });

  test('an edited summary rewrites only that summary, folded as before', () => {
    const summary = 'The US Justice Department announced charges against seven Chinese nationals, in a statement on Monday.';
    const { text } = saved((story) => (eventById(story, 'us-charges').summary = summary));
    const { removed, added } = changedRegion(eventsYaml, text);
    expect(removed.join('\n')).toContain('The US Justice Department announced that it had charged');
    expect(added).toEqual([
      '      The US Justice Department announced charges against seven Chinese nationals, in a',
      '      statement on Monday.',
    ]);
  });

  test('a changed title changes that line alone', () => {
    const { text } = saved((story) => (story.title = 'China accused of cyber espionage'));
    expect(changedRegion(eventsYaml, text)).toEqual({
      removed: ['title: China accused of more than a decade of cyber espionage'],
      added: ['title: China accused of cyber espionage'],
    });
  });

  test('a new lane is appended in the style of the others', () => {
    const { text } = saved((story) => story.lanes.push({ id: 'eu', label: 'European Union' }));
    expect(changedRegion(eventsYaml, text)).toEqual({ removed: [], added: ['  - { id: eu, label: European Union }'] });
  });

  test('a new event at the end is appended after a blank line, as the events are set apart', () => {
    const event: CuratedEvent = {
      id: 'new-event',
      title: 'A new event',
      summary: 'Something happened.',
      start: '2024-04',
      dateBasis: "'in April' (AFP).",
      lane: 'uk',
      kinds: ['context'],
      assertion: 'act',
      citations: [
        {
          source: 'afp',
          quote: 'The quoted words, exactly as the article prints them, long enough not to fit on one line with the source.',
        },
      ],
    };
    const { text } = saved((story) => story.events.push(event));
    expect(text.startsWith(eventsYaml)).toBe(true);
    expect(text.slice(eventsYaml.length)).toBe(
      [
        '',
        '  - id: new-event',
        '    title: A new event',
        '    summary: Something happened.',
        "    start: '2024-04'",
        `    dateBasis: "'in April' (AFP)."`,
        '    lane: uk',
        '    kinds: [context]',
        '    assertion: act',
        '    citations:',
        '      - source: afp',
        '        quote: The quoted words, exactly as the article prints them, long enough not to fit on one line with the source.',
        '',
      ].join('\n'),
    );
  });

  test('a deleted event takes its lines and one blank line with it; the rest stays as it was', () => {
    const { text } = saved((story) => story.events.splice(1, 1));
    const { removed, added } = changedRegion(eventsYaml, text);
    expect(added).toEqual([]);
    expect(removed[0]).toMatch(/^ {2}- id: /);
    expect(removed.at(-1)).toBe('');
    expect(text).toContain(HEADER);
    expect(text.split('\n').filter((line) => line.startsWith('  # ----'))).toEqual(SECTION_COMMENTS);
  });

  test('a reordered event moves alone: the section comments and the other events stay in place', () => {
    const { text } = saved((story) => {
      const [moved] = story.events.splice(0, 1);
      if (moved) story.events.splice(4, 0, moved);
    });
    const start = eventsYaml.indexOf('  - id: cameron-premiership');
    const moved = eventsYaml.slice(start, eventsYaml.indexOf('\n\n  - id: ', start));
    expect(text.replace(`${moved}\n\n`, '')).toBe(eventsYaml.replace(`${moved}\n\n`, ''));
    expect(text.split('\n').filter((line) => line.startsWith('  # ----'))).toEqual(SECTION_COMMENTS);
  });

  test('a removed field goes with the comment right above it', () => {
    const { text } = saved((story) => delete story.updated);
    expect(changedRegion(eventsYaml, text).removed).toEqual([
      '# When this timeline was last updated (our own edit, not a date from the articles).',
      "updated: '2026-11-25'",
    ]);
  });

  test('many changes at once keep the header and every section comment', () => {
    const { text } = saved((story) => {
      story.title = 'A new title';
      story.lanes.push({ id: 'eu', label: 'European Union' });
      eventById(story, 'us-names-apt31').summary = 'Washington named APT31.';
      story.events.splice(2, 1);
      story.events.reverse();
      story.events.push({ ...eventById(story, 'us-charges'), id: 'us-charges-again' });
      story.narratives?.[0]?.steps.splice(1, 1);
      story.actors[0]?.aliases?.push('Whitehall');
    });
    expect(text.startsWith(`${HEADER}\ntitle: A new title\n`)).toBe(true);
    for (const comment of SECTION_COMMENTS) expect(text).toContain(comment);
    expect(text).toContain('  - { id: uk-government, label: UK government, aliases: [the UK, Britain, London, Whitehall] }');
  });

  test('random edits always parse back to the draft and keep every comment', () => {
    type Change = (story: DraftStory, i: number, to: number, text: string) => void;
    const eventAt = ({ events }: DraftStory, i: number) => events[i % events.length];
    const changes: Change[] = [
      ({ events }, i) => {
        if (events.length > 1) events.splice(i % events.length, 1);
      },
      ({ events }, i, to) => {
        events.splice(to % events.length, 0, ...events.splice(i % events.length, 1));
      },
      (story, i, to) => {
        const event = eventAt(story, i);
        if (event) story.events.splice(to % story.events.length, 0, { ...event, id: `${event.id}-copy-${story.events.length}` });
      },
      (story, i, _to, text) => {
        const event = eventAt(story, i);
        if (event) event.summary = text;
      },
      (story, i, _to, text) => {
        const event = eventAt(story, i);
        if (event) event.dateBasis = text;
      },
      (story, i, _to, text) => {
        const event = eventAt(story, i);
        if (event) event.notes = text;
      },
      (story, i) => {
        delete eventAt(story, i)?.notes;
      },
      (story, i, to) => {
        const citations = eventAt(story, i)?.citations ?? [];
        if (citations.length > 1) citations.splice(to % citations.length, 1);
      },
      ({ lanes }, i, _to, text) => {
        const lane = lanes[i % lanes.length];
        if (lane) lane.label = text;
      },
      ({ actors }, i, _to, text) => {
        actors[i % actors.length]?.aliases?.push(text);
      },
      ({ narratives = [] }, i, to) => {
        narratives[i % narratives.length]?.steps.splice(to % 3, 1);
      },
      (story, _i, _to, text) => {
        story.description = text;
      },
      (story, _i, _to, text) => {
        story.corrections = [...(story.corrections ?? []), { date: '2026-11-26', note: text }];
      },
      (story) => {
        delete story.landmarks;
      },
      ({ narratives = [] }, i, _to, text) => {
        narratives[i % narratives.length]?.steps.push({ event: 'us-charges', note: text });
      },
    ];
    const change = fc.tuple(fc.nat({ max: changes.length - 1 }), fc.nat(), fc.nat(), prose);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (list) => {
        const story = realStory();
        for (const [which, i, to, text] of list) changes[which]?.(story, i, to, text);
        const text = updateStoryYaml(eventsYaml, story);
        expect(parse(text)).toEqual(story);
        expect(text).toContain(HEADER);
        for (const comment of SECTION_COMMENTS) expect(text).toContain(comment);
      }),
      { numRuns: 25 },
    );
  }, 30_000);
});

describe('updateStoryYaml and anchors', () => {
  test('aliases whose value is unchanged stay aliases; an edited one is written out', () => {
    const basis = 'Monday 25 March 2024, as the article datelined LONDON (March 26) says.';
    const { text } = saved((story) => (eventById(story, 'us-names-apt31').dateBasis = basis));
    expect(count(text, '&monday')).toBe(1);
    expect(count(text, '*monday')).toBe(count(eventsYaml, '*monday') - 1);
    expect(changedRegion(eventsYaml, text)).toEqual({
      removed: ['    dateBasis: *monday'],
      added: ['    dateBasis: >-', `      ${basis}`],
    });
  });

  test('when the anchored value is edited, the next alias takes the anchor over, word for word', () => {
    const { text } = saved((story) => (eventById(story, 'us-charges').dateBasis = 'Monday.'));
    const anchored = /dateBasis: &monday >-\n(?: {6}.*\n)+/.exec(eventsYaml)?.[0];
    expect(anchored).toBeDefined();
    expect(count(text, '&monday')).toBe(1);
    expect(text).toContain(anchored);
    expect(text.indexOf(anchored ?? '')).toBeGreaterThan(text.indexOf('- id: us-names-apt31'));
    expect(count(text, '*monday')).toBe(count(eventsYaml, '*monday') - 1);
  });

  test('when the anchored event is deleted, or moved after its aliases, the file still parses to the draft', () => {
    saved((story) => story.events.splice(story.events.indexOf(eventById(story, 'us-charges')), 1));
    const { text } = saved((story) => story.events.reverse());
    expect(text.indexOf('&monday')).toBeLessThan(text.indexOf('*monday'));
  });
});

describe('updateStoryYaml on small files', () => {
  const story = (fields: Partial<DraftStory>): DraftStory => ({
    title: 'T',
    description: 'D',
    actors: [],
    lanes: [{ id: 'uk', label: 'United Kingdom' }],
    kinds: [{ id: 'k', label: 'K' }],
    events: [],
    ...fields,
  });

  test('with no file, a new one is written that parses to the story', () => {
    const draft = story({
      description: 'A description long enough to be folded onto the lines under its key when it is written out by the editor.',
    });
    const text = updateStoryYaml(undefined, draft);
    expect(parse(text)).toEqual(draft);
    expect(text).toBe(
      [
        'title: T',
        'description: >-',
        '  A description long enough to be folded onto the lines under its key when it is written out',
        '  by the editor.',
        'actors: []',
        '',
        'lanes:',
        '  - { id: uk, label: United Kingdom }',
        '',
        'kinds:',
        '  - { id: k, label: K }',
        'events: []',
        '',
      ].join('\n'),
    );
    expect(updateStoryYaml('', draft)).toBe(text);
  });

  test('any text is written so that the new file parses back to it', () => {
    const usCharges = eventById(realStory(), 'us-charges');
    fc.assert(
      fc.property(
        fc.array(prose, { minLength: 6, maxLength: 6 }),
        ([title = '', description = '', label = '', summary = '', quote = '', alias = '']) => {
          const event = { ...usCharges, summary, citations: [{ source: 'afp', quote }] };
          const draft = story({
            title,
            description,
            actors: [{ id: 'a', label: 'A', aliases: [alias] }],
            lanes: [{ id: 'uk', label }],
            events: [event],
          });
          const text = updateStoryYaml(undefined, draft);
          expect(parse(text)).toEqual(draft);
          expect(text.startsWith('title:')).toBe(true); // written as YAML, not as the JSON of the last resort
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  test('a file that does not parse, or is not a map, is written anew', () => {
    const draft = story({});
    expect(updateStoryYaml('title: [unclosed', draft)).toBe(updateStoryYaml(undefined, draft));
    expect(updateStoryYaml('- a list\n', draft)).toBe(updateStoryYaml(undefined, draft));
  });

  test('a file of comments only keeps them above the story', () => {
    const text = updateStoryYaml('# Notes to self\n', story({}));
    expect(text.startsWith('# Notes to self\n\ntitle: T\n')).toBe(true);
  });

  test('an edited scalar keeps its style: quoted, folded or in a flow map', () => {
    const before = [
      "title: 'T'",
      'description: >-',
      '  Old text.',
      'actors: []',
      'lanes:',
      '  - { id: uk, label: United Kingdom } # the first lane',
      'kinds: [{ id: k, label: K }]',
      'events: []',
      '',
    ].join('\n');
    const draft = story({ title: 'New title', description: 'New text.', lanes: [{ id: 'uk', label: 'Britain, the UK' }] });
    expect(updateStoryYaml(before, draft)).toBe(
      [
        "title: 'New title'",
        'description: >-',
        '  New text.',
        'actors: []',
        'lanes:',
        "  - { id: uk, label: 'Britain, the UK' } # the first lane",
        'kinds: [{ id: k, label: K }]',
        'events: []',
        '',
      ].join('\n'),
    );
  });

  test('an item without an id is matched by its value: only the deleted one goes', () => {
    const before = ['title: T', 'items:', '  # first', '  - { a: 1 }', '  - { a: 2 }', '  # third', '  - { a: 3 }', ''].join('\n');
    const after = updateStoryYaml(before, { title: 'T', items: [{ a: 1 }, { a: 3 }] } as unknown as DraftStory);
    expect(after).toBe(['title: T', 'items:', '  # first', '  - { a: 1 }', '  # third', '  - { a: 3 }', ''].join('\n'));
  });

  test('a list emptied, or a map given its first key anew, still parses to the draft', () => {
    const before = ['title: T', 'events:', '  - id: a', '    title: A', ''].join('\n');
    expect(updateStoryYaml(before, story({ title: 'T', events: [] }))).toContain('events: []\n');
    const draft = { title: 'T', events: [{ title: 'A' }] } as unknown as DraftStory;
    expect(updateStoryYaml(before, draft)).toBe(['title: T', 'events:', '  - title: A', ''].join('\n'));
  });

  test('a file with Windows line endings keeps them', () => {
    const before = 'title: T\r\nlanes:\r\n  - { id: uk, label: UK }\r\n';
    const after = updateStoryYaml(before, {
      title: 'T',
      lanes: [
        { id: 'uk', label: 'UK' },
        { id: 'us', label: 'US' },
      ],
    } as DraftStory);
    expect(after).toBe('title: T\r\nlanes:\r\n  - { id: uk, label: UK }\r\n  - { id: us, label: US }\r\n');
  });
});

describe('manifestJson', () => {
  test('writes the real sources.json byte for byte', () => {
    expect(manifestJson(JSON.parse(sourcesJson) as SourceManifestEntry[])).toBe(sourcesJson);
  });

  test('leaves out fields that are undefined', () => {
    expect(manifestJson([{ id: 'a', file: 'a.txt', label: 'A', notes: undefined }])).toBe(
      '[\n  {\n    "id": "a",\n    "file": "a.txt",\n    "label": "A"\n  }\n]\n',
    );
  });
});

describe('articleWrites', () => {
  test('writes new articles, leaves identical ones, and reports different ones as conflicts', () => {
    expect(
      articleWrites({ 'same.txt': 'text', 'changed.txt': 'old' }, { 'new.txt': 'new', 'same.txt': 'text', 'changed.txt': 'new' }),
    ).toEqual({
      write: { 'new.txt': 'new' },
      conflicts: ['changed.txt'],
    });
  });

  test('refuses a name that is not a plain .txt file name', () => {
    expect(() => articleWrites({}, { '../events.yaml.txt': 'x' })).toThrow(/Not an article file name/);
  });

  test.each(['002_76b97a07aa6dedcc.txt', 'a-b.c.txt'])('%s is an article file name', (name) => {
    expect(isArticleFileName(name)).toBe(true);
  });

  test.each(['../x.txt', 'sub/x.txt', 'x\\y.txt', 'x.md', '.txt', 'x.txt/', ''])('%s is not', (name) => {
    expect(isArticleFileName(name)).toBe(false);
  });
});

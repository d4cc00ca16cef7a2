import { describe, expect, test } from 'vitest';
import { makeTimeline } from './fixtures';
import { parseTimeline, TimelineDataError } from './parseTimeline';
import { formatProblem, type Problem } from './problems';
import type { Timeline } from './schema';

/** The problem lines parseTimeline reports for `json`; fails the test if it does not throw. */
function problemsOf(json: unknown): string[] {
  try {
    parseTimeline(json);
  } catch (error) {
    if (error instanceof TimelineDataError) return error.problems;
    throw error;
  }
  throw new Error('parseTimeline accepted the document');
}

/** A fresh valid timeline changed by `mutate`. */
function mutated(mutate: (timeline: Timeline) => void): Timeline {
  const timeline = makeTimeline();
  mutate(timeline);
  return timeline;
}

describe('parseTimeline', () => {
  test('accepts the fixture and returns it unchanged', () => {
    const timeline = makeTimeline();
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
  });

  test('keeps article text exactly as received, trailing newline included', () => {
    const timeline = makeTimeline();
    for (const source of timeline.sources) source.text += '\n';
    expect(parseTimeline(timeline).sources.map((source) => source.text.endsWith('\n'))).toEqual([true, true]);
  });

  test('a value the schema library itself stumbles on is reported as a problem, not thrown as another error', () => {
    // Valid JSON: a `length` whose elements have a `toString` that is not a function (found by the property test).
    const json = JSON.parse('{"kinds": {"length": [[{"toString": 0}]]}}') as unknown;
    expect(problemsOf({ ...makeTimeline(), ...(json as object) })).toEqual([
      expect.stringMatching(/^the document could not be checked: a value is not of the type its field needs/),
    ]);
  });

  test('throws a TimelineDataError that counts its problems', () => {
    expect(() => parseTimeline({ ...makeTimeline(), schemaVersion: 2 })).toThrow(
      expect.objectContaining({ name: 'TimelineDataError', message: 'The timeline data has 1 problem.' }),
    );
    expect(() => parseTimeline({})).toThrow('The timeline data has 7 problems.');
  });

  test.each<[string, unknown, string[]]>([
    ['null', null, ['Invalid input: expected object, received null']],
    ['an array', [], ['Invalid input: expected object, received array']],
    [
      'an empty object',
      {},
      [
        'schemaVersion: Invalid input: expected 1',
        'title: Invalid input: expected string, received undefined',
        'description: Invalid input: expected string, received undefined',
        'lanes: Invalid input: expected array, received undefined',
        'kinds: Invalid input: expected array, received undefined',
        'sources: Invalid input: expected array, received undefined',
        'events: Invalid input: expected array, received undefined',
      ],
    ],
    ['a future schema version', { ...makeTimeline(), schemaVersion: 2 }, ['schemaVersion: Invalid input: expected 1']],
    ['no events', makeTimeline({ events: [] }), ['events: the timeline has no events']],
    ['a null event', { ...makeTimeline(), events: [null] }, ['events[0]: Invalid input: expected object, received null']],
    ['a blank article text', mutated((t) => void (t.sources[1]!.text = ' \n ')), ['sources[1].text: must not be empty']],
    [
      'an impossible date, named by the event id',
      mutated((t) => void (t.events[1]!.start = '2022-13')),
      ['events[1] "intrusion": start: is not a real calendar date'],
    ],
  ])('rejects %s with readable problems', (_case, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  test.each<[string, (t: Timeline) => void, string[]]>([
    [
      'a citation whose offset is off by one',
      (t) => void (t.events[0]!.citations[0]!.offset = 92),
      ['events[0] "campaign-begins": citations[0].offset: quote is not at offset 92 of source "wire"'],
    ],
    [
      'a quote the article does not have, in the words the compiler uses',
      (t) => void (t.events[0]!.citations[0]!.quote = 'Words nobody wrote.'),
      ['events[0] "campaign-begins": citations[0].quote: quote not found in source "wire"'],
    ],
    [
      'a discrepancy citation whose paragraph is from elsewhere',
      (t) =>
        void (t.events[2]!.discrepancies![0]!.citations[1]!.paragraph = { offset: 0, text: 'Prosecutors called the emails “malicious”.' }),
      ['events[2] "charges-filed": discrepancies[0].citations[1].paragraph: paragraph does not hold the quote in source "brief"'],
    ],
    [
      'a paragraph that does not match the text at its offset',
      (t) => void (t.events[1]!.citations[0]!.paragraph.offset = 151),
      ['events[1] "intrusion": citations[0].paragraph: paragraph does not hold the quote in source "wire"'],
    ],
    [
      'a citation of a source the document does not have',
      (t) => void (t.events[0]!.citations[0]!.source = 'reuters'),
      ['events[0] "campaign-begins": citations[0].source: unknown source "reuters"'],
    ],
    [
      'an unknown lane and an unknown kind',
      (t) => {
        t.events[0]!.lane = 'mars';
        t.events[2]!.kinds = ['charges', 'gossip'];
      },
      ['events[0] "campaign-begins": lane: unknown lane "mars"', 'events[2] "charges-filed": kinds[1]: unknown kind "gossip"'],
    ],
    ['a duplicate event id', (t) => void (t.events[2]!.id = 'intrusion'), ['events[2] "intrusion": id: duplicate event id "intrusion"']],
    [
      'a range that ends before it starts',
      (t) => void (t.events[1]!.end = '2022-09'),
      ['events[1] "intrusion": end: ends (2022-09) before it starts (2022-10)'],
    ],
  ])('rejects %s', (_case, mutate, expected) => {
    expect(problemsOf(mutated(mutate))).toEqual(expected);
  });
});

describe('parseTimeline reports every problem in one pass', () => {
  const threeProblems: string[] = [
    'events[0] "campaign-begins": lane: unknown lane "mars"',
    'events[1] "intrusion": start: is not a real calendar date',
    'events[2] "charges-filed": citations[1].quote: quote not found in source "brief"',
  ];

  test('a bad date, an unknown lane and a made-up quote in three events: all three, in document order', () => {
    const timeline = mutated((t) => {
      t.events[1]!.start = '2022-13';
      t.events[0]!.lane = 'mars';
      t.events[2]!.citations[1]!.quote = 'Nobody was charged.';
    });
    expect(problemsOf(timeline)).toEqual(threeProblems);
  });

  test('the same three in one event the schema rejects: what can still be checked is checked', () => {
    const timeline = mutated((t) => {
      t.events[2]!.start = '2024-02-30';
      t.events[2]!.lane = 'mars';
      t.events[2]!.citations[1]!.quote = 'Nobody was charged.';
    });
    expect(problemsOf(timeline)).toEqual([
      'events[2] "charges-filed": start: is not a real calendar date',
      'events[2] "charges-filed": lane: unknown lane "mars"',
      'events[2] "charges-filed": citations[1].quote: quote not found in source "brief"',
    ]);
  });

  test.each<[string, (t: Timeline) => void, string[]]>([
    [
      'a bad title with an unknown kind and an end before its start',
      (t) => {
        (t as { title: unknown }).title = 42;
        t.events[0]!.kinds = ['gossip'];
        t.events[1]!.end = '2021';
      },
      [
        'title: Invalid input: expected string, received number',
        'events[0] "campaign-begins": kinds[0]: unknown kind "gossip"',
        'events[1] "intrusion": end: ends (2021) before it starts (2022-10)',
      ],
    ],
    [
      'a broken citation beside a made-up one in the same event',
      (t) => {
        (t.events[2]!.citations[0] as { offset: unknown }).offset = -1;
        t.events[2]!.citations[1]!.quote = 'Nobody was charged.';
      },
      [
        'events[2] "charges-filed": citations[0].offset: Too small: expected number to be >=0',
        'events[2] "charges-filed": citations[1].quote: quote not found in source "brief"',
      ],
    ],
    [
      'a broken source entry: its id still counts, the other source is still checked',
      (t) => {
        t.sources[0]!.label = '';
        t.events[2]!.citations[1]!.quote = 'Nobody was charged.';
      },
      ['sources[0].label: must not be empty', 'events[2] "charges-filed": citations[1].quote: quote not found in source "brief"'],
    ],
    [
      'a broken landmark beside one that ends before it starts',
      (t) => {
        t.landmarks = [
          { label: '', start: '2021' },
          { label: 'Backwards', start: '2024', end: '2023' },
        ];
      },
      ['landmarks[0].label: must not be empty', 'landmarks[1].end: ends (2023) before it starts (2024)'],
    ],
    [
      'a broken narrative beside one that names an event the story does not have',
      (t) => {
        t.narratives = [
          { id: 'a', title: '', steps: [{ event: 'intrusion' }] },
          { id: 'b', title: 'B', steps: [{ event: 'no-such-event' }] },
        ];
      },
      ['narratives[0].title: must not be empty', 'narratives[1].steps[0].event: unknown event "no-such-event"'],
    ],
  ])('%s', (_case, mutate, expected) => {
    expect(problemsOf(mutated(mutate))).toEqual(expected);
  });
});

describe('formatProblem', () => {
  const events = [{ id: 'uk-attribution' }, { id: 'uk-sanctions' }, { title: 'no id' }, { id: 42 }];

  test.each<[Problem, string]>([
    [{ path: ['sources', 0, 'text'], message: 'must not be empty' }, 'sources[0].text: must not be empty'],
    [{ path: ['lanes', 2, 'id'], message: 'duplicate lane id "uk"' }, 'lanes[2].id: duplicate lane id "uk"'],
    [{ path: ['events'], message: 'the timeline has no events' }, 'events: the timeline has no events'],
    [{ path: [], message: 'Invalid input' }, 'Invalid input'],
    [
      { path: ['events', 1, 'citations', 0, 'quote'], message: 'quote not found in source "afp"' },
      'events[1] "uk-sanctions": citations[0].quote: quote not found in source "afp"',
    ],
    [
      { path: ['events', 0, 'discrepancies', 1, 'citations', 2, 'offset'], message: 'bad' },
      'events[0] "uk-attribution": discrepancies[1].citations[2].offset: bad',
    ],
    [{ path: ['events', 1], message: 'Invalid input' }, 'events[1] "uk-sanctions": Invalid input'],
    [{ path: ['events', 2, 'id'], message: 'required' }, 'events[2]: id: required'],
    [{ path: ['events', 3, 'id'], message: 'must be a string' }, 'events[3]: id: must be a string'],
    [{ path: ['events', 9, 'lane'], message: 'unknown lane "x"' }, 'events[9]: lane: unknown lane "x"'],
  ])('%j → %j', (problem, expected) => {
    expect(formatProblem(problem, events)).toBe(expected);
  });

  test('leaves the event unnamed when it has no event list', () => {
    expect(formatProblem({ path: ['events', 1, 'title'], message: 'must not be empty' })).toBe('events[1]: title: must not be empty');
  });
});

import { describe, expect, test } from 'vitest';
import { makeCuratedFiles } from '../data/fixtures';
import type { CuratedEvent } from '../data/schema';
import { citationColumns, cellsToEvent, eventToCells, isStoryColumn, NO_DATE_BASIS, STORY_COLUMNS } from './storyColumns';
import type { StoryContext } from './storyCells';

const files = makeCuratedFiles('disputed');
const fixtureEvent = (id: string): CuratedEvent => {
  const event = files.story.events.find((e) => e.id === id);
  if (!event) throw new Error(`no fixture event ${id}`);
  return event;
};

const context: StoryContext = {
  lanes: files.story.lanes,
  kinds: files.story.kinds,
  actors: files.story.actors,
  sources: files.manifest,
  events: new Map(files.story.events.map((event) => [event.id, event])),
};

const imported: CuratedEvent = {
  id: 'leaked-memo',
  title: 'A memo leaks',
  summary: 'A memo leaks.',
  start: '2020',
  dateBasis: 'Undated.',
  lane: 'uk',
  kinds: ['breach'],
  citations: [],
  unsourced: true,
  backdrop: false,
  origin: { link: 'https://news.example/memo', credit: 'Photo: Reuters', caption: 'The memo' },
};

describe('STORY_COLUMNS', () => {
  test('names the fields in plain words, in order', () => {
    expect(STORY_COLUMNS).toEqual([
      'Id',
      'Start',
      'End',
      'Qualifier',
      'Title',
      'Short title',
      'Summary',
      'Date basis',
      'Lane',
      'Kinds',
      'Assertion',
      'Claimed by',
      'By',
      'Backdrop',
      'Notes',
      'Outside knowledge',
      'Unsourced',
      'Origin link',
      'Origin credit',
      'Origin caption',
      'Relations',
      'Discrepancies',
      'Corrections',
    ]);
  });

  test('citations follow as numbered pairs', () => {
    expect(citationColumns(2)).toEqual(['Source 1', 'Quote 1', 'Source 2', 'Quote 2']);
  });

  test.each<[string, boolean]>([
    ['Short title', true],
    ['SHORT_TITLE', true],
    [' shortTitle ', true],
    ['quote 12', true],
    ['Source', false],
    ['Headline', false],
  ])('isStoryColumn(%j) is %s', (header, expected) => {
    expect(isStoryColumn(header)).toBe(expected);
  });
});

describe('eventToCells', () => {
  test.each<[string, CuratedEvent, Record<string, string | undefined>]>([
    [
      'ids, lists, relations, JSON and citation pairs',
      fixtureEvent('charges-filed'),
      {
        Id: 'charges-filed',
        Start: '2024-03-25',
        End: '',
        Kinds: 'charges',
        By: 'prosecutors',
        'Claimed by': '',
        Relations: 'responds-to: campaign-begins',
        Corrections: '[{"date":"2024-03-27","note":"An earlier version said eight people were charged."}]',
        'Source 2': 'brief',
        'Quote 2': 'Seven people were charged over a decade-long campaign on 25 March 2024.',
        Unsourced: '',
      },
    ],
    ['a qualified range', fixtureEvent('intrusion'), { Start: '2022-10', End: '2023', Qualifier: 'before', Lane: 'uk', Assertion: 'act' }],
    [
      'lists joined by semicolons',
      { ...imported, kinds: ['breach', 'charges'], claimedBy: ['officials', 'embassy'] },
      { Kinds: 'breach; charges', 'Claimed by': 'officials; embassy' },
    ],
    [
      'an unsourced import with its origin, and a backdrop set to false',
      imported,
      {
        Unsourced: 'yes',
        Backdrop: 'no',
        'Origin link': 'https://news.example/memo',
        'Origin credit': 'Photo: Reuters',
        'Origin caption': 'The memo',
        'Source 1': undefined,
      },
    ],
    ['a backdrop', { ...imported, backdrop: true }, { Backdrop: 'yes' }],
    ['no backdrop given', { ...imported, backdrop: undefined }, { Backdrop: '' }],
  ])('%s', (_note, event, expected) => {
    const cells = eventToCells(event);
    for (const [header, cell] of Object.entries(expected)) expect(cells[header], header).toBe(cell);
  });

  test('writes every column, and a pair per citation', () => {
    expect(Object.keys(eventToCells(fixtureEvent('charges-filed')))).toEqual([...STORY_COLUMNS, ...citationColumns(2)]);
  });
});

describe('cellsToEvent reads a row', () => {
  const minimal = { Title: 'A new event', Start: '2023-05' };

  test.each<[string, Record<string, string>, Partial<CuratedEvent>]>([
    [
      'headers match without case or spacing',
      { ' START ': '2021', TITLE: 'Headers in any case', short_title: 'Short', 'Date  Basis': 'In 2021.' },
      { start: '2021', title: 'Headers in any case', shortTitle: 'Short', dateBasis: 'In 2021.' },
    ],
    [
      'lanes, kinds and actors by id, label or alias',
      { ...minimal, Lane: 'United Kingdom', Kinds: 'Charges, breach', 'Claimed by': 'Washington; Prosecutors' },
      { lane: 'uk', kinds: ['charges', 'breach'], claimedBy: ['officials', 'prosecutors'] },
    ],
    [
      'articles by id, file name or label',
      {
        ...minimal,
        'Source 1': 'wire.txt',
        'Quote 1': 'a 14-year campaign',
        'Source 2': 'Brief report (no byline)',
        'Quote 2': 'Seven people',
      },
      {
        citations: [
          { source: 'wire', quote: 'a 14-year campaign' },
          { source: 'brief', quote: 'Seven people' },
        ],
      },
    ],
    [
      'citation pairs in number order, gaps allowed',
      { ...minimal, 'Source 10': 'brief', 'Quote 10': 'two', 'Source 2': 'wire', 'Quote 2': 'one' },
      {
        citations: [
          { source: 'wire', quote: 'one' },
          { source: 'brief', quote: 'two' },
        ],
      },
    ],
    [
      'relations, their ids made safe',
      { ...minimal, Relations: 'Denies: campaign-begins;\nresponds to: Charges Filed' },
      {
        relations: [
          { type: 'denies', event: 'campaign-begins' },
          { type: 'responds-to', event: 'charges-filed' },
        ],
      },
    ],
    [
      'words in any case; a checkbox mark is yes',
      { ...minimal, Qualifier: 'About', Assertion: 'ALLEGATION', Backdrop: 'x', Unsourced: 'yes' },
      { qualifier: 'about', assertion: 'allegation', backdrop: true, unsourced: true },
    ],
    [
      'corrections as JSON',
      { ...minimal, Corrections: '[{"date":"2024-01-02","note":"Fixed."}]' },
      { corrections: [{ date: '2024-01-02', note: 'Fixed.' }] },
    ],
    [
      'an origin; with no citation the event is unsourced',
      { ...minimal, 'Origin link': 'https://news.example/a', 'Origin caption': 'A picture' },
      { origin: { link: 'https://news.example/a', caption: 'A picture' }, unsourced: true, citations: [] },
    ],
    [
      'with a citation it is not, whatever the row says',
      { ...minimal, Unsourced: 'yes', 'Source 1': 'wire', 'Quote 1': 'a 14-year campaign' },
      { citations: [{ source: 'wire', quote: 'a 14-year campaign' }] },
    ],
  ])('%s', (_note, cells, expected) => {
    const { event, problems } = cellsToEvent(cells, context);
    expect(problems.filter((p) => p.includes('skipped'))).toEqual([]);
    expect(event).toMatchObject(expected);
    if (expected.citations?.length) expect(event).not.toHaveProperty('unsourced');
  });

  test('fills what the schema requires and the row leaves out, and says what it added', () => {
    const { event, problems, added } = cellsToEvent(minimal, { ...context, lanes: [], kinds: [] });
    expect(event).toEqual({
      id: 'a-new-event',
      title: 'A new event',
      summary: 'A new event',
      start: '2023-05',
      dateBasis: NO_DATE_BASIS,
      lane: 'events',
      kinds: ['event'],
      citations: [],
      unsourced: true,
    });
    expect(added).toEqual({ lanes: [{ id: 'events', label: 'Events' }], kinds: [{ id: 'event', label: 'Event' }], actors: [] });
    expect(problems).toEqual([
      'The row names no lane: it goes in a new lane, “Events”',
      'The row names no kind: it is given a new kind, “Event”',
    ]);
  });

  test('an empty summary is said to be filled; a file without the column is told once, by its reader', () => {
    expect(cellsToEvent({ ...minimal, Summary: '' }, context).problems).toContain('Summary is empty: the title is used as the summary');
  });

  test.each<[string, string, 'lanes' | 'kinds' | 'actors', string, string]>([
    ['Lane', 'foreign-office', 'lanes', 'foreign-office', 'Foreign office'],
    ['Lane', 'uk-us', 'lanes', 'uk-us', 'UK US'],
    ['Kinds', 'Cyber Attack', 'kinds', 'cyber-attack', 'Cyber Attack'],
    ['By', 'state-of-play', 'actors', 'state-of-play', 'State of play'],
  ])('a %s the story lacks, %j, is added as %j labelled %j', (header, cell, list, id, label) => {
    const { event, problems, added } = cellsToEvent({ ...minimal, [header]: cell }, context);
    expect(event).toBeDefined();
    expect(added[list]).toEqual([{ id, label }]);
    expect(problems).toContain(`${header}: “${cell}” is new to the story: added as the ${list.slice(0, -1)} “${label}”`);
  });

  test.each<[string, Record<string, string>, string]>([
    ['a start in words', { ...minimal, Start: 'March 2014' }, 'Start “March 2014” is not a date'],
    ['a day that does not exist', { ...minimal, Start: '2014-02-30' }, 'Start “2014-02-30” is not a date'],
    ['an end in another format', { ...minimal, End: '14/03/2024' }, 'End “14/03/2024” is not a date'],
    ['no start at all', { Title: 'No start' }, 'Start is empty'],
    ['no title at all', { Start: '2020' }, 'Title is empty'],
    ['an unknown qualifier', { ...minimal, Qualifier: 'circa' }, 'Qualifier “circa” is not one of “before”, “by”, “about”, “after”'],
    ['an unknown assertion', { ...minimal, Assertion: 'claim' }, 'Assertion “claim” is not one of “act”, “allegation”'],
    ['a boolean that is neither', { ...minimal, Backdrop: 'maybe' }, 'Backdrop “maybe” is neither yes nor no'],
    ['bad JSON', { ...minimal, Discrepancies: '[{topic: 1}]' }, 'Discrepancies is not readable JSON'],
    [
      'JSON of the wrong shape',
      { ...minimal, Corrections: '[{"date":"yesterday","note":"x"}]' },
      'Corrections does not hold what it should: 0.date',
    ],
    ['an unknown relation', { ...minimal, Relations: 'contradicts: intrusion' }, 'Relations “contradicts: intrusion” is not written as'],
    ['a lane no id can be made of', { ...minimal, Lane: '—' }, 'Lane “—” has no letters or digits'],
    ['an id no id can be made of', { ...minimal, Id: '???' }, 'Id “???” has no letters or digits'],
  ])('skips the row for %s', (_note, cells, problem) => {
    // The new lane must not be added for a row that is skipped.
    const { event, problems, added } = cellsToEvent({ Lane: 'New lane', ...cells }, context);
    expect(event).toBeUndefined();
    expect(problems.filter((p) => p.startsWith(problem) && p.endsWith('; the row is skipped'))).toHaveLength(1);
    expect(added).toEqual({ lanes: [], kinds: [], actors: [] });
  });

  test.each<[string, Record<string, string>, Partial<CuratedEvent>, string]>([
    [
      'a citation of an article the story lacks',
      { ...minimal, 'Source 1': 'AFP', 'Quote 1': 'China denies it.' },
      { citations: [], unsourced: true },
      'Source 1 names “AFP”, an article the story does not have: the citation is left out',
    ],
    [
      'a citation without its quote',
      { ...minimal, 'Source 1': 'wire', 'Quote 1': '' },
      { citations: [] },
      'Quote 1 is empty: the citation of “wire” is left out',
    ],
    [
      'an origin link that is not a web address',
      { ...minimal, 'Origin link': 'javascript:alert(1)', 'Origin credit': 'Reuters' },
      { origin: { credit: 'Reuters' } },
      'Origin link “javascript:alert(1)” is not a web address starting with http:// or https://: left out',
    ],
    [
      'a disagreement left with one side',
      {
        ...minimal,
        Discrepancies: JSON.stringify([
          {
            topic: 'Length',
            note: 'Differs.',
            citations: [
              { source: 'wire', quote: 'a' },
              { source: 'afp', quote: 'b' },
            ],
          },
        ]),
      },
      {},
      'Discrepancies: “Length” is left with fewer than two sides: left out',
    ],
  ])('reads the row, leaving out %s', (_note, cells, expected, note) => {
    const { event, problems } = cellsToEvent(cells, context);
    expect(event).toMatchObject(expected);
    expect(event).not.toHaveProperty('discrepancies');
    expect(problems).toContain(note);
  });
});

describe('cellsToEvent keeps ids stable', () => {
  test('a row whose Id names an event updates it: the columns it has change, the rest stay', () => {
    const { event } = cellsToEvent(
      { Id: 'Charges Filed', Title: 'Seven people charged at last', Notes: 'Say seven.', 'Outside knowledge': '' },
      context,
    );
    const { outsideKnowledge: _gone, ...kept } = fixtureEvent('charges-filed');
    expect(event).toEqual({ ...kept, title: 'Seven people charged at last', notes: 'Say seven.' });
  });

  test('an id of more than six words is kept as it is', () => {
    const id = 'one-two-three-four-five-six-seven';
    expect(cellsToEvent({ Id: id, ...{ Title: 'Long', Start: '2020' } }, context).event?.id).toBe(id);
  });

  test('a row without an Id gets one from its title that no event has', () => {
    expect(cellsToEvent({ Title: 'Intrusion', Start: '2020' }, context).event?.id).toBe('intrusion-2');
  });

  test.each<[string, string[], string]>([
    ['no row before it took the id: the story’s event of that id, updated', [], 'intrusion'],
    ['a row before it took the id: the next free one', ['intrusion'], 'intrusion-2'],
  ])('a row without an Id, read with the ids its file took before it: %s', (_what, fileIds, id) => {
    expect(cellsToEvent({ Title: 'Intrusion', Start: '2020' }, { ...context, fileIds }).event?.id).toBe(id);
  });
});

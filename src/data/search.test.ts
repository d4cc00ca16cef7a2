import { describe, expect, test } from 'vitest';
import { makeTimeline } from './fixtures';
import { filterEvents, isFiltering, matchRanges, searchTerms } from './search';

describe('searchTerms', () => {
  test.each<[string, string[], string]>([
    ['', [], 'nothing'],
    ['   ', [], 'only spaces'],
    ['UK', ['uk'], 'lower-cased'],
    ['uk  sanctions', ['uk', 'sanctions'], 'words'],
    ['"foreign office" uk', ['foreign office', 'uk'], 'a quoted phrase stays together'],
    ['“foreign   office”', ['foreign office'], 'typographic quotes and runs of spaces'],
    ['Élection', ['election'], 'accents folded'],
    ['uk UK', ['uk'], 'repeats dropped'],
    ['"unclosed phrase', ['"unclosed', 'phrase'], 'an unclosed quote is a word'],
  ])('%j → %j (%s)', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});

describe('matchRanges', () => {
  test.each<[string, string[], { start: number; length: number }[], string]>([
    [
      'The UK and the US',
      ['the'],
      [
        { start: 0, length: 3 },
        { start: 11, length: 3 },
      ],
      'every occurrence, any case',
    ],
    ['Beijing’s spies', ["beijing's"], [{ start: 0, length: 9 }], 'straight quote finds a curly one'],
    ['no match here', ['uk'], [], 'nothing found'],
    [
      'sanctions and uk',
      ['uk', 'sanctions'],
      [
        { start: 0, length: 9 },
        { start: 14, length: 2 },
      ],
      'in text order',
    ],
    ['anything', [], [], 'no terms'],
  ])('%j for %j (%s)', (text, terms, expected) => {
    expect(matchRanges(text, terms)).toEqual(expected);
  });
});

describe('filterEvents', () => {
  const timeline = makeTimeline();
  const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(timeline.events, filter).map((e) => e.id);
  const all = timeline.events.map((e) => e.id);
  const [first] = timeline.events;

  test('no filter keeps every event, in order', () => {
    expect(ids({ lanes: [], kinds: [], q: '' })).toEqual(all);
  });

  test('no filter gives back the same array, so that what is remembered for it holds', () => {
    expect(filterEvents(timeline.events, { lanes: [], kinds: [], q: '  ' })).toBe(timeline.events);
    expect(filterEvents(timeline.events, { lanes: [first!.lane], kinds: [], q: '' })).not.toBe(timeline.events);
  });

  test('a lane keeps only its events', () => {
    const lane = first!.lane;
    expect(ids({ lanes: [lane], kinds: [], q: '' })).toEqual(timeline.events.filter((e) => e.lane === lane).map((e) => e.id));
  });

  test('a kind keeps events that carry it among others', () => {
    const kind = first!.kinds[0]!;
    expect(ids({ lanes: [], kinds: [kind], q: '' })).toEqual(timeline.events.filter((e) => e.kinds.includes(kind)).map((e) => e.id));
  });

  test('search finds words in quotes, not only titles', () => {
    const quote = first!.citations[0]!.quote;
    const word = quote.split(/\s+/).find((w) => w.length > 5 && !first!.title.includes(w) && !first!.summary.includes(w))!;
    expect(ids({ lanes: [], kinds: [], q: word })).toContain(first!.id);
  });

  test('a phrase is found across any kind of space, but never across two fields', () => {
    const event = { ...first!, title: 'Foreign\u00a0Office reply', summary: 'Ministers said nothing.' };
    const search = (q: string) => filterEvents([event], { lanes: [], kinds: [], q }).length;
    expect(search('"foreign office"')).toBe(1);
    expect(search('"reply ministers"')).toBe(0);
  });

  test('every search word must match', () => {
    expect(ids({ lanes: [], kinds: [], q: `${first!.title.split(' ')[0]} zzzznotthere` })).toEqual([]);
  });

  test('filters combine: lane and kind and search all apply', () => {
    expect(ids({ lanes: ['no-such-lane'], kinds: [], q: '' })).toEqual([]);
  });

  test.each<[Parameters<typeof isFiltering>[0], boolean]>([
    [{ lanes: [], kinds: [], q: '' }, false],
    [{ lanes: [], kinds: [], q: '  ' }, false],
    [{ lanes: ['uk'], kinds: [], q: '' }, true],
    [{ lanes: [], kinds: ['breach'], q: '' }, true],
    [{ lanes: [], kinds: [], q: 'x' }, true],
  ])('isFiltering(%j) is %s', (filter, expected) => {
    expect(isFiltering(filter)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { cellName, shortenDistinct, shortSourceLabel, shortTitle, singleSourceSummary, unsourcedSummary } from './coverageLabels';

describe('shortSourceLabel', () => {
  test.each<[string, string]>([
    ['AFP wire report, LONDON (March 26)', 'AFP wire report'],
    ["Full report, reposted with a publisher's disclaimer", 'Full report'],
    ['Summary article (no byline, dateline or credit)', 'Summary article'],
    ['LONDON report (condensed)', 'LONDON report'],
    ['BGNES report', 'BGNES report'],
    ['(no label) text', '(no label) text'],
    [', odd', ', odd'],
    ['Report,LONDON', 'Report,LONDON'],
  ])('%j → %j', (label, short) => {
    expect(shortSourceLabel(label)).toBe(short);
  });
});

describe('shortTitle', () => {
  test.each<[string, number, string]>([
    ['UK sanctions a front company and two individuals', 40, 'UK sanctions a front company and two…'],
    ['US charges seven Chinese nationals', 40, 'US charges seven Chinese nationals'],
    ['exactly ten', 11, 'exactly ten'],
    ['one two, three four', 9, 'one two…'],
    ['one two – three', 9, 'one two…'],
    ['Supercalifragilistic', 5, 'Super…'],
    ['', 5, ''],
  ])('%j at %i → %j', (title, max, short) => {
    expect(shortTitle(title, max)).toBe(short);
  });

  test('defaults to 40 characters before the ellipsis', () => {
    const short = shortTitle('Intelligence and Security Committee says China targets the UK');
    expect(short).toBe('Intelligence and Security Committee says…');
    expect(short.length).toBeLessThanOrEqual(41);
  });
});

describe('shortenDistinct', () => {
  const firstWord = (text: string) => text.split(' ')[0] ?? text;
  test.each<[string[], string[], string]>([
    [['alpha one', 'beta two'], ['alpha', 'beta'], 'distinct short forms are kept'],
    [['alpha one', 'alpha two', 'beta'], ['alpha one', 'alpha two', 'beta'], 'colliding short forms fall back to the full text'],
    [['alpha', 'alpha two'], ['alpha', 'alpha two'], 'a short form equal to another full text falls back'],
    [[], [], 'nothing in, nothing out'],
  ])('%j → %j (%s)', (texts, expected) => {
    expect(shortenDistinct(texts, firstWord)).toEqual(expected);
  });
});

describe('cellName', () => {
  test('names the article, the event and the action', () => {
    expect(cellName('AFP wire report, LONDON (March 26)', 'UK sanctions a front company…')).toBe(
      'AFP wire report, LONDON (March 26) reports “UK sanctions a front company…”: show quote',
    );
  });
});

describe('unsourcedSummary', () => {
  test.each<[number, number, string | null]>([
    [0, 34, null],
    [3, 34, '3 of 34 events have no source article yet.'],
    [1, 34, '1 of 34 events has no source article yet.'],
    [12, 12, 'None of the 12 events has a source article yet.'],
    [1, 1, 'The event has no source article yet.'],
  ])('%i of %i → %j', (unsourced, total, text) => {
    expect(unsourcedSummary(unsourced, total)).toBe(text);
  });
});

describe('singleSourceSummary', () => {
  test.each<[number, number, string]>([
    [7, 34, '7 of 34 events rest on a single article.'],
    [1, 34, '1 of 34 events rests on a single article.'],
    [34, 34, '34 of 34 events rest on a single article.'],
    [0, 34, 'No event rests on a single article.'],
    [0, 1, 'No event rests on a single article.'],
    [1, 1, 'The event rests on a single article.'],
    [0, 0, 'No events to show.'],
  ])('%i of %i → %j', (single, total, text) => {
    expect(singleSourceSummary(single, total)).toBe(text);
  });
});

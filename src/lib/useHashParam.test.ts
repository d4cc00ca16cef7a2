import { describe, expect, test } from 'vitest';
import { readHashParam, writeHashParam } from './useHashParam';

describe('readHashParam', () => {
  test.each<[string, string, string | null, string]>([
    ['', 'event', null, 'empty hash'],
    ['#', 'event', null, 'a bare #'],
    ['#event=a', 'event', 'a', 'the only parameter'],
    ['#x=1&event=b', 'event', 'b', 'among other parameters'],
    ['#x=1&event=b', 'x', '1', 'another parameter'],
    ['#x=1', 'event', null, 'absent'],
    ['#event=', 'event', '', 'present but empty'],
    ['event=c', 'event', 'c', 'without the leading #'],
    ['#event=a%20b', 'event', 'a b', 'percent-encoded space'],
    ['#event=a+b', 'event', 'a b', 'plus as space'],
    ['#event=a&event=b', 'event', 'a', 'a repeated parameter gives the first'],
    ['#events=a', 'event', null, 'a longer name is not a match'],
  ])('%j, %j → %j (%s)', (hash, name, expected) => {
    expect(readHashParam(hash, name)).toBe(expected);
  });
});

describe('writeHashParam', () => {
  test.each<[string, string, string | null, string, string]>([
    ['', 'event', 'a', '#event=a', 'sets on an empty hash'],
    ['#', 'event', 'a', '#event=a', 'sets on a bare #'],
    ['#event=a', 'event', 'b', '#event=b', 'replaces'],
    ['#x=1', 'event', 'a', '#x=1&event=a', 'keeps other parameters, appending'],
    ['#x=1&event=a&y=2', 'event', 'b', '#x=1&event=b&y=2', 'replaces in place'],
    ['#event=a', 'event', null, '', 'deleting the last parameter leaves no hash'],
    ['#x=1&event=a', 'event', null, '#x=1', 'deletes and keeps the others'],
    ['#x=1', 'event', null, '#x=1', 'deleting an absent parameter changes nothing'],
    ['', 'event', null, '', 'deleting from an empty hash'],
    ['#event=a&event=b', 'event', 'c', '#event=c', 'replacing a repeated parameter leaves one'],
  ])('%j, %j := %j → %j (%s)', (hash, name, value, expected) => {
    expect(writeHashParam(hash, name, value)).toBe(expected);
  });

  test.each<[string, string]>([
    ['uk sanctions', 'a space'],
    ['a&event=evil', 'an ampersand and an equals sign'],
    ['café–“quoted”', 'unicode and typographic quotes'],
    ['😀', 'an astral character'],
    ['a+b', 'a plus sign'],
    ['100%', 'a percent sign'],
    ['#hash', 'a hash sign'],
    ['', 'the empty string'],
  ])('%j round-trips through write then read (%s)', (value) => {
    const hash = writeHashParam('#x=1', 'event', value);
    expect(readHashParam(hash, 'event')).toBe(value);
    expect(readHashParam(hash, 'x')).toBe('1');
  });

  test('an ampersand in a value does not add a parameter', () => {
    const hash = writeHashParam('', 'event', 'a&x=2');
    expect(readHashParam(hash, 'x')).toBeNull();
    expect(hash).toBe('#event=a%26x%3D2');
  });
});

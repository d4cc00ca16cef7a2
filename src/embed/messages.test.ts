import { describe, expect, test } from 'vitest';
import { heightMessages, hostOrigin, readShowMessage } from './messages';

describe('heightMessages', () => {
  test('AMP and our own format always; pym only with a child id', () => {
    expect(heightMessages(812, null)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { type: 'news-timeline:height', height: 812 },
    ]);
    expect(heightMessages(812, 'example-1')).toContain('pymxPYMxexample-1xPYMxheightxPYMx812');
  });
});

describe('readShowMessage', () => {
  test.each<[unknown, { event: string | null } | null, string]>([
    [{ type: 'news-timeline:show', event: 'uk-sanctions' }, { event: 'uk-sanctions' }, 'an event id'],
    [{ type: 'news-timeline:show', event: null }, { event: null }, 'clear the selection'],
    [{ type: 'news-timeline:show', event: '<img src=x onerror=alert(1)>' }, null, 'markup instead of an id'],
    [{ type: 'news-timeline:show', event: 42 }, null, 'a number'],
    [{ type: 'news-timeline:show' }, null, 'no event at all'],
    [{ type: 'other', event: 'uk-sanctions' }, null, 'another type'],
    ['news-timeline:show', null, 'a string'],
    [null, null, 'null'],
    [{ type: 'news-timeline:show', event: 'a'.repeat(101) }, null, 'an overlong id'],
  ])('%j → %j (%s)', (data, expected) => {
    expect(readShowMessage(data)).toEqual(expected);
  });
});

describe('hostOrigin', () => {
  const location = (ancestors: string[]) => ({ ancestorOrigins: Object.assign([...ancestors], { contains: () => false, item: () => null }) }) as unknown as Location;

  test.each<[string[], string, string | null, string]>([
    [['https://host.example'], '', 'https://host.example', 'the browser’s ancestor origin'],
    [[], 'https://host.example/article?x=1', 'https://host.example', 'the referrer when there is no ancestor list'],
    [[], '', null, 'unknown: trust no one'],
    [[], 'not a url', null, 'a broken referrer'],
  ])('%j / %j → %j (%s)', (ancestors, referrer, expected) => {
    expect(hostOrigin(location(ancestors), referrer)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { heightMessages, hostOrigin, readFrameMessage, readShowMessage, type FrameMessage } from './messages';

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
  const location = (ancestors: string[]) =>
    ({ ancestorOrigins: Object.assign([...ancestors], { contains: () => false, item: () => null }) }) as unknown as Location;

  test.each<[string[], string, string | null, string]>([
    [['https://host.example'], '', 'https://host.example', 'the browser’s ancestor origin'],
    [[], 'https://host.example/article?x=1', 'https://host.example', 'the referrer when there is no ancestor list'],
    [[], '', null, 'unknown: trust no one'],
    [[], 'not a url', null, 'a broken referrer'],
  ])('%j / %j → %j (%s)', (ancestors, referrer, expected) => {
    expect(hostOrigin(location(ancestors), referrer)).toBe(expected);
  });
});

describe('readShowMessage on messages of the wrong shape', () => {
  const SHOW = 'news-timeline:show';
  /** What the browser hands the listener: postMessage structured-clones the data (own data properties only, no prototypes). */
  const received = (data: unknown) => readShowMessage(structuredClone(data));

  test.each<[unknown, string]>([
    [42, 'a number'],
    [true, 'a boolean'],
    [undefined, 'nothing'],
    [`{"type":"${SHOW}","event":"uk-sanctions"}`, 'the message as JSON text (never parsed)'],
    [[SHOW, 'uk-sanctions'], 'an array'],
    [
      new Map([
        ['type', SHOW],
        ['event', 'uk-sanctions'],
      ]),
      'a Map',
    ],
    [{ type: 42, event: 'uk-sanctions' }, 'a number for the type'],
    [{ type: [SHOW], event: 'uk-sanctions' }, 'the type in an array'],
    [{ type: SHOW.toUpperCase(), event: 'uk-sanctions' }, 'the type in other letters'],
    [{ type: SHOW, event: ['uk-sanctions'] }, 'the id in an array'],
    [{ type: SHOW, event: { id: 'uk-sanctions' } }, 'the id in an object'],
    [{ type: SHOW, event: true }, 'a boolean id'],
    [{ type: SHOW, event: '' }, 'an empty id'],
    [{ type: SHOW, event: ' uk-sanctions' }, 'an id with a space'],
    [{ type: SHOW, event: 'javascript:alert(1)' }, 'a script URL as the id'],
    [{ type: SHOW, event: 'a'.repeat(1_000_000) }, 'a million-character id'],
    [{ type: SHOW.repeat(100_000), event: 'uk-sanctions' }, 'a huge type'],
    [JSON.parse(`{"__proto__": {"type": "${SHOW}", "event": "uk-sanctions"}}`), 'type and event only under a "__proto__" key'],
    [Object.create({ type: SHOW, event: 'uk-sanctions' }), 'type and event only on the prototype (structured clone drops it)'],
  ])('ignores %s (%s)', (data) => {
    expect(received(data)).toBeNull();
  });

  test('reads only the event id: extra keys are neither copied nor acted on', () => {
    const data = {
      type: SHOW,
      event: 'uk-sanctions',
      height: 1e9,
      html: '<img src=x onerror=alert(1)>',
      href: 'javascript:alert(1)',
      constructor: { prototype: { polluted: true } },
    };
    const show = received(data);
    expect(show).toStrictEqual({ event: 'uk-sanctions' });
    expect(Object.keys(show!)).toEqual(['event']);
  });

  test('a "__proto__" key beside a good message changes nothing and pollutes nothing', () => {
    const data: unknown = JSON.parse(`{"type": "${SHOW}", "event": "uk-sanctions", "__proto__": {"polluted": true, "event": "other"}}`);
    expect(received(data)).toStrictEqual({ event: 'uk-sanctions' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('readFrameMessage', () => {
  test.each<[unknown, FrameMessage | null, string]>([
    [{ type: 'news-timeline:height', height: 812 }, { type: 'news-timeline:height', height: 812 }, 'a height'],
    [{ type: 'news-timeline:height', height: 811.2 }, { type: 'news-timeline:height', height: 812 }, 'rounded up, so nothing is cut off'],
    [{ type: 'news-timeline:height', height: 1e12 }, { type: 'news-timeline:height', height: 20000 }, 'clamped to the tallest frame'],
    [{ type: 'news-timeline:height', height: -5 }, { type: 'news-timeline:height', height: 0 }, 'never negative'],
    [{ type: 'news-timeline:height', height: '99999px' }, null, 'a string'],
    [{ type: 'news-timeline:height', height: Number.NaN }, null, 'not a number'],
    [{ type: 'news-timeline:height', height: Infinity }, null, 'infinite'],
    [{ type: 'news-timeline:height', height: { valueOf: 'alert(1)' } }, null, 'an object'],
    [{ type: 'news-timeline:selected', event: 'uk-sanctions' }, { type: 'news-timeline:selected', event: 'uk-sanctions' }, 'an event'],
    [{ type: 'news-timeline:selected', event: null }, { type: 'news-timeline:selected', event: null }, 'none'],
    [
      { type: 'news-timeline:selected', event: '<img src=x onerror=alert(1)>' },
      { type: 'news-timeline:selected', event: null },
      'markup: none',
    ],
    [
      { type: 'news-timeline:selected', event: 'javascript:alert(1)' },
      { type: 'news-timeline:selected', event: null },
      'a script URL: none',
    ],
    [{ type: 'news-timeline:unknown', code: 'alert(1)' }, null, 'another type'],
    [{ type: 'embed-size', sentinel: 'amp', height: 5 }, null, 'AMP’s format, which is for AMP hosts'],
    ['news-timeline:height', null, 'a string'],
    [null, null, 'null'],
  ])('%j → %j (%s)', (data, expected) => {
    expect(readFrameMessage(structuredClone(data))).toEqual(expected);
  });
});

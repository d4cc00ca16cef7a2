import { describe, expect, test } from 'vitest';
import { parsePosition, positionMessage, readPositionMessage, serializePosition, type PresentPosition } from './presentState';

describe('position in the URL', () => {
  test.each<[string, PresentPosition]>([
    ['', { narrative: null, step: 0 }],
    ['#step=4', { narrative: null, step: 4 }],
    ['#narrative=attribution-day&step=2', { narrative: 'attribution-day', step: 2 }],
    ['#step=-1', { narrative: null, step: 0 }],
    ['#step=2.5', { narrative: null, step: 0 }],
    ['#step=abc', { narrative: null, step: 0 }],
    ['#narrative=<b>&step=1', { narrative: null, step: 1 }],
  ])('%j → %j', (hash, expected) => {
    expect(parsePosition(hash)).toEqual(expected);
  });

  test('round-trips', () => {
    const position = { narrative: 'electoral-commission-breach', step: 7 };
    expect(parsePosition(serializePosition(position))).toEqual(position);
  });
});

describe('messages between the windows', () => {
  test('a well-formed message is read', () => {
    expect(readPositionMessage(positionMessage({ narrative: null, step: 3 }))).toEqual({ narrative: null, step: 3 });
  });

  test.each<[unknown]>([
    [null],
    ['step=3'],
    [{ type: 'news-timeline:present', narrative: null, step: '3' }],
    [{ type: 'news-timeline:present', narrative: '<img>', step: 3 }],
    [{ type: 'news-timeline:present', narrative: null, step: -1 }],
    [{ type: 'other', narrative: null, step: 3 }],
  ])('junk is ignored: %j', (data) => {
    expect(readPositionMessage(data)).toBeNull();
  });
});

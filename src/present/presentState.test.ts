import { describe, expect, test } from 'vitest';
import { positionMessage, readPositionMessage } from './presentState';

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

import { describe, expect, test } from 'vitest';
import { keyTarget, PAGE_STEP } from './listKeys';

describe('keyTarget', () => {
  test.each<[key: string, index: number, count: number, expected: number | null, note: string]>([
    ['ArrowDown', 0, 5, 1, 'next'],
    ['ArrowDown', 4, 5, 4, 'stays on the last'],
    ['ArrowUp', 3, 5, 2, 'previous'],
    ['ArrowUp', 0, 5, 0, 'stays on the first'],
    ['Home', 3, 5, 0, 'first'],
    ['End', 0, 10_000, 9_999, 'last of the whole list'],
    ['a', 2, 5, null, 'other keys are not for moving'],
    ['Enter', 2, 5, null, 'Enter is left to the button'],
  ])('%s from %i of %i goes to %s (%s)', (key, index, count, expected) => {
    expect(keyTarget(key, index, count)).toBe(expected);
  });

  test('PageUp and PageDown move a page only where paging is on, and stop at the ends', () => {
    expect(keyTarget('PageDown', 0, 100)).toBeNull();
    expect(keyTarget('PageUp', 50, 100)).toBeNull();
    expect(keyTarget('PageDown', 0, 100, { paging: true })).toBe(PAGE_STEP);
    expect(keyTarget('PageDown', 95, 100, { paging: true })).toBe(99);
    expect(keyTarget('PageUp', 50, 100, { paging: true })).toBe(50 - PAGE_STEP);
    expect(keyTarget('PageUp', 3, 100, { paging: true })).toBe(0);
  });

  test('an empty list has nowhere to go', () => {
    expect(keyTarget('End', 0, 0)).toBeNull();
  });
});

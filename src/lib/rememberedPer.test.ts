import { expect, test, vi } from 'vitest';
import { rememberedPer } from './rememberedPer';

test('works out an answer once per object, and anew for another object, however alike', () => {
  const compute = vi.fn((list: number[]) => list.length);
  const lengthOf = rememberedPer(compute);
  const list = [1, 2, 3];
  expect(lengthOf(list)).toBe(3);
  expect(lengthOf(list)).toBe(3);
  expect(compute).toHaveBeenCalledTimes(1);
  expect(lengthOf([1, 2, 3])).toBe(3);
  expect(compute).toHaveBeenCalledTimes(2);
});

test('remembers an answer that is undefined or false too', () => {
  const compute = vi.fn(() => undefined);
  const nothing = rememberedPer(compute);
  const key = {};
  nothing(key);
  nothing(key);
  expect(compute).toHaveBeenCalledTimes(1);
});

import { expect, test } from 'vitest';
import { formatCount } from './count';

test.each([0, 7, 999, 1000, 12_345, 100_000, 1_234_567, 98_765_432_1])('%d reads as en-GB writes it', (count) => {
  expect(formatCount(count)).toBe(count.toLocaleString('en-GB'));
});

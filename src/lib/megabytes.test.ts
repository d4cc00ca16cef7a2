import { expect, test } from 'vitest';
import { megabytes } from './megabytes';

test.each([
  [0, '0.0 MB'],
  [3 * 1024 * 1024, '3.0 MB'],
  [9.96 * 1024 * 1024, '10 MB'],
  [12 * 1024 * 1024, '12 MB'],
  [200 * 1024 * 1024, '200 MB'],
])('%d bytes read "%s"', (bytes, text) => {
  expect(megabytes(bytes)).toBe(text);
});

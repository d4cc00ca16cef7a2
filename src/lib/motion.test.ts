// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeMatchMedia } from '../test/fakeMatchMedia';
import { prefersReducedMotion } from './motion';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefersReducedMotion', () => {
  test.each<[string, Set<string> | undefined, boolean]>([
    ['the reader asked for less motion', new Set(['(prefers-reduced-motion: reduce)']), true],
    ['the reader did not', new Set(), false],
    ['there is no matchMedia', undefined, false],
  ])('%s', (_, matching, expected) => {
    if (matching) fakeMatchMedia(matching);
    else vi.stubGlobal('matchMedia', undefined);
    expect(prefersReducedMotion()).toBe(expected);
  });
});

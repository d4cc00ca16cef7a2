// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeMatchMedia } from '../test/fakeMatchMedia';
import { prefersReducedMotion } from './mediaQuery';
import { useMediaQuery } from './useMediaQuery';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Layout() {
  return <p>{useMediaQuery('(max-width: 640px)') ? 'phone' : 'wide'}</p>;
}

describe('useMediaQuery', () => {
  test('follows the query as it starts and stops matching', () => {
    const { change } = fakeMatchMedia(new Set(['(max-width: 640px)']));
    render(<Layout />);
    expect(screen.getByText('phone')).toBeInTheDocument();
    act(() => change('(max-width: 640px)', false));
    expect(screen.getByText('wide')).toBeInTheDocument();
  });

  test('matches nothing where there is no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Layout />);
    expect(screen.getByText('wide')).toBeInTheDocument();
  });
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

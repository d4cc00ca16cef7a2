// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeMatchMedia } from '../test/fakeMatchMedia';
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

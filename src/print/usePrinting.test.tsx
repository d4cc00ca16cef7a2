// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeMatchMedia } from '../test/fakeMatchMedia';
import { usePrinting } from './usePrinting';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Page() {
  return <p>{usePrinting() ? 'handout' : 'screen'}</p>;
}

describe('usePrinting', () => {
  test('from beforeprint to afterprint, rendered before the browser lays out the print', () => {
    fakeMatchMedia(new Set());
    render(<Page />);
    expect(screen.getByText('screen')).toBeInTheDocument();
    // No act(): the handout must be on the page by the time the event returns, as the browser needs it.
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('handout')).toBeInTheDocument();
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('screen')).toBeInTheDocument();
  });

  test('while the print medium applies, without print events (a print preview, an emulated print)', () => {
    const { change } = fakeMatchMedia(new Set());
    render(<Page />);
    act(() => change('print', true));
    expect(screen.getByText('handout')).toBeInTheDocument();
    act(() => change('print', false));
    expect(screen.getByText('screen')).toBeInTheDocument();
  });

  test('after afterprint, still printing while the print medium applies', () => {
    const { change } = fakeMatchMedia(new Set());
    render(<Page />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      change('print', true);
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('handout')).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { historyEntryFor, useViewState } from './useViewState';
import { DEFAULT_VIEW, type ViewState } from './viewState';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

describe('historyEntryFor: what Back undoes', () => {
  test.each<[Partial<ViewState>, Partial<ViewState>, 'push' | 'replace', string]>([
    [{}, { event: 'a' }, 'push', 'opening an event'],
    [{ event: 'a' }, {}, 'push', 'closing it'],
    [{ event: 'a' }, { event: 'b' }, 'replace', 'moving from one open event to the next'],
    [{}, { view: 'coverage' }, 'push', 'switching views'],
    [{}, { narrative: 'attribution-day' }, 'push', 'choosing a story order'],
    [{}, { window: { from: '2021-01-01', to: '2022-01-01' } }, 'replace', 'moving the window'],
    [{}, { q: 'ambassador' }, 'replace', 'typing a search'],
    [{}, { lanes: ['uk'] }, 'replace', 'filtering'],
    [{ step: 1 }, { step: 2 }, 'replace', 'a presentation step'],
  ])('%j → %j: %s (%s)', (before, after, entry) => {
    expect(historyEntryFor(view(before), view(after))).toBe(entry);
  });
});

describe('useViewState', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  test('writes each change to the hash, pushing or replacing as historyEntryFor says', () => {
    const { result } = renderHook(() => useViewState());
    const start = window.history.length;
    act(() => result.current[1]({ q: 'ambassador' }));
    expect(window.location.hash).toBe('#q=ambassador');
    expect(window.history.length).toBe(start);
    act(() => result.current[1]({ event: 'uk-sanctions' }));
    expect(window.location.hash).toBe('#event=uk-sanctions&q=ambassador');
    expect(window.history.length).toBe(start + 1);
    expect(result.current[0]).toEqual(view({ event: 'uk-sanctions', q: 'ambassador' }));
  });

  test('a change that leaves the URL as it is adds nothing', () => {
    const { result } = renderHook(() => useViewState());
    const start = window.history.length;
    act(() => result.current[1]({ view: 'timeline', q: '  ' }));
    expect(window.history.length).toBe(start);
    expect(window.location.hash).toBe('');
  });

  test('an edited hash or Back changes the state', () => {
    const { result } = renderHook(() => useViewState());
    act(() => {
      window.location.hash = '#event=nz-attribution&step=3';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current[0]).toEqual(view({ event: 'nz-attribution', step: 3 }));
  });
});

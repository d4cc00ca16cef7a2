import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, withKnownFilters, withViewInHash, type ViewState } from './viewState';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

describe('parseViewState', () => {
  test.each<[string, ViewState, string]>([
    ['', DEFAULT_VIEW, 'no hash: the default view'],
    ['#event=uk-sanctions', view({ event: 'uk-sanctions' }), 'a selected event'],
    ['#lane=uk,us&kind=breach', view({ lanes: ['uk', 'us'], kinds: ['breach'] }), 'lane and kind lists'],
    ['#lane=uk%2Cnz', view({ lanes: ['uk', 'nz'] }), 'an escaped comma'],
    ['#lane=uk,uk,,us', view({ lanes: ['uk', 'us'] }), 'duplicates and blanks dropped'],
    ['#q=foreign%20office', view({ q: 'foreign office' }), 'search text'],
    ['#from=2021-01-01&to=2024-12-31', view({ window: { from: '2021-01-01', to: '2024-12-31' } }), 'a window'],
    ['#view=coverage', view({ view: 'coverage' }), 'the coverage view'],
    ['#x=1&event=a', view({ event: 'a' }), 'unknown parameters ignored'],
    ['#step=4', view({ step: 4 }), 'a presentation step'],
    ['#step=-0', view({ step: 0 }), 'minus zero, as plain zero'],
    ['#narrative=attribution-day&step=2', view({ narrative: 'attribution-day', step: 2 }), 'a story order and step'],
    ['#narrative=<b>&step=1', view({ step: 1 }), 'a junk story order'],
  ])('%j (%s)', (hash, expected) => {
    expect(parseViewState(hash)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['#event=<img src=x onerror=alert(1)>', 'markup as an event id'],
    ['#event=UK_Sanctions', 'an id in the wrong form'],
    ['#lane=<script>,javascript:alert(1)', 'junk lanes'],
    ['#from=2024-12-31&to=2021-01-01', 'a window that runs backwards'],
    ['#from=2024-02-30&to=2024-03-30', 'an impossible date'],
    ['#from=2021&to=2024', 'window bounds that are not days'],
    ['#from=2021-01-01', 'half a window'],
    ['#view=slides', 'an unknown view'],
    ['#step=-1', 'a negative step'],
    ['#step=2.5', 'a fractional step'],
    ['#step=abc', 'a step that is not a number'],
    ['#%E0%A4%A', 'broken percent-encoding'],
    ['#&&&==&', 'separators only'],
  ])('junk falls back to the default view: %j (%s)', (hash) => {
    expect(parseViewState(hash)).toEqual(DEFAULT_VIEW);
  });

  test('a very long search is cut to its first 200 characters', () => {
    expect(parseViewState(`#q=${'a'.repeat(5000)}`).q).toHaveLength(200);
  });
});

describe('serializeViewState', () => {
  test.each<[ViewState, string, string]>([
    [DEFAULT_VIEW, '', 'the default view needs no hash'],
    [view({ event: 'uk-sanctions' }), '#event=uk-sanctions', 'an event'],
    [view({ lanes: ['uk', 'us'], kinds: ['breach'] }), '#lane=uk,us&kind=breach', 'lists with plain commas'],
    [view({ q: '  ' }), '', 'blank search left out'],
    [view({ q: 'a&b=c' }), '#q=a%26b%3Dc', 'search text escaped'],
    [
      view({ window: { from: '2021-01-01', to: '2022-01-01' }, view: 'coverage' }),
      '#from=2021-01-01&to=2022-01-01&view=coverage',
      'window and view',
    ],
  ])('%j → %j (%s)', (state, expected) => {
    expect(serializeViewState(state)).toBe(expected);
  });

  test.each<[ViewState]>([
    [view({ event: 'nz-attribution', lanes: ['nz'], kinds: ['attribution', 'denial'], q: '“APT40” é & more', view: 'coverage' })],
    [view({ window: { from: '2014-01-01', to: '2024-03-26' } })],
    [view({ narrative: 'electoral-commission-breach', step: 7 })],
  ])('round-trips through the URL: %j', (state) => {
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe('withKnownFilters', () => {
  test('drops lanes and kinds the story does not have, keeping the rest', () => {
    const state = view({ lanes: ['uk', 'mars'], kinds: ['breach', 'party'] });
    expect(withKnownFilters(state, ['uk', 'us'], ['breach'])).toEqual(view({ lanes: ['uk'], kinds: ['breach'] }));
  });

  test('returns the same object when nothing is unknown, so memoised views do not recompute', () => {
    const state = view({ lanes: ['uk'] });
    expect(withKnownFilters(state, ['uk'], [])).toBe(state);
  });
});

describe('withViewInHash: links from before the view moved to the hash', () => {
  test.each<[string, string | null, string]>([
    [
      'https://news.example/t/?embed=1&event=uk-sanctions&lanes=uk,us&kinds=breach&from=2021-01-01&to=2022-01-01&theme=dark',
      'https://news.example/t/?embed=1&theme=dark#event=uk-sanctions&lane=uk,us&kind=breach&from=2021-01-01&to=2022-01-01',
      'every old view parameter moves; page options stay',
    ],
    [
      'https://news.example/t/?embed=1&event=UK_Sanctions',
      'https://news.example/t/?embed=1',
      'a junk value is dropped as the hash would drop it',
    ],
    ['https://news.example/t/?embed=1&event=a#event=b', 'https://news.example/t/?embed=1#event=b', 'a view in the hash wins'],
    ['https://news.example/t/?embed=1#event=b', null, 'a link in today’s grammar is left alone'],
  ])('%s', (href, expected) => {
    expect(withViewInHash(href)).toBe(expected);
  });
});

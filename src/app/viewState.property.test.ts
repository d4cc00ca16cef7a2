import { ID_PATTERN } from '../data/idPattern';
/**
 * Property tests for the URL hash a reader can type, paste or be sent:
 * parsing never throws, always gives a well-formed view with junk replaced by
 * defaults, and a parsed view survives being written back to the URL.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LONE_SURROGATE, NUMBER_JUNK, percentJunk, wellFormed } from '../test/urlJunk';
import { parsePartialDate } from '../data/dates';
import { MAX_QUERY_LENGTH } from '../data/search';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './viewState';

const ID = ID_PATTERN;
const PROPERTY = { timeout: 30_000 };

/** Values that could come after `key=`: real ones, and everything a hostile or broken link holds. */
const valueArb = fc.oneof(
  fc.constantFrom('uk-sanctions', 'uk,us', 'breach', 'coverage', 'timeline', '2021-01-01', '2024-12-31', '2024-02-29', 'foreign office'),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '"><svg onload=alert(1)>'),
  fc.constantFrom(...NUMBER_JUNK, '0x10', '2024-02-30', '2023-02-29', '0000-00-00', '99999-01-01'),
  fc.constantFrom(',', ',,,', 'uk,,uk', ' uk', 'UK', 'uk-', '-uk', 'u--k'),
  fc.stringMatching(/^[a-z0-9-]{1,12}(?:,[a-z0-9-]{1,12}){0,4}$/),
  fc.integer().map(String),
  fc.double().map(String),
  percentJunk,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('a'.repeat(10_000), '😀'.repeat(5_000), `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`, `${'é'.repeat(MAX_QUERY_LENGTH)}x`),
  fc.constant(''),
);

const keyArb = fc.oneof(
  fc.constantFrom('event', 'lane', 'kind', 'q', 'from', 'to', 'view', 'step', 'narrative'),
  fc.constantFrom('__proto__', 'constructor', 'EVENT', 'event ', 'lane[]', ''),
  fc.string({ maxLength: 6 }),
  percentJunk,
);

/** A hash: pairs joined by `&` (repeats allowed), raw or URI-encoded, with or without the leading `#`. */
const hashArb = fc
  .tuple(
    fc.array(fc.tuple(keyArb, valueArb, fc.constantFrom('raw', 'encoded', 'bare')), { maxLength: 8 }),
    fc.constantFrom('#', '', '##', '#&'),
  )
  .map(
    ([pairs, lead]) =>
      lead +
      pairs
        .map(([key, value, form]) =>
          form === 'bare' ? key : form === 'raw' ? `${key}=${value}` : `${key}=${encodeURIComponent(wellFormed(value))}`,
        )
        .join('&'),
  );

const isRealDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value)?.precision === 'day';

/** The shape every parsed view has, whatever the hash held. */
function expectWellFormed(view: ViewState): void {
  const broken: string[] = [];
  if (Object.keys(view).sort().join() !== Object.keys(DEFAULT_VIEW).sort().join()) broken.push(`keys ${Object.keys(view).join()}`);
  if (view.event !== null && !(typeof view.event === 'string' && ID.test(view.event))) broken.push(`event ${view.event}`);
  for (const list of [view.lanes, view.kinds]) {
    if (!Array.isArray(list) || list.length > 50 || new Set(list).size !== list.length || !list.every((id) => ID.test(id)))
      broken.push(`list ${list.join()}`);
  }
  if (typeof view.q !== 'string' || view.q.length > MAX_QUERY_LENGTH || LONE_SURROGATE.test(view.q))
    broken.push(`q ${JSON.stringify(view.q)}`);
  if (view.window !== null && !(isRealDay(view.window.from) && isRealDay(view.window.to) && view.window.from < view.window.to))
    broken.push(`window ${JSON.stringify(view.window)}`);
  if (view.view !== 'timeline' && view.view !== 'coverage') broken.push(`view ${String(view.view)}`);
  if (view.narrative !== null && !ID.test(view.narrative)) broken.push(`narrative ${view.narrative}`);
  if (!Number.isInteger(view.step) || view.step < 0 || view.step >= 100_000) broken.push(`step ${view.step}`);
  expect(broken).toEqual([]);
}

/** A blank search is no search: the URL leaves it out. */
const normalised = (view: ViewState): ViewState => ({ ...view, q: view.q.trim() === '' ? '' : view.q });

describe('parseViewState on any hash', () => {
  test('never throws, and always gives a well-formed view', PROPERTY, () => {
    fc.assert(
      fc.property(hashArb, (hash) => void expectWellFormed(parseViewState(hash))),
      { numRuns: 500 },
    );
  });

  test('any string at all, not only key=value pairs', PROPERTY, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), percentJunk), (hash) => expectWellFormed(parseViewState(hash))),
      { numRuns: 300 },
    );
  });

  test('anything it does not understand keeps its default, and the first of repeated keys wins', PROPERTY, () => {
    fc.assert(
      fc.property(hashArb, (hash) => {
        const view = parseViewState(hash);
        const params = new URLSearchParams(hash.replace(/^#/, ''));
        if (view.event !== null) expect(view.event).toBe(params.get('event'));
        if (view.view !== DEFAULT_VIEW.view) expect(params.get('view')).toBe('coverage');
        if (view.window !== null) expect([params.get('from'), params.get('to')]).toEqual([view.window.from, view.window.to]);
        if (view.q !== '') expect(params.get('q')!.startsWith(view.q)).toBe(true);
        for (const id of view.lanes) expect(params.get('lane')!.split(',')).toContain(id);
        for (const id of view.kinds) expect(params.get('kind')!.split(',')).toContain(id);
      }),
      { numRuns: 500 },
    );
  });

  test('a parsed view survives being written back to the URL and read again', PROPERTY, () => {
    fc.assert(
      fc.property(hashArb, (hash) => {
        const view = normalised(parseViewState(hash));
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeViewState', () => {
  const viewArb: fc.Arbitrary<ViewState> = fc.record({
    event: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/), { nil: null }),
    lanes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6})?$/), { maxLength: 5 }),
    kinds: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6})?$/), { maxLength: 5 }),
    q: fc.oneof(
      fc.constant(''),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((q) => q.trim() !== ''),
    ),
    window: fc.option(
      fc
        .tuple(
          fc.date({ min: new Date(1000, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true }),
          fc.integer({ min: 1, max: 100_000 }),
        )
        .map(([from, days]) => {
          const iso = (d: Date) =>
            `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
          return { from: iso(from), to: iso(new Date(from.getTime() + days * 86_400_000)) };
        }),
      { nil: null },
    ),
    view: fc.constantFrom('timeline' as const, 'coverage' as const),
    narrative: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/), { nil: null }),
    step: fc.nat({ max: 99_999 }),
  });

  test('every view the app can be in round-trips through the hash exactly', PROPERTY, () => {
    fc.assert(
      fc.property(viewArb, (view) => void expect(parseViewState(serializeViewState(view))).toEqual(view)),
      { numRuns: 500 },
    );
  });
});

describe('examples the properties found', () => {
  test('a long search is cut before an emoji rather than through it', () => {
    const hash = `#q=${encodeURIComponent(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`)}`;
    const view = parseViewState(hash);
    expect(view.q).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    // Before the fix the cut left half the emoji, which the URL wrote back as U+FFFD.
    expect(parseViewState(serializeViewState(view)).q).toBe(view.q);
  });

  test.each<[string, Partial<ViewState>]>([
    ['#%E0%A4%A=1&event=a', { event: 'a' }],
    ['#event=a&event=%3Cscript%3E', { event: 'a' }],
    ['#event=%3Cscript%3E&event=a', {}],
    ['#from=NaN&to=Infinity', {}],
    ['#from=-001-01-01&to=2024-01-01', {}],
    ['#lane=javascript:alert(1),uk', { lanes: ['uk'] }],
    ['#q=%E0%A4%A', { q: '\uFFFD%A' }],
  ])('%j', (hash, expected) => {
    expect(parseViewState(hash)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });
});

/**
 * Property tests for the query string a host page's snippet (or anyone's link) sets:
 * parsing never throws, always returns options of the right shape, keeps the
 * default for anything it does not accept, and never lets a dataset in from an
 * origin that is not allowed. main.tsx passes `window.location.search` and the
 * page's own origin, which is "null" in the offline build opened from a file.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EMBED_DEFAULT_THEME } from '../embed/contract';
import { NUMBER_JUNK, percentJunk, wellFormed } from '../test/urlJunk';
import { checkDataUrl, DEFAULT_PAGE_OPTIONS, parsePageOptions, type OriginPolicy, type PageOptions } from './pageOptions';

const PROPERTY = { timeout: 30_000 };

const POLICIES: OriginPolicy[] = [
  { appOrigin: 'https://news.example', allowedDataOrigins: ['https://data.partner.example'] },
  { appOrigin: 'http://localhost:5173', allowedDataOrigins: [] },
  // The offline single-file build, opened from disk.
  { appOrigin: 'null', allowedDataOrigins: [] },
];

const NAMES = [
  'embed',
  'present',
  'presenter',
  'theme',
  'height',
  'panel',
  'event',
  'lanes',
  'kinds',
  'from',
  'to',
  'data',
  'childId',
] as const;

/** Data URLs an attacker would try, and the ones that are allowed. */
const dataUrlArb = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{}',
    'blob:https://news.example/0',
    'file:///etc/passwd',
    'ftp://news.example/s.json',
    'https://evil.example/s.json',
    '//evil.example/s.json',
    '\\\\evil.example\\s.json',
    '/\\evil.example/s.json',
    'https:\\\\evil.example',
    'https://news.example@evil.example/s.json',
    'https://news.example.evil.example/s.json',
    'https://evil.example#https://news.example',
    'http://news.example/s.json',
    'https://news.example:444/s.json',
    'https://data.partner.example.evil.example/s.json',
    'https://data.partner.example/s.json',
    'https://news.example/s.json',
    '/other/timeline.json',
    'timeline.json',
    '../../x.json',
    'https:evil.example',
    'http:evil.example',
    'null/x.json',
    'https://[::1]/',
    'https://%65vil.example/',
    'https://evil。example/',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  percentJunk,
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const valueArb = fc.oneof(
  fc.constantFrom(
    '1',
    '0',
    'true',
    'false',
    'yes',
    'no',
    '',
    'auto',
    'light',
    'dark',
    'fixed',
    'inline',
    'link',
    'uk-sanctions',
    'uk,nz',
    'example-1',
  ),
  fc.constantFrom('2021-01-01', '2024-12-31', '2024-02-29', '2024-02-30', '2023-02-29', '0000-00-00', '99999-01-01', '2021-1-1'),
  fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', ...NUMBER_JUNK),
  fc.constantFrom('a'.repeat(10_000), `${'uk,'.repeat(3_000)}uk`, '😀'.repeat(5_000), `${'a'.repeat(79)}😀`),
  fc.stringMatching(/^[a-z0-9-]{1,12}(?:,[a-z0-9-]{1,12}){0,4}$/),
  fc.integer().map(String),
  dataUrlArb,
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const keyArb = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom('__proto__', 'constructor', 'EMBED', 'data ', 'q'),
  fc.string({ maxLength: 6 }),
  percentJunk,
);

/** A query string: pairs joined by `&` (repeats allowed), raw or URI-encoded, with or without the leading `?`. */
const searchArb = fc
  .tuple(fc.array(fc.tuple(keyArb, valueArb, fc.constantFrom('raw', 'encoded', 'bare')), { maxLength: 8 }), fc.constantFrom('?', '', '??'))
  .map(
    ([pairs, lead]) =>
      lead +
      pairs
        .map(([key, value, form]) => {
          if (form === 'bare') return key;
          if (form === 'raw') return `${key}=${value}`;
          return `${key}=${encodeURIComponent(wellFormed(value))}`;
        })
        .join('&'),
  );

/** Right keys, right types, only allowed values: whatever the query string held. */
function expectWellFormed(options: PageOptions, policy: OriginPolicy): void {
  const broken: string[] = [];
  if (Object.keys(options).sort().join() !== Object.keys(DEFAULT_PAGE_OPTIONS).sort().join())
    broken.push(`keys ${Object.keys(options).join()}`);
  for (const flag of ['embed', 'present', 'presenter'] as const) if (typeof options[flag] !== 'boolean') broken.push(flag);
  if (!['auto', 'light', 'dark'].includes(options.theme)) broken.push(`theme ${options.theme}`);
  if (!['auto', 'fixed'].includes(options.height)) broken.push(`height ${options.height}`);
  if (!['inline', 'link'].includes(options.panel)) broken.push(`panel ${options.panel}`);
  if (options.childId !== null && !/^[\w-]{1,64}$/.test(options.childId)) broken.push(`childId ${options.childId}`);
  if (options.dataUrl !== null) {
    const url = new URL(options.dataUrl);
    const allowed = url.origin === policy.appOrigin || policy.allowedDataOrigins.includes(url.origin);
    if (!allowed || (url.protocol !== 'https:' && url.protocol !== 'http:')) broken.push(`dataUrl ${options.dataUrl}`);
    if (options.refusedData !== null) broken.push('both loaded and refused');
  }
  if (options.refusedData !== null) {
    const { url, reason } = options.refusedData;
    if (typeof url !== 'string' || url.length > 500 || typeof reason !== 'string' || reason === '')
      broken.push(`refusedData ${JSON.stringify(options.refusedData)}`);
  }
  expect(broken).toEqual([]);
}

describe('parsePageOptions on any query string', () => {
  test('never throws; options of the right shape; warnings are short plain strings', PROPERTY, () => {
    fc.assert(
      fc.property(searchArb, fc.constantFrom(...POLICIES), (search, policy) => {
        const { options, warnings } = parsePageOptions(search, policy);
        expectWellFormed(options, policy);
        expect(Array.isArray(warnings)).toBe(true);
        for (const warning of warnings) {
          expect(typeof warning).toBe('string');
          // A bad value is quoted to 80 characters (JSON-escaped, so at most 6 each), never in full.
          expect(warning.length).toBeLessThan(600);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('any string at all', PROPERTY, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), percentJunk), fc.constantFrom(...POLICIES), (search, policy) => {
        expectWellFormed(parsePageOptions(search, policy).options, policy);
      }),
      { numRuns: 300 },
    );
  });

  test('an option differs from its default only as the first value given for it, and a refused value is warned about', PROPERTY, () => {
    fc.assert(
      fc.property(searchArb, fc.constantFrom(...POLICIES), (search, policy) => {
        const { options, warnings } = parsePageOptions(search, policy);
        const params = new URLSearchParams(search);
        // An embed's theme defaults to light, the page's to the reader's setting.
        const defaultOf = (name: 'theme' | 'height' | 'panel' | 'childId') =>
          name === 'theme' && options.embed ? EMBED_DEFAULT_THEME : DEFAULT_PAGE_OPTIONS[name];
        for (const name of ['theme', 'height', 'panel', 'childId'] as const) {
          if (options[name] !== defaultOf(name)) expect(options[name]).toBe(params.get(name));
        }
        for (const flag of ['embed', 'headline', 'present', 'presenter'] as const) {
          if (options[flag]) expect(['1', 'true', 'yes', '']).toContain(params.get(flag));
        }
        // Every parameter that was given and not taken is either warned about or (for data) refused.
        for (const name of ['theme', 'height', 'panel', 'childId'] as const) {
          const given = params.get(name);
          const taken = options[name] !== defaultOf(name) || given === defaultOf(name);
          if (given !== null && !taken) expect(warnings.some((w) => w.startsWith(`Ignored ${name}=`))).toBe(true);
        }
        const data = params.get('data');
        if (data) expect(options.dataUrl !== null || options.refusedData !== null).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a data URL from an origin that is not allowed is never loaded', PROPERTY, () => {
    fc.assert(
      fc.property(dataUrlArb, fc.constantFrom(...POLICIES), fc.boolean(), (url, policy, encode) => {
        const search = `?embed=1&data=${encode ? encodeURIComponent(wellFormed(url)) : url}`;
        const { options } = parsePageOptions(search, policy);
        expectWellFormed(options, policy);
        const checked = checkDataUrl(url, policy);
        if ('url' in checked) expect([policy.appOrigin, ...policy.allowedDataOrigins]).toContain(new URL(checked.url).origin);
      }),
      { numRuns: 500 },
    );
  });
});

describe('examples', () => {
  const policy = POLICIES[0]!;

  test.each<[string, Partial<PageOptions>]>([
    ['?theme=%E0%A4%A', {}],
    ['?%E0%A4%A&embed=1', { embed: true, theme: 'light' }],
    ['?embed=1&embed=0', { embed: true, theme: 'light' }],
    ['?theme=dark&theme=%3Cscript%3E', { theme: 'dark' }],
    ['?height=NaN&panel=-1&childId=-1', { childId: '-1' }],
    // The view is not a page option: it is read from the hash (viewState.ts).
    ['?event=uk-sanctions&lanes=uk&from=2021-01-01&to=2022-01-01', {}],
  ])('%j falls back to the defaults it must', (search, expected) => {
    expect(parsePageOptions(search, policy).options).toEqual({ ...DEFAULT_PAGE_OPTIONS, ...expected });
  });

  test.each<[string, string]>([
    ['javascript:alert(1)', 'javascript: URLs are not loaded'],
    ['//evil.example/s.json', "https://evil.example is not on this timeline's list of allowed data sources"],
    ['\\\\evil.example\\s.json', "https://evil.example is not on this timeline's list of allowed data sources"],
    ['https://news.example@evil.example/s.json', "https://evil.example is not on this timeline's list of allowed data sources"],
    ['java\tscript:alert(1)', 'javascript: URLs are not loaded'],
  ])('data=%j is refused: %s', (url, reason) => {
    const { options } = parsePageOptions(`?data=${encodeURIComponent(url)}`, policy);
    expect(options.dataUrl).toBeNull();
    expect(options.refusedData).toEqual({ url, reason });
  });

  test('in the offline build (origin "null") a relative data URL is refused, not thrown', () => {
    const { options } = parsePageOptions('?data=timeline.json', { appOrigin: 'null', allowedDataOrigins: [] });
    expect(options).toEqual({ ...DEFAULT_PAGE_OPTIONS, refusedData: { url: 'timeline.json', reason: 'it is not a valid URL' } });
  });

  test('a 10,000-character value is refused with a short warning', () => {
    const { options, warnings } = parsePageOptions(`?theme=${'a'.repeat(9_999)}`, policy);
    expect(options.theme).toBe('auto');
    expect(warnings).toEqual([`Ignored theme=${JSON.stringify('a'.repeat(80))}: expected auto, light or dark.`]);
  });
});

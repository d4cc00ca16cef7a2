import { describe, expect, test } from 'vitest';
import { checkDataUrl, DEFAULT_PAGE_OPTIONS, parsePageOptions, type PageOptions } from './pageOptions';

const policy = { appOrigin: 'https://news.example', allowedDataOrigins: ['https://data.partner.example'] };
const parse = (search: string) => parsePageOptions(search, policy);
const withOptions = (change: Partial<PageOptions>): PageOptions => ({ ...DEFAULT_PAGE_OPTIONS, ...change });

describe('parsePageOptions: good values', () => {
  test.each<[string, Partial<PageOptions>, string]>([
    ['', {}, 'nothing given: the full page'],
    ['?embed=1', { embed: true, theme: 'light' }, 'the embed view, light unless asked otherwise'],
    ['?embed', { embed: true, theme: 'light' }, 'a bare embed flag'],
    ['?embed=1&theme=auto', { embed: true, theme: 'auto' }, "an embed that follows the reader's setting"],
    ['?embed=1&headline=1', { embed: true, theme: 'light', headline: true }, 'an embed with its headline'],
    ['?embed=0', { embed: false }, 'embed switched off'],
    ['?present', { present: true }, 'presentation mode'],
    ['?present&presenter', { present: true, presenter: true }, 'the presenter window'],
    ['?theme=dark', { theme: 'dark' }, 'a theme'],
    ['?height=fixed', { height: 'fixed' }, 'fixed height'],
    ['?panel=link', { panel: 'link' }, 'panel opens the full view'],
    ['?childId=example-1', { childId: 'example-1' }, 'a pym child id'],
    ['?data=%2Fother%2Ftimeline.json', { dataUrl: 'https://news.example/other/timeline.json' }, 'a dataset on the same origin'],
    ['?data=https%3A%2F%2Fdata.partner.example%2Fs.json', { dataUrl: 'https://data.partner.example/s.json' }, 'an allowlisted origin'],
  ])('%j (%s)', (search, expected) => {
    expect(parse(search)).toEqual({ options: withOptions(expected), warnings: [] });
  });
});

describe('parsePageOptions: bad values fall back to the default, with a warning', () => {
  test.each<[string, keyof PageOptions, string]>([
    ['?embed=maybe', 'embed', 'Ignored embed'],
    ['?theme=neon', 'theme', 'Ignored theme'],
    ['?height=100px', 'height', 'Ignored height'],
    ['?panel=%3Cscript%3E', 'panel', 'Ignored panel'],
    ['?childId=a%20b', 'childId', 'Ignored childId'],
  ])('%j keeps the default %s', (search, key, warning) => {
    const { options, warnings } = parse(search);
    expect(options[key]).toEqual(DEFAULT_PAGE_OPTIONS[key]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });

  test('one bad value does not spoil the good ones', () => {
    const { options, warnings } = parse('?embed=1&theme=neon&height=fixed');
    expect(options).toEqual(withOptions({ embed: true, theme: 'light', height: 'fixed' }));
    expect(warnings).toHaveLength(1);
  });

  test('a warning quotes at most 80 characters of the bad value', () => {
    const { warnings } = parse(`?theme=${'x'.repeat(5000)}`);
    expect(warnings[0]!.length).toBeLessThan(200);
  });
});

describe('checkDataUrl', () => {
  test.each<[string, string, string]>([
    ['https://evil.example/s.json', 'https://evil.example is not on this timeline', 'another origin'],
    ['javascript:alert(1)', 'javascript: URLs are not loaded', 'a script URL'],
    ['data:application/json,{}', 'data: URLs are not loaded', 'a data URL'],
    ['http://news.example/s.json', 'http://news.example is not on this timeline', 'same host, other scheme'],
    ['https://news.example.evil.example/s.json', 'is not on this timeline', 'a look-alike host'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(checkDataUrl(url, policy)).toEqual({ reason: expect.stringContaining(reason) as unknown });
  });

  test.each<[string, string]>([
    ['?data=%%%', '%%%'],
    ['?data=%25%25%25', '%%%'],
    ['?data=%E0%A4%A', '\uFFFD%A'],
    ['?data=%2Fx%E0.json', '/x\uFFFD.json'],
    ['?data=%2Fstory%ZZ.json', '/story%ZZ.json'],
    ['?data=%2Fstory%25ZZ.json', '/story%ZZ.json'],
  ])('a malformed address %j is refused before anything is fetched', (search, url) => {
    expect(parse(search).options).toEqual(withOptions({ refusedData: { url, reason: 'its percent-encoding is broken' } }));
  });

  test('a well-formed escape in the address is fine', () => {
    expect(parse('?data=%2Fstory%2520two.json').options.dataUrl).toBe('https://news.example/story%20two.json');
  });

  test('a refused data URL is reported, not loaded', () => {
    const { options } = parse('?data=https%3A%2F%2Fevil.example%2Fs.json');
    expect(options.dataUrl).toBeNull();
    expect(options.refusedData).toEqual({
      url: 'https://evil.example/s.json',
      reason: "https://evil.example is not on this timeline's list of allowed data sources",
    });
  });
});

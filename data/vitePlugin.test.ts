import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PAGE_OPTIONS, parsePageOptions } from '../src/app/pageOptions';
import { preloadScript } from './vitePlugin';

/** The links the preload script adds to a page at `search`. */
function preloadsAt(search: string): Record<string, string>[] {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}),
    head: { appendChild: (element: Record<string, string>) => added.push({ ...element }) },
  };
  runInNewContext(preloadScript('/data/timeline.json'), { document, location: { search }, URLSearchParams, Object });
  return added;
}

describe('preloadScript', () => {
  test.each<[string, boolean]>([
    ['', true],
    ['?embed=1&theme=dark', true],
    ['?present', true],
    ['?data=', true],
    ['?data=https%3A%2F%2Fdata.example%2Fs.json', false],
    ['?embed=1&data=%2Fother.json', false],
    ['?data=%%%', false],
    ['?d%61ta=x.json', false],
  ])('%j preloads the built-in story: %s, exactly when the app will load it', (search, preloads) => {
    expect(preloadsAt(search)).toEqual(preloads ? [{ rel: 'preload', as: 'fetch', crossOrigin: '', href: '/data/timeline.json' }] : []);
    const { options } = parsePageOptions(search, { appOrigin: 'https://news.example', allowedDataOrigins: [] });
    expect(options.dataUrl === DEFAULT_PAGE_OPTIONS.dataUrl && options.refusedData === null).toBe(preloads);
  });
});

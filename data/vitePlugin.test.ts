import { runInNewContext } from 'node:vm';
import type { HtmlTagDescriptor, Plugin, UserConfig } from 'vite';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_PAGE_OPTIONS, parsePageOptions } from '../src/app/pageOptions';
import { PRERENDER_FITS_CLASS } from '../src/app/prerenderContract';
import { INLINE_TIMELINE_ID } from '../src/data/contract';
import { fingerprint } from '../src/data/fingerprint';
import { makeTimeline } from '../src/data/fixtures';
import type { CompileResult } from './compile';
import { OEMBED_PATH, PAGE_START_SCRIPT_PATH, pageStartScript, timelineData, TIMELINE_PATH } from './vitePlugin';

/** Whether the page-start script shows the prerendered page at `search#hash`, on a screen `width` wide. */
function prerenderFitsAt(search: string, hash: string, width = 1280): boolean {
  const classes = new Set<string>();
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  const matchMedia = (query: string) => ({ matches: width <= Number(/max-width: (\d+)px/.exec(query)?.[1]) });
  runInNewContext(pageStartScript(), { document, location: { search, hash }, URLSearchParams, matchMedia });
  return classes.has(PRERENDER_FITS_CLASS);
}

describe('pageStartScript', () => {
  test.each<[string, string, boolean]>([
    ['', '', true],
    ['', '#', true],
    ['?utm_source=newsletter&utm_medium=email', '', true],
    ['?embed=1', '', false],
    ['?present', '', false],
    ['?theme=dark', '', false],
    ['?data=%2Fother.json', '', false],
    ['?data=', '', false],
    ['?event=uk-sanctions', '', false],
    ['', '#event=uk-sanctions', false],
    ['', '#view=coverage', false],
  ])('at %j%j the prerendered page shows: %s', (search, hash, fits) => {
    expect(prerenderFitsAt(search, hash)).toBe(fits);
    // Where it shows, the app draws the same page: the built-in story with every option at its default.
    if (fits)
      expect(parsePageOptions(search, { appOrigin: 'https://news.example', allowedDataOrigins: [] }).options).toEqual(DEFAULT_PAGE_OPTIONS);
  });
});

/** Calls one of the plugin's hooks as Vite does, whether it is a function or `{ handler }`. */
function callHook(plugin: Plugin, name: keyof Plugin, context: object, ...args: unknown[]): unknown {
  const hook = plugin[name] as unknown;
  const handler = (typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler) as (...args: unknown[]) => unknown;
  return handler.apply(context, args);
}

/** The plugin's part in one run of Vite, hook by hook in Vite's order: what it defines, adds to index.html and emits. */
function run(plugin: Plugin, command: 'build' | 'serve') {
  const config = callHook(plugin, 'config', {}, {}, { command, mode: 'production' }) as UserConfig | undefined;
  callHook(plugin, 'configResolved', {}, { base: '/' });
  const tags = callHook(plugin, 'transformIndexHtml', {}, '<!doctype html>', {}) as HtmlTagDescriptor[];
  const emitted = new Map<string, string>();
  if (command === 'build') {
    const emitFile = (file: { fileName: string; source: string }) => emitted.set(file.fileName, file.source);
    callHook(plugin, 'generateBundle', { emitFile }, {}, {}, false);
  }
  return { define: config?.define, tags, emitted };
}

describe('timelineData', () => {
  const story = makeTimeline({ title: 'A <b>bold</b> story' });
  const compiling = () => vi.fn((_dir: string): CompileResult => ({ ok: true, timeline: story }));
  const plugin = (compile: (dir: string) => CompileResult, singleFile: boolean) =>
    timelineData({ dir: '/story', siteUrl: 'https://news.example/timeline/', singleFile, compile });

  test.each([false, true])('a build (single file: %s) compiles the story once and publishes that one document everywhere', (singleFile) => {
    const compile = compiling();
    const { define, tags, emitted } = run(plugin(compile, singleFile), 'build');
    expect(compile).toHaveBeenCalledTimes(1);
    expect(compile).toHaveBeenCalledWith('/story');

    const json = emitted.get(TIMELINE_PATH)!;
    expect(JSON.parse(json)).toEqual(story);
    expect(json).not.toContain('<');
    expect(define).toEqual({ 'import.meta.env.BUILT_STORY_FINGERPRINT': JSON.stringify(fingerprint(json)) });
    expect(JSON.parse(emitted.get(OEMBED_PATH)!)).toMatchObject({ title: story.title });
    const inlined = tags.find((tag) => tag.attrs?.id === INLINE_TIMELINE_ID);
    expect(inlined?.attrs?.type).toBe('application/json');
    expect(inlined?.children).toBe(json);
  });

  test.each([false, true])('the page-start script runs before the body, inline only in the single file (%s)', (singleFile) => {
    const { tags, emitted } = run(plugin(compiling(), singleFile), 'build');
    const script = tags.filter((tag) => tag.tag === 'script' && tag.attrs?.type === undefined);
    expect(script).toHaveLength(1);
    expect(script[0]?.attrs?.defer).toBeUndefined();
    if (singleFile) {
      expect(script[0]?.children).toBe(pageStartScript());
      expect(emitted.has(PAGE_START_SCRIPT_PATH)).toBe(false);
    } else {
      expect(script[0]?.attrs?.src).toBe(`/${PAGE_START_SCRIPT_PATH}`);
      expect(emitted.get(PAGE_START_SCRIPT_PATH)).toBe(pageStartScript());
    }
  });

  test('the head of the page describes the story: its title, a description, a link preview, its oEmbed and the events as JSON-LD', () => {
    const { tags } = run(plugin(compiling(), false), 'build');
    const attrs = (name: string) => tags.find((tag) => tag.attrs?.name === name || tag.attrs?.property === name)?.attrs?.content;
    expect(tags.find((tag) => tag.tag === 'title')?.children).toBe(story.title);
    expect(attrs('description')).toBe(story.description);
    expect(attrs('og:title')).toBe(story.title);
    expect(attrs('og:url')).toBe('https://news.example/timeline/');
    expect(tags.find((tag) => tag.attrs?.type === 'application/json+oembed')?.attrs).toMatchObject({
      href: OEMBED_PATH,
      title: story.title,
    });
    const jsonLd = tags.find((tag) => tag.attrs?.type === 'application/ld+json')?.children as string;
    expect(jsonLd).not.toContain('<');
    expect(JSON.parse(jsonLd)).toMatchObject({ '@type': 'ItemList', name: story.title, numberOfItems: story.events.length });
  });

  test('the dev server compiles afresh each time, so an edit shows on reload', () => {
    const compile = compiling();
    const dev = plugin(compile, true);
    run(dev, 'serve');
    callHook(dev, 'transformIndexHtml', {}, '<!doctype html>', {});
    expect(compile).toHaveBeenCalledTimes(2);
  });

  test('a build of a story with problems fails at once, listing every one', () => {
    const broken = plugin(() => ({ ok: false, problems: ['events[0]: title is missing', 'events[1]: lane "xx" is unknown'] }), false);
    expect(() => run(broken, 'build')).toThrow(
      'The story data has 2 problem(s):\n  ✗ events[0]: title is missing\n  ✗ events[1]: lane "xx" is unknown',
    );
  });
});

import { runInNewContext } from 'node:vm';
import type { HtmlTagDescriptor, Plugin, UserConfig } from 'vite';
import { describe, expect, test, vi } from 'vitest';
import { parsePageOptions } from '../src/app/pageOptions';
import { variantOptions } from '../src/app/prerender';
import {
  PRERENDER_CHOICE_ATTRIBUTE,
  PRERENDER_NEUTRAL_PARAMS,
  PRERENDERED_VARIANTS,
  type PrerenderedVariant,
} from '../src/app/prerenderContract';
import { DOCUMENT_REQUEST_HEADERS, EARLY_DOWNLOAD_GLOBAL, INLINE_TIMELINE_ID } from '../src/data/contract';
import { fingerprint } from '../src/data/fingerprint';
import { makeTimeline } from '../src/data/fixtures';
import type { CompileResult } from './compile';
import { OEMBED_PATH, PAGE_START_SCRIPT_PATH, pageStartScript, timelineData, TIMELINE_PATH } from './vitePlugin';

/**
 * What the page-start script does at `search#hash` on a screen `width` wide: the page it chooses
 * (null: none), the theme and look it sets, what it writes, and what #root holds once the body is
 * parsed (the reader's page as served, or a variant taken from its <template>).
 */
function pageStartAt(search: string, hash: string, width = 1280) {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  const written: string[] = [];
  const ahead: Record<string, string>[] = [];
  const whenParsed: (() => void)[] = [];
  const root = { holds: 'page', replaceChildren: (content: string) => (root.holds = content), setAttribute: () => undefined };
  const document = {
    readyState: 'loading',
    documentElement: {
      classList: { add: (name: string) => classes.add(name) },
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    },
    write: (html: string) => written.push(html),
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => ahead.push({ ...link }) },
    addEventListener: (_type: 'readystatechange', listener: () => void) => whenParsed.push(listener),
    getElementById: (id: string) => (id === 'root' ? root : null),
    querySelector: (selector: string) => ({ content: /^template\[data-prerendered="([\w-]+)"\]$/.exec(selector)?.[1] }),
  };
  const matchMedia = (query: string) => ({ matches: width <= Number(/max-width: (\d+)px/.exec(query)?.[1]) });
  const location = { search, hash, origin: 'https://news.example' };
  const fetched: [string, RequestInit][] = [];
  const fetch = (url: string, init: RequestInit) => {
    fetched.push([url, init]);
    return Promise.reject(new TypeError('no network here'));
  };
  const window: Record<string, unknown> = {};
  const context = { document, location, window, URLSearchParams, URL, AbortController, fetch, matchMedia };
  runInNewContext(pageStartScript({ phoneTimeline: PHONE_TIMELINE, phoneStyles: [PHONE_STYLES], validator: VALIDATOR }), context);
  document.readyState = 'interactive';
  for (const listener of whenParsed) listener();
  return {
    variant: attributes.get(PRERENDER_CHOICE_ATTRIBUTE) ?? null,
    theme: attributes.get('data-theme') ?? null,
    embedded: classes.has('embedded'),
    written,
    ahead,
    fetched,
    handedOver: window[EARLY_DOWNLOAD_GLOBAL] as { url: string; response: Promise<Response>; abort: () => void } | undefined,
    root: root.holds,
  };
}

const PHONE_STYLES = '/assets/VerticalTimeline-abc.css';
const PHONE_TIMELINE = '/assets/VerticalTimeline-abc.js';
const VALIDATOR = '/assets/parseTimeline-abc.js';

describe('pageStartScript', () => {
  test.each<[string, string, number, PrerenderedVariant | null]>([
    ['', '', 1280, 'page'],
    ['', '#', 1280, 'page'],
    ['?utm_source=newsletter&utm_medium=email', '', 1280, 'page'],
    ['?theme=dark', '', 1280, 'page'],
    ['', '', 800, 'page'],
    ['', '', 390, 'page-phone'],
    ['?embed=1', '', 1280, 'embed'],
    ['?embed=1&theme=dark&panel=link&childId=timeline-1', '', 700, 'embed'],
    ['?embed=1&height=fixed', '', 700, null],
    ['?embed=1', '', 390, 'embed-phone'],
    ['?embed=1&headline=0', '', 700, null],
    ['?embed=0', '', 1280, null],
    ['?present', '', 1280, null],
    ['?data=%2Fother.json', '', 1280, null],
    ['?data=', '', 1280, null],
    ['?event=uk-sanctions', '', 1280, null],
    ['', '#event=uk-sanctions', 1280, null],
    ['?embed=1', '#view=coverage', 700, null],
  ])('at %j%j on a screen %i wide, the prerendered page shown is %s', (search, hash, width, variant) => {
    const done = pageStartAt(search, hash, width);
    expect(done.variant).toBe(variant);
    if (variant === null) return;
    // The app draws the same page: the built-in story with the variant's options, the theme and the embed's look as the script set them.
    const policy = { appOrigin: 'https://news.example', allowedDataOrigins: [] };
    const { options } = parsePageOptions(search, policy);
    const neutral = new URLSearchParams(search);
    for (const name of PRERENDER_NEUTRAL_PARAMS) neutral.delete(name);
    expect(parsePageOptions(`?${neutral.toString()}`, policy).options).toEqual(variantOptions(variant));
    expect(done.theme).toBe(options.theme === 'auto' ? null : options.theme);
    expect(done.embedded).toBe(options.embed);
    // #root holds the chosen page by the time the page's module runs.
    expect(done.root).toBe(variant);
    // A phone's page waits for the vertical timeline's style sheet and fetches its code at once; a wider one loads neither.
    expect(done.written.join('')).toBe(
      PRERENDERED_VARIANTS[variant].phone
        ? `<link rel="stylesheet" href="${PHONE_STYLES}"><link rel="modulepreload" crossorigin href="${PHONE_TIMELINE}">`
        : '',
    );
    expect(done.ahead).toEqual([]);
    expect(done.fetched).toEqual([]);
  });

  test.each<[string, string | null]>([
    ['?data=%2Fother.json', 'https://news.example/other.json'],
    ['?data=other.json&embed=1', 'https://news.example/other.json'],
    ['?present&data=https%3A%2F%2Fnews.example%2Fstories%2Fa.json%3Fv%3D2', 'https://news.example/stories/a.json?v=2'],
    ['?data=https%3A%2F%2Felsewhere.example%2Fa.json', null],
    ['?data=javascript%3Aalert(1)', null],
    ['?data=%%%', null],
    ['?data=', null],
    ['?studio=1&data=%2Fother.json', null],
    ['', null],
  ])('at %j, the document downloaded ahead, its validator preloaded, is %s', async (search, url) => {
    const done = pageStartAt(search, '');
    expect(done.ahead).toEqual(url === null ? [] : [{ rel: 'modulepreload', href: VALIDATOR, crossOrigin: 'anonymous' }]);
    if (url === null) {
      expect(done.fetched).toEqual([]);
      expect(done.handedOver).toBeUndefined();
      return;
    }
    // The address the app asks for, as it reads `?data=` (parsePageOptions), asked for as the app asks (fetchTimeline).
    const { options } = parsePageOptions(search, { appOrigin: 'https://news.example', allowedDataOrigins: [] });
    expect(options.dataUrl).toBe(url);
    expect(done.fetched).toEqual([[url, { headers: DOCUMENT_REQUEST_HEADERS, signal: expect.any(AbortSignal) as AbortSignal }]]);
    // Handed over on window, for the app to take (earlyDownload.ts), with a way to stop it.
    expect(done.handedOver?.url).toBe(url);
    await expect(done.handedOver?.response).rejects.toThrow('no network here');
    const signal = done.fetched[0]![1].signal!;
    expect(signal.aborted).toBe(false);
    done.handedOver?.abort();
    expect(signal.aborted).toBe(true);
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
    // The phone's timeline, a chunk of its own with its style sheet.
    const bundle = {
      'assets/VerticalTimeline.js': {
        type: 'chunk',
        fileName: 'assets/VerticalTimeline.js',
        moduleIds: ['/app/src/timeline/VerticalTimeline.tsx'],
        viteMetadata: { importedCss: new Set(['assets/VerticalTimeline.css']) },
      },
      // The validator, in a chunk it shares.
      'assets/parseTimeline.js': {
        type: 'chunk',
        fileName: 'assets/parseTimeline.js',
        moduleIds: ['/app/src/data/errors.ts', '/app/src/data/parseTimeline.ts'],
      },
    };
    callHook(plugin, 'generateBundle', { emitFile }, {}, bundle, false);
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
      expect(emitted.get(PAGE_START_SCRIPT_PATH)).toBe(
        pageStartScript({
          phoneTimeline: '/assets/VerticalTimeline.js',
          phoneStyles: ['/assets/VerticalTimeline.css'],
          validator: '/assets/parseTimeline.js',
        }),
      );
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

/**
 * Compiles the story data inside Vite: served at /data/timeline.json in dev
 * (recompiled on every request, so edits show on reload) and emitted into the
 * production build with its JSON Schema and oembed.json; inlined into index.html
 * for the offline single-file build. A build compiles the story once and fails with
 * every problem listed.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { DATA_PARAM, INLINE_TIMELINE_ID } from '../src/data/contract.ts';
import { fingerprint } from '../src/data/fingerprint.ts';
import { iframeSnippet } from '../src/embed/contract.ts';
import type { CompileResult } from './compile.ts';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema.ts';
import { pageHeadTags, pageTitle } from './pageHead.ts';
import { compileStoryDir, storyFilePaths } from './readStory.ts';
import type { Timeline } from '../src/data/schema.ts';

export const TIMELINE_PATH = 'data/timeline.json';
const SCHEMA_PATH = `data/${JSON_SCHEMA_FILE}`;
export const OEMBED_PATH = 'oembed.json';
const EMBED_SIZE = { width: 800, height: 640 };

/** The oEmbed description of the built-in story: a rich embed whose html is the iframe snippet. */
export function oEmbed(title: string, siteUrl: string): string {
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: title,
      provider_url: siteUrl,
      html: iframeSnippet({ pageUrl: siteUrl, title }, EMBED_SIZE.height),
      ...EMBED_SIZE,
    },
    null,
    2,
  )}\n`;
}

/** The little script that preloads the built-in story, served beside the app (see preloadScript). */
export const PRELOAD_SCRIPT_PATH = 'story-preload.js';

/**
 * Starts the built-in story downloading beside the app's code, not after it: a preload,
 * decided by script because a `<link>` in index.html cannot see the query. A page with
 * `?data=` loads (or refuses) another document and never reads the built-in one, so it
 * gets none: the same rule as the app's own load (src/main.tsx, parsePageOptions).
 * A file of its own, deferred (so it runs before the app's module, which is deferred
 * too), rather than inline: the policy allows no inline script a host would have to
 * keep a hash of.
 */
export function preloadScript(href: string): string {
  return (
    `if(!new URLSearchParams(location.search).get(${JSON.stringify(DATA_PARAM)}))` +
    `document.head.appendChild(Object.assign(document.createElement('link'),` +
    `{rel:'preload',as:'fetch',crossOrigin:'',href:${JSON.stringify(href)}}));\n`
  );
}

function report(problems: string[]): string {
  return `The story data has ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`;
}

export interface TimelineDataOptions {
  /** The folder with events.yaml, sources.json and sources/. */
  dir: string;
  /** Where the built site will live, for the absolute URLs in oembed.json (e.g. from SITE_URL). */
  siteUrl: string;
  /** Put the compiled story into index.html itself (the offline single-file build). */
  inline?: boolean;
  /** Reads and compiles the story in `dir` (by default from its files; the tests count the calls). */
  compile?: (dir: string) => CompileResult;
}

/** The built-in story as published: the JSON in the file and inlined in the offline page alike, and the story it is. */
interface PublishedStory {
  json: string;
  timeline: Timeline;
}

/**
 * The compiled story as published, or an error listing every problem. '<' is written
 * as \u003c (the same JSON) so no text in it can close the element it is inlined in.
 */
function publish(result: CompileResult): PublishedStory {
  if (!result.ok) throw new Error(report(result.problems));
  return { json: JSON.stringify(result.timeline).replace(/</g, '\\u003c'), timeline: result.timeline };
}

export function timelineData(options: TimelineDataOptions): Plugin {
  const compile = options.compile ?? compileStoryDir;
  let base = '/';
  let building = false;
  // A build compiles once, in `config` for the fingerprint, and its later hooks reuse
  // that; the dev server compiles on every request, so edits show on reload.
  let built: PublishedStory | null = null;
  const story = () => (building ? (built ??= publish(compile(options.dir))) : publish(compile(options.dir)));

  return {
    name: 'timeline-data',

    config(_config, { command }) {
      building = command === 'build';
      if (!building) return undefined;
      // The app trusts the built-in story only if it is exactly the document validated here.
      return { define: { 'import.meta.env.BUILT_STORY_FINGERPRINT': JSON.stringify(fingerprint(story().json)) } };
    },

    configResolved(config) {
      base = config.base;
    },

    buildStart() {
      for (const file of storyFilePaths(options.dir)) this.addWatchFile(file);
    },

    watchChange(file) {
      // `vite build --watch`: the next build publishes the story as it is now.
      if (storyFilePaths(options.dir).includes(file)) built = null;
    },

    transformIndexHtml: {
      order: 'pre',
      handler() {
        const { json, timeline } = story();
        // The page's title, description, link preview and the story as JSON-LD, before any script runs.
        const head: HtmlTagDescriptor[] = [
          ...pageHeadTags(timeline, options.siteUrl),
          {
            tag: 'link',
            attrs: { rel: 'alternate', type: 'application/json+oembed', href: OEMBED_PATH, title: pageTitle(timeline) },
            injectTo: 'head',
          },
        ];
        if (!options.inline) {
          // vite-ignore: a file of the plugin's own, not a module for Vite to bundle (Vite drops the attribute).
          return [
            ...head,
            { tag: 'script', attrs: { defer: true, src: `${base}${PRELOAD_SCRIPT_PATH}`, 'vite-ignore': true }, injectTo: 'head' },
          ];
        }
        // Inert JSON, never run as script.
        return [...head, { tag: 'script', attrs: { type: 'application/json', id: INLINE_TIMELINE_ID }, children: json, injectTo: 'head' }];
      },
    },

    generateBundle() {
      const { json, timeline } = story();
      const title = timeline.title;
      this.emitFile({ type: 'asset', fileName: TIMELINE_PATH, source: json });
      if (!options.inline)
        this.emitFile({ type: 'asset', fileName: PRELOAD_SCRIPT_PATH, source: preloadScript(`${base}${TIMELINE_PATH}`) });
      this.emitFile({ type: 'asset', fileName: SCHEMA_PATH, source: timelineJsonSchema() });
      this.emitFile({ type: 'asset', fileName: OEMBED_PATH, source: oEmbed(title, options.siteUrl) });
    },

    configureServer(server) {
      server.watcher.add(storyFilePaths(options.dir));
      server.watcher.on('change', (file) => {
        if (storyFilePaths(options.dir).includes(file)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(`/${TIMELINE_PATH}`, (_req, res) => {
        const result = compile(options.dir);
        if (!result.ok) {
          server.config.logger.error(report(result.problems));
          // Also on the page, in Vite's error overlay, where the curator is looking.
          server.ws.send({ type: 'error', err: { message: report(result.problems), stack: '' } });
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(report(result.problems));
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(result.timeline));
      });
      server.middlewares.use(`/${PRELOAD_SCRIPT_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(preloadScript(`${base}${TIMELINE_PATH}`));
      });
      server.middlewares.use(`/${OEMBED_PATH}`, (req, res) => {
        const result = compile(options.dir);
        // In dev the site is wherever the browser reached it.
        const siteUrl = `http://${req.headers.host ?? 'localhost'}/`;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(oEmbed(result.ok ? result.timeline.title : 'Timeline', siteUrl));
      });
      server.middlewares.use(`/${SCHEMA_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
        res.end(timelineJsonSchema());
      });
    },
  };
}

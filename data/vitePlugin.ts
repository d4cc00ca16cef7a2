/**
 * Compiles the story data inside Vite: inlined into index.html as inert JSON (the page
 * needs no download to come to life, and the offline file opens with no network), served
 * at /data/timeline.json in dev (recompiled on every request, so edits show on reload)
 * and emitted into the production build with its JSON Schema and oembed.json, for
 * anyone else to read. A build compiles the story once and fails with every problem listed.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import {
  MAIN_VARIANT,
  PHONE_QUERY,
  PRERENDER_CHOICE_ATTRIBUTE,
  PRERENDER_NEUTRAL_PARAMS,
  PRERENDERED_ATTRIBUTE,
} from '../src/app/prerenderContract.ts';
import { BROKEN_ESCAPE } from '../src/app/pageOptions.ts';
import { EMBED_DEFAULT_THEME } from '../src/embed/contract.ts';
import { escapeAttribute } from '../src/lib/escapeAttribute.ts';
import {
  DATA_PARAM,
  DOCUMENT_REQUEST_HEADERS,
  EARLY_DOWNLOAD_GLOBAL,
  INLINE_TIMELINE_ID,
  STORY_CHANGED_EVENT,
} from '../src/data/contract.ts';
import { fingerprint } from '../src/data/fingerprint.ts';
import { publishedJson } from '../src/data/publishedJson.ts';
import { iframeSnippet } from '../src/embed/contract.ts';
import type { CompileResult } from './compile.ts';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema.ts';
import { pageHeadTags, pageTitle } from './pageHead.ts';
import { compileStoryDir, storyFilePaths } from './readStory.ts';
import { studioSaveHandler } from './studioSave.ts';
import { SAVE_TO_PROJECT_PATH } from '../src/studio/saveToProject.ts';
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

/** The phone's timeline, loaded on demand, whose style sheet a prerendered phone page needs at once (see pageStartScript). */
const PHONE_TIMELINE_MODULE = 'src/timeline/VerticalTimeline.tsx';

/** The validator, which a `?data=` document needs before it is shown (see pageStartScript). */
const VALIDATOR_MODULE = 'src/data/parseTimeline.ts';

/** The page-start script, served beside the app (see pageStartScript). */
export const PAGE_START_SCRIPT_PATH = 'page-start.js';

/** What the page-start script fetches ahead besides the page it is: the phone timeline's module and style sheets, and the validator's module, as the build names them. */
export interface PageStartAssets {
  phoneTimeline?: string;
  phoneStyles?: readonly string[];
  validator?: string;
}

/**
 * The few lines that run before the page's body is drawn: which of the pages prerendered at
 * build time, if any, is the one this address and screen ask for (PRERENDER_CHOICE_ATTRIBUTE),
 * decided by script because markup cannot see the address. The reader's page or an embed
 * (`embed=1`), on a phone or wider; with a theme it sets the theme, and an embed's look, as the
 * app would. A variant other than the one in #root is put into it from its <template> once
 * the body is parsed, before the page's module runs. Anything else in the query or a view in the hash, and no page is chosen: the app
 * draws the right one, rather than the built-in story where another was asked for.
 * A `?data=` document on the site's own origin that the app will accept (checkDataUrl) starts
 * downloading here, while the page's module is still on its way, and the page takes the download
 * over (src/data/earlyDownload.ts); the validator it will need is preloaded. Not for the studio,
 * which does not read it.
 * A file of its own, not inline (except in the offline file, whose policy hashes it): the
 * site's policy allows no inline script a host would have to keep a hash of.
 */
export function pageStartScript({ phoneTimeline, phoneStyles = [], validator }: PageStartAssets = {}): string {
  const json = JSON.stringify;
  // A phone's page draws the vertical timeline, whose style sheet comes with its code, on
  // demand; for the prerendered one it is written into the head, so the page waits for it,
  // and its code is fetched at once, so the page comes to life without waiting for it.
  const links = [
    ...phoneStyles.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
    ...(phoneTimeline ? [`<link rel="modulepreload" crossorigin href="${escapeAttribute(phoneTimeline)}">`] : []),
  ].join('');
  const template = `template[${PRERENDERED_ATTRIBUTE}="'+variant+'"]`;
  return [
    '(function(){',
    "function ahead(rel,href){var link=document.createElement('link');link.rel=rel;link.href=href;link.crossOrigin='anonymous';document.head.appendChild(link);}",
    `var query=new URLSearchParams(location.search),data=query.get(${json(DATA_PARAM)});`,
    `if(data&&!query.has('studio')&&!${BROKEN_ESCAPE.toString()}.test(data)){try{var url=new URL(data,location.origin+'/');`,
    'if(url.origin===location.origin){var stop=new AbortController(),response=fetch(url.href,',
    `{headers:${json(DOCUMENT_REQUEST_HEADERS)},signal:stop.signal});response.catch(function(){});`,
    `window[${json(EARLY_DOWNLOAD_GLOBAL)}]={url:url.href,response:response,abort:function(){stop.abort();}};`,
    `${validator ? `ahead('modulepreload',${json(validator)});` : ''}}`,
    '}catch(error){}}',
    'var html=document.documentElement,fits=location.hash.length<2,embed=false,theme=null;',
    'query.forEach(function(value,name){',
    "if(name==='embed'&&value==='1')embed=true;",
    "else if(name==='theme'){if(/^(auto|light|dark)$/.test(value))theme=value;}",
    `else if(name.indexOf('utm_')!==0&&${json(PRERENDER_NEUTRAL_PARAMS)}.indexOf(name)<0)fits=false;`,
    '});',
    'if(!fits)return;',
    `if(embed){html.classList.add('embedded');if(theme===null)theme=${json(EMBED_DEFAULT_THEME)};}`,
    "if(theme==='light'||theme==='dark')html.setAttribute('data-theme',theme);",
    `var phone=matchMedia(${json(PHONE_QUERY)}).matches,variant=(embed?'embed':'page')+(phone?'-phone':'');`,
    `html.setAttribute(${json(PRERENDER_CHOICE_ATTRIBUTE)},variant);`,
    ...(links ? [`if(phone)document.write(${json(links)});`] : []),
    `if(variant===${json(MAIN_VARIANT)})return;`,
    "document.addEventListener('readystatechange',function(){",
    `var root=document.getElementById('root'),drawn=document.querySelector('${template}');`,
    "if(document.readyState!=='interactive'||!root||!drawn)return;",
    `root.replaceChildren(drawn.content);root.setAttribute(${json(PRERENDERED_ATTRIBUTE)},variant);`,
    '});',
    '})();',
    '',
  ].join('');
}

function report(problems: string[]): string {
  return `The story data has ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`;
}

export interface TimelineDataOptions {
  /** The folder with events.yaml, sources.json and sources/. */
  dir: string;
  /** Where the built site will live, for the absolute URLs in oembed.json (e.g. from SITE_URL). */
  siteUrl: string;
  /** The offline single-file build: the page-start script goes into index.html itself, not beside it. */
  singleFile?: boolean;
  /** Reads and compiles the story in `dir` (by default from its files; the tests count the calls). */
  compile?: (dir: string) => CompileResult;
}

/** The built-in story as published: the JSON in the file and inlined in the page alike, and the story it is. */
interface PublishedStory {
  json: string;
  timeline: Timeline;
}

/** The compiled story as published (publishedJson), or an error listing every problem. */
function publish(result: CompileResult): PublishedStory {
  if (!result.ok) throw new Error(report(result.problems));
  return { json: publishedJson(result.timeline), timeline: result.timeline };
}

/** What the plugin offers other plugins (the prerender): the story as this build publishes it. */
export interface TimelineDataApi {
  story: () => Timeline;
}

export function timelineData(options: TimelineDataOptions): Plugin<TimelineDataApi> {
  // The site's own story is published only with every event backed by an article.
  const compile = options.compile ?? ((dir: string) => compileStoryDir(dir, { requireSources: true }));
  let base = '/';
  let building = false;
  // A build compiles once, in `config` for the fingerprint, and its later hooks reuse
  // that; the dev server compiles on every request, so edits show on reload.
  let built: PublishedStory | null = null;
  const story = () => (building ? (built ??= publish(compile(options.dir))) : publish(compile(options.dir)));

  return {
    name: 'timeline-data',
    api: { story: () => story().timeline },

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
        // Blocking, as it must run before the body is drawn. vite-ignore: a file of the plugin's own, not a module for Vite to bundle (Vite drops the attribute).
        const pageStart: HtmlTagDescriptor = options.singleFile
          ? { tag: 'script', children: pageStartScript(), injectTo: 'head' }
          : { tag: 'script', attrs: { src: `${base}${PAGE_START_SCRIPT_PATH}`, 'vite-ignore': true }, injectTo: 'head' };
        // The story itself, as inert JSON (never run as script): the page the build prerendered comes to life with no download to wait for.
        // At the end of the body, which the page's module runs after: in the head it would stand between the browser and the
        // module and style sheets it fetches ahead.
        const data: HtmlTagDescriptor = {
          tag: 'script',
          attrs: { type: 'application/json', id: INLINE_TIMELINE_ID },
          children: json,
          injectTo: 'body',
        };
        return [...head, pageStart, data];
      },
    },

    generateBundle(_output, bundle) {
      const { json, timeline } = story();
      const title = timeline.title;
      this.emitFile({ type: 'asset', fileName: TIMELINE_PATH, source: json });
      if (!options.singleFile) {
        // The chunk a module is in, whether its own or one it shares.
        const chunkOf = (module: string) =>
          Object.values(bundle).find((file) => file.type === 'chunk' && file.moduleIds.some((id) => id.endsWith(module)));
        const phoneTimeline = chunkOf(PHONE_TIMELINE_MODULE);
        const styles = phoneTimeline?.type === 'chunk' ? [...(phoneTimeline.viteMetadata?.importedCss ?? [])] : [];
        if (styles.length === 0)
          throw new Error(`The build has no style sheet for ${PHONE_TIMELINE_MODULE}'s chunk: update the page-start script`);
        const validator = chunkOf(VALIDATOR_MODULE);
        if (!validator) throw new Error(`The build has no chunk for ${VALIDATOR_MODULE}: update the page-start script`);
        const source = pageStartScript({
          phoneTimeline: `${base}${phoneTimeline!.fileName}`,
          phoneStyles: styles.map((file) => `${base}${file}`),
          validator: `${base}${validator.fileName}`,
        });
        this.emitFile({ type: 'asset', fileName: PAGE_START_SCRIPT_PATH, source });
      }
      this.emitFile({ type: 'asset', fileName: SCHEMA_PATH, source: timelineJsonSchema() });
      this.emitFile({ type: 'asset', fileName: OEMBED_PATH, source: oEmbed(title, options.siteUrl) });
    },

    configureServer(server) {
      server.watcher.add(storyFilePaths(options.dir));
      server.watcher.on('change', (file) => {
        if (storyFilePaths(options.dir).includes(file)) server.ws.send({ type: 'custom', event: STORY_CHANGED_EVENT });
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
      server.middlewares.use(`/${PAGE_START_SCRIPT_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(pageStartScript());
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
      // The studio's "Save to project": writes a draft into the data folder. Dev only, as this hook is.
      server.middlewares.use(
        SAVE_TO_PROJECT_PATH,
        studioSaveHandler(options.dir, { log: (message) => server.config.logger.info(message, { timestamp: true }) }),
      );
    },
  };
}

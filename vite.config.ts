/// <reference types="vitest/config" />
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './data/contentSecurityPolicy.ts';
import { embedLoader } from './data/embedLoader.ts';
import { prerenderedStory, renderWithVite } from './data/prerender.ts';
import { timelineData } from './data/vitePlugin.ts';
import { OFFLINE_FILE } from './src/data/contract.ts';

/**
 * vis-timeline ships one style sheet for its timeline, its Graph2d charts and its
 * options configurator, and only part of the timeline's is used here. Rules whose
 * every selector needs a class of an unused part are dropped (the sheet is flat:
 * no @media blocks).
 */
function timelineStylesOnly(): Plugin {
  // Graph2d (its axes, legends, bars, fills and points) and the configurator, and timeline
  // features this app leaves off: nested groups, custom and current time bars, rolling mode,
  // editing and dragging, vis-timeline's own clustering, its loading screen, box items (the app
  // draws points and ranges), visible frames, and its time axis (the app draws its own, see
  // src/timeline/axisLayer.ts), right-to-left layout and vertical scrolling.
  const unused =
    /\.vis-(?:configuration|data-axis|legend|graph-group|nesting-group|nested-group|group-level|rolling-mode|custom-time|current-time|delete|drag-|onUpdateTime|cluster|editable|readonly|time-axis|rtl|y-axis|vertical-scroll|config-|fill|bar|outline|icon-fill|loading-screen|group-is-dragging|item-visible-frame|box|line\b|horizontal)|\.draggable|^\.vis-timeline \.vis-point$/;
  return {
    name: 'vis-timeline-styles-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('vis-timeline-graph2d.min.css')) return undefined;
      return code.replace(/([^{}]+)\{[^{}]*\}/g, (rule, selectors: string) =>
        selectors.split(',').every((selector) => unused.test(selector.trim())) ? '' : rule,
      );
    },
  };
}

/**
 * vis-timeline's module carries parts this app never uses, which the bundler cannot
 * drop on its own; four edits let it (about 10 KiB gzip off the first load):
 * - Graph2d, its charts, has its methods assigned to its prototype one statement at
 *   a time, kept as possible side effects: wrapped in an IIFE marked pure, it goes
 *   when nothing imports it.
 * - The options configurator (a settings editor with its own colour picker) is made
 *   only when the `configure` option is set, which this app never sets: the one line
 *   that makes it throws instead, and the editor goes.
 * - The options validator, which only logs a warning for an option it does not know,
 *   checks every setOptions call against a schema of all options: this app's options are
 *   few, fixed and typed, so the call is dropped, and the validator and its schema go.
 * - Its own clustering (the `cluster` option; the app summarises large stories itself,
 *   see src/timeline/overview.ts) is made only when that option is set: the line that
 *   makes it throws instead, and the line that sets its items' class name goes, so the
 *   clustering and its items go (about 2.5 KiB gzip).
 * Fails the build when the code is no longer laid out as expected.
 */
function timelineTrimmed(): Plugin {
  const graph2d = {
    first: 'function Graph2d(container, items, groups, options) {',
    next: '/**\n * This object contains all possible options.',
  };
  const configurator = '  _createConfigurator() {\n    return new Configurator(this, this.dom.container, configureOptions);\n  }';
  const validation = '    let errorFound = Validator.validate(options, allOptions);\n';
  const clustering = '          this.clusterGenerator = new ClusterGenerator(this);\n';
  const clusterClassName = 'ClusterItem.prototype.baseClassName = "vis-item vis-range vis-cluster";\n';
  // vis-timeline copies every vis-util export into its helpers, which keeps the colour picker and the
  // options configurator in the bundle: only the helpers it calls are copied.
  const allHelpers = '  ...util,\n  convert,\n  setupXSSProtection,\n';
  return {
    name: 'vis-timeline-trimmed',
    transform(code, id) {
      if (!/vis-timeline[\\/]esnext[\\/].*vis-timeline-graph2d\.m?js$/.test(id)) return undefined;
      const from = code.indexOf(graph2d.first);
      const to = code.indexOf(graph2d.next, from);
      const once = (text: string) => code.split(text).length === 2;
      if (
        from === -1 ||
        to === -1 ||
        !code.includes(configurator) ||
        !once(validation) ||
        !once(clustering) ||
        !once(clusterClassName) ||
        !once(allHelpers)
      ) {
        throw new Error(
          'vis-timeline no longer lays out Graph2d, its configurator, its options check, its clustering or its helpers as expected: update timelineTrimmed',
        );
      }
      const withoutGraph2d = `${code.slice(0, from)}const Graph2d = /* @__PURE__ */ (() => {\n${code.slice(from, to)}\nreturn Graph2d;\n})();\n${code.slice(to)}`;
      const withoutConfigurator = withoutGraph2d.replace(
        configurator,
        '  _createConfigurator() {\n    throw new Error("vis-timeline\'s options configurator is left out of this build");\n  }',
      );
      const withoutValidator = withoutConfigurator.replace(validation, '    let errorFound = false;\n');
      const withoutClustering = withoutValidator
        .replace(clustering, '          throw new Error("vis-timeline\'s own clustering is left out of this build");\n')
        .replace(clusterClassName, '');
      const called = new Set([...code.matchAll(/\bavailableUtils\.(\w+)/g)].map((call) => call[1]!));
      for (const own of ['convert', 'setupXSSProtection', 'xss']) called.delete(own);
      const helpers = `${[...called].map((name) => `  ${name}: util.${name},\n`).join('')}  convert,\n  setupXSSProtection,\n`;
      return { code: withoutClustering.replace(allHelpers, helpers), map: null };
    },
  };
}

/**
 * The offline file carries its icon inside it, as a data: URL (the policy's img-src
 * allows data:): copied on its own, it has no favicon.svg beside it to load.
 */
function inlineFavicon(): Plugin {
  const link = 'href="/favicon.svg"';
  return {
    name: 'inline-favicon',
    transformIndexHtml: {
      // Before Vite rewrites the address against the build's base.
      order: 'pre',
      handler(html) {
        if (!html.includes(link)) throw new Error(`index.html no longer links its icon as ${link}: update inlineFavicon`);
        const svg = readFileSync(fileURLToPath(new URL('./public/favicon.svg', import.meta.url)), 'utf8');
        return html.replace(link, `href="data:image/svg+xml,${encodeURIComponent(svg.trim())}"`);
      },
    },
  };
}

/**
 * The live timeline's code (its adapter and vis-timeline) is a chunk of its own, off the page's
 * module and so out of its way (src/timeline/loadVisTimeline.ts), yet wanted at once: a module
 * preload in the page fetches and compiles it beside the page's module. The offline file has it
 * inside.
 */
function preloadTimelineCode(): Plugin {
  const adapter = 'src/timeline/visTimeline.ts';
  let base = '/';
  return {
    name: 'preload-timeline-code',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(adapter));
        if (chunk?.type !== 'chunk') throw new Error(`The build has no chunk of its own for ${adapter}: update preloadTimelineCode`);
        return [chunk.fileName, ...chunk.imports]
          .filter((file) => !html.includes(`${base}${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }));
      },
    },
  };
}

/**
 * The site publishes its offline file beside the app (dist/, built first), where the studio
 * takes it to put a journalist's story into it (src/studio/offlinePage.ts).
 */
function publishOfflineFile(fileName: string): Plugin {
  return {
    name: 'publish-offline-file',
    apply: 'build',
    closeBundle() {
      const site = fileURLToPath(new URL('./dist/', import.meta.url));
      if (existsSync(site)) copyFileSync(fileURLToPath(new URL(`./dist-offline/${fileName}`, import.meta.url)), `${site}${fileName}`);
    },
  };
}

// `vite build --mode offline` (npm run build:offline) makes one self-contained HTML
// file, story included, that opens from a USB stick with no network.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  const story = timelineData({
    // Another data folder for the dev server (STORY_DATA_DIR), as the studio's save test uses: never the project's own.
    dir: process.env.STORY_DATA_DIR ?? fileURLToPath(new URL('./data', import.meta.url)),
    // Absolute URLs in oembed.json need to know where the site is published.
    siteUrl: process.env.SITE_URL ?? 'http://localhost:4173/',
    singleFile: offline,
  });
  return {
    plugins: [
      react(),
      timelineStylesOnly(),
      timelineTrimmed(),
      story,
      prerenderedStory({
        story: () => story.api!.story(),
        render: (timeline) => renderWithVite(fileURLToPath(import.meta.url), mode, timeline),
        textVersionCss: fileURLToPath(new URL('./src/print/textVersion.css', import.meta.url)),
        singleFile: offline,
      }),
      !offline && preloadTimelineCode(),
      // The offline file is opened from a disk, where no other page can embed it.
      !offline && embedLoader(),
      offline && inlineFavicon(),
      offline && viteSingleFile({ outputFileName: OFFLINE_FILE }),
      offline && publishOfflineFile(OFFLINE_FILE),
      // Last, so the offline file's hashes are of its code as inlined above (build only; see the file).
      contentSecurityPolicy({ offline, dataOrigins: loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS }),
    ],
    resolve: {
      alias: {
        // vis-timeline's HTML sanitiser, swapped for one that allows no HTML at all (see the file).
        xss: fileURLToPath(new URL('./src/timeline/noMarkup.ts', import.meta.url)),
        // Its key handler for clickToUse, an option never set here (see the file).
        keycharm: fileURLToPath(new URL('./src/timeline/noKeycharm.ts', import.meta.url)),
      },
    },
    // The document worker (src/data/documentWorker.ts) loads the validator on demand: a module worker.
    worker: { format: 'es' },
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      // Every browser the app supports preloads modules itself.
      modulePreload: { polyfill: false },
      sourcemap: !offline,
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'e2e/bench/**/*.test.ts', 'e2e/hostile/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // One test file per core: Vitest's default leaves one core idle, which on a two-core machine is half of them.
      maxWorkers: availableParallelism(),
    },
  };
});

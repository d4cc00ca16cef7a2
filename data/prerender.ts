/**
 * Puts the built-in story's pages into index.html at build time: the reader view and the
 * embed as they open, on a phone and wider, rendered by React from the app's own
 * components (src/app/prerender.tsx), which the browser then hydrates; and the whole
 * chronology with its evidence, for a browser without JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { MAIN_VARIANT, PRERENDERED_ATTRIBUTE, PRERENDERED_VARIANTS, type PrerenderedVariant } from '../src/app/prerenderContract.ts';
import type { PrerenderedStory } from '../src/app/prerender.tsx';
import type { Timeline } from '../src/data/schema.ts';
import { escapeAttribute } from '../src/lib/escapeAttribute.ts';
import { sketchStyleSheet } from '../src/timeline/sketchStyle.ts';

const ROOT = '<div id="root"></div>';
const NO_SCRIPT = /<noscript>[\s\S]*?<\/noscript>/;

/**
 * A style sheet of the page's own: linked, from the site, whose policy allows no inline style;
 * inline, in the offline file, which has nothing beside it to link to and whose policy hashes it.
 */
export type SheetSource = { href: string } | { css: string };

function sheetTag(sheet: SheetSource): string {
  if ('css' in sheet && /<\/(?:style|noscript)/i.test(sheet.css)) throw new Error('A style sheet would close its own element');
  return 'css' in sheet ? `<style>${sheet.css}</style>` : `<link rel="stylesheet" href="${escapeAttribute(sheet.href)}" />`;
}

/**
 * `html` with the prerendered page in #root and its other variants in <template>s after it,
 * the chronology in place of the body's <noscript> message, and the text version's style
 * sheet in a <noscript> in the head: inert wherever script runs.
 */
export function withPrerenderedStory(html: string, page: PrerenderedStory, style: SheetSource): string {
  if (!html.includes(ROOT) || !NO_SCRIPT.test(html) || !html.includes('</head>')) {
    throw new Error(`index.html no longer has an empty ${ROOT} and a <noscript> message in its body: update withPrerenderedStory`);
  }
  const sheet = sheetTag(style);
  // React writes a part that was not ready in time as a <template> and an inline script to move it, which the policy blocks.
  const drawn = Object.values(page.variants).join('') + page.chronology;
  if (/<(?:script|template)\b/i.test(drawn)) throw new Error('The prerendered page has a part that was not ready in time');
  // #root holds the reader's page, hidden until the page-start script and the style sheet say it
  // is the page asked for (the browser's own style hides it even before the page's style sheet
  // has arrived); the other variants follow it, inert until the page-start script takes one.
  const others = (Object.keys(PRERENDERED_VARIANTS) as PrerenderedVariant[]).filter((variant) => variant !== MAIN_VARIANT);
  const drawnPages = [
    `<div id="root" ${PRERENDERED_ATTRIBUTE}="${MAIN_VARIANT}" hidden>${page.variants[MAIN_VARIANT]}</div>`,
    ...others.map((variant) => `<template ${PRERENDERED_ATTRIBUTE}="${variant}">${page.variants[variant]}</template>`),
  ];
  // The body's message first: the head is given a <noscript> of its own.
  return html
    .replace(NO_SCRIPT, () => `<noscript>${page.chronology}</noscript>`)
    .replace(ROOT, () => drawnPages.join('\n    '))
    .replace('</head>', () => `<noscript>${sheet}</noscript>\n  </head>`);
}

/** `html` with the style sheet that places the timeline's first screen drawn ahead (src/timeline/sketchStyle.ts), at the end of the head. */
export function withFirstScreenStyle(html: string, sheet: SheetSource): string {
  return html.replace('</head>', () => `${sheetTag(sheet)}\n  </head>`);
}

/** Where the site publishes the text version's style sheet. */
export const TEXT_VERSION_CSS_PATH = 'text-version.css';
/** Where the site publishes the style sheet of the timeline's first screen drawn ahead. */
export const FIRST_SCREEN_CSS_PATH = 'first-screen.css';

export interface PrerenderedStoryOptions {
  /** The story as the build publishes it (the timeline-data plugin's). */
  story: () => Timeline;
  /** Renders the story's page; loaded by Vite's server-side module loader at build time. */
  render: (timeline: Timeline) => Promise<PrerenderedStory>;
  /** The text version's style sheet, published as it is. */
  textVersionCss: string;
  /** The offline single-file build: the style sheet goes inside the page. */
  singleFile: boolean;
}

export function prerenderedStory(options: PrerenderedStoryOptions): Plugin {
  let base = '/';
  const css = () => readFileSync(options.textVersionCss, 'utf8');
  // Rendered once, for the page and for the style sheet its first screen needs.
  let rendered: Promise<{ page: PrerenderedStory; firstScreenCss: string }> | undefined;
  const render = () =>
    (rendered ??= options.render(options.story()).then((page) => ({
      page,
      firstScreenCss: sketchStyleSheet(Object.values(page.variants).join('')),
    })));
  return {
    name: 'prerendered-story',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite has processed the page: it would otherwise take an inline style into the bundle.
      order: 'post',
      async handler(html) {
        const { page, firstScreenCss } = await render();
        const drawn = withPrerenderedStory(html, page, options.singleFile ? { css: css() } : { href: `${base}${TEXT_VERSION_CSS_PATH}` });
        return withFirstScreenStyle(drawn, options.singleFile ? { css: firstScreenCss } : { href: `${base}${FIRST_SCREEN_CSS_PATH}` });
      },
    },
    async generateBundle() {
      if (options.singleFile) return;
      this.emitFile({ type: 'asset', fileName: TEXT_VERSION_CSS_PATH, source: css() });
      this.emitFile({ type: 'asset', fileName: FIRST_SCREEN_CSS_PATH, source: (await render()).firstScreenCss });
    },
  };
}

/**
 * Loads src/app/prerender.tsx through a Vite server in middleware mode (the build's own
 * config and mode, so modules resolve as they do in the browser build) and renders with it.
 */
export async function renderWithVite(configFile: string, mode: string, timeline: Timeline): Promise<PrerenderedStory> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile,
    mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('../src/app/prerender.tsx');
    return await module.prerenderStory(timeline);
  } finally {
    await server.close();
  }
}

/**
 * The embed contract: the address an embedded timeline loads and the HTML a newsroom
 * pastes to embed it. The Share dialog writes it, the build writes it into
 * oembed.json, and the loader (embed.js) reads the element it describes. Free of
 * dependencies beyond other contracts, so the build and the loader can share it.
 *
 * An embed's address keeps the page options in the query and the view in the hash,
 * as every link to the page does: `?embed=1&theme=dark#event=uk-sanctions&lane=uk,us`.
 */
import { DATA_PARAM } from '../data/contract.ts';
import { escapeAttribute } from '../lib/escapeAttribute.ts';

/** An embed's colour scheme (`?theme=`); auto follows the reader's own setting. */
export type Theme = 'auto' | 'light' | 'dark';

/** An embed is light unless its host asks otherwise: a black block in a white article is not what an editor expects. */
export const EMBED_DEFAULT_THEME: Theme = 'light';

export interface EmbedChoice {
  /** The address of the full page, without query or hash: "https://news.example/timeline/". */
  pageUrl: string;
  /** A dataset other than the built-in one, if any. */
  dataUrl?: string | null;
  event?: string | null;
  lanes?: string[];
  kinds?: string[];
  theme?: Theme;
  /** The visible time window, as the link to this view keeps it; null for the story's own opening view. */
  window?: { from: string; to: string } | null;
  /** The title iframe readers and screen readers are given. */
  title: string;
}

/**
 * The view parameters older snippets put in the query, before the view moved to the
 * hash, with their names there: `?embed=1&event=uk-sanctions&lanes=uk` is today's
 * `?embed=1#event=uk-sanctions&lane=uk`. Host pages still carry such snippets.
 */
export const QUERY_VIEW_PARAMS: Readonly<Record<string, string>> = { event: 'event', lanes: 'lane', kinds: 'kind', from: 'from', to: 'to' };

/** The loader's file, beside the app's index.html: its name is in every host page, so it never changes. */
export const LOADER_FILE = 'embed.js';
/** The attribute the loader looks for: `<div data-news-timeline …>`. */
export const LOADER_ATTRIBUTE = 'data-news-timeline';

/**
 * Whether other pages can embed the page at `pageUrl`: only from a web address. A page
 * opened from a file (the offline copy) has no address another site could load.
 */
export function canBeEmbedded(pageUrl: string): boolean {
  const { protocol } = new URL(pageUrl);
  return protocol === 'https:' || protocol === 'http:';
}

/** A URL hash from its parameters ('' for none). Commas in id lists read better unescaped, and are safe in a fragment. */
export function hashOf(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `#${text}`;
}

export function embedUrl(choice: EmbedChoice): string {
  const url = new URL(choice.pageUrl);
  url.search = '';
  url.searchParams.set('embed', '1');
  if (choice.dataUrl) url.searchParams.set(DATA_PARAM, choice.dataUrl);
  if (choice.theme && choice.theme !== EMBED_DEFAULT_THEME) url.searchParams.set('theme', choice.theme);
  const view = new URLSearchParams();
  if (choice.event) view.set('event', choice.event);
  if (choice.lanes?.length) view.set('lane', choice.lanes.join(','));
  if (choice.kinds?.length) view.set('kind', choice.kinds.join(','));
  if (choice.window) {
    view.set('from', choice.window.from);
    view.set('to', choice.window.to);
  }
  url.hash = hashOf(view);
  return url.href;
}

export function iframeSnippet(choice: EmbedChoice, height = 640): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(choice))}" title="${escapeAttribute(choice.title)}" ` +
    `width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`
  );
}

export function scriptSnippet(choice: EmbedChoice): string {
  const loader = new URL(LOADER_FILE, choice.pageUrl).href;
  return (
    `<div ${LOADER_ATTRIBUTE} data-src="${escapeAttribute(embedUrl(choice))}" data-title="${escapeAttribute(choice.title)}"></div>\n` +
    `<script src="${escapeAttribute(loader)}" async></script>`
  );
}

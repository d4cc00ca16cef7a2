/** The URLs and HTML snippets a newsroom pastes to embed the timeline. */
import type { Theme } from '../app/pageOptions.ts';

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

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedUrl(choice: EmbedChoice): string {
  const url = new URL(choice.pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (choice.dataUrl) url.searchParams.set('data', choice.dataUrl);
  if (choice.event) url.searchParams.set('event', choice.event);
  if (choice.lanes?.length) url.searchParams.set('lanes', choice.lanes.join(','));
  if (choice.kinds?.length) url.searchParams.set('kinds', choice.kinds.join(','));
  if (choice.window) {
    url.searchParams.set('from', choice.window.from);
    url.searchParams.set('to', choice.window.to);
  }
  if (choice.theme && choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  return url.href.replace(/%2C/g, ',');
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

/** The URLs and HTML snippets a newsroom pastes to embed the timeline. */
import type { Theme } from './pageOptions.ts';

export interface EmbedChoice {
  /** The address of the full page, without query or hash: "https://news.example/timeline/". */
  pageUrl: string;
  /** A dataset other than the built-in one, if any. */
  dataUrl?: string | null;
  event?: string | null;
  lanes?: string[];
  kinds?: string[];
  theme?: Theme;
  /** The title iframe readers and screen readers are given. */
  title: string;
}

export const LOADER_FILE = 'embed.js';
/** The attribute the loader looks for: `<div data-news-timeline …>`. */
export const LOADER_ATTRIBUTE = 'data-news-timeline';

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

/**
 * The download of a `?data=` document that the page-start script starts before the page's module
 * has arrived (data/vitePlugin.ts): the page takes it over rather than asking again. A classic
 * script can hand it over only on `window`; a real request, not a preload, so that it streams
 * and can be stopped like the page's own (a preload would be read whole into memory first).
 */
import { EARLY_DOWNLOAD_GLOBAL } from './contract';

export interface EarlyDownload {
  /** The document's absolute address. */
  url: string;
  response: Promise<Response>;
  abort: () => void;
}

type Holder = Partial<Record<typeof EARLY_DOWNLOAD_GLOBAL, EarlyDownload>>;

/** The download of `url` started early, if there is one, once; one of another address is stopped, as nothing will read it. */
export function takeEarlyDownload(url: string): EarlyDownload | null {
  if (typeof window === 'undefined') return null;
  const holder = window as unknown as Holder;
  const early = holder[EARLY_DOWNLOAD_GLOBAL];
  if (!early) return null;
  delete holder[EARLY_DOWNLOAD_GLOBAL];
  if (early.url === url) return early;
  early.abort();
  return null;
}

/**
 * The address an embed's iframe loads: the host's data-src, resolved against the
 * loader's own address, always in embed mode, with the event the host page links to
 * put into its hash beside whatever view data-src already chose.
 */
import { hashOf, QUERY_VIEW_PARAMS } from '../contract';

/** What data-src means when a host leaves it out: the embed beside embed.js. */
const DEFAULT_SRC = './?embed=1';

export function frameAddress(dataSrc: string | null, base: string, linked: string | null): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(dataSrc || DEFAULT_SRC, base);
  } catch {
    return { problem: 'This timeline could not be embedded: its data-src is not a valid address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: 'This timeline could not be embedded: its data-src must be an http(s) address.' };
  }
  url.searchParams.set('embed', '1');
  if (linked) {
    // An older snippet has its view in the query, which the page reads only while the
    // hash has none: it moves to the hash with the link, or the link would lose it. (With
    // a view in the hash already, the page would read that one alone, so the query's goes.)
    const view = new URLSearchParams(url.hash.slice(1));
    const hashHasView = url.hash.length > 1;
    for (const [name, hashName] of Object.entries(QUERY_VIEW_PARAMS)) {
      const value = url.searchParams.get(name);
      url.searchParams.delete(name);
      if (value !== null && !hashHasView) view.set(hashName, value);
    }
    view.set('event', linked);
    url.hash = hashOf(view);
  }
  return { url };
}

/**
 * This page's address in another mode or view: the same file and dataset, with the
 * given flags (`present`, `presenter`) and hash. Built from location.href rather than
 * origin + path, because a file:// page (the offline build) has the origin "null".
 */
export function pageUrl(dataUrl: string | null, flags: string[] = [], hash = ''): string {
  // At build time (the prerendered page) there is no address yet; nothing drawn is built from this one (see pageLink).
  const url = new URL(typeof window === 'undefined' ? 'http://prerender.invalid/' : window.location.href);
  url.search = pageQuery(dataUrl, flags);
  url.hash = hash;
  return url.href;
}

/**
 * A link to this page in another mode or view, relative (`?present`, `?#event=…`), so that a
 * page prerendered at build time, which has no address, draws the same link as the browser does.
 */
export function pageLink(dataUrl: string | null, flags: string[], hash = ''): string {
  return (pageQuery(dataUrl, flags) || '?') + hash;
}

function pageQuery(dataUrl: string | null, flags: string[]): string {
  const params = [...flags, ...(dataUrl ? [`data=${encodeURIComponent(dataUrl)}`] : [])];
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/**
 * This page as it would be without `?data=`: the built-in story, in the same mode and
 * with the same options. The hash is left behind: it names events of the other story.
 */
export function builtInStoryUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('data');
  url.hash = '';
  return url.href;
}

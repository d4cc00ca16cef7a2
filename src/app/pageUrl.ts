/**
 * This page's address in another mode or view: the same file and dataset, with the
 * given flags (`present`, `presenter`) and hash. Built from location.href rather than
 * origin + path, because a file:// page (the offline build) has the origin "null".
 */
export function pageUrl(dataUrl: string | null, flags: string[] = [], hash = ''): string {
  const url = new URL(window.location.href);
  const params = [...flags, ...(dataUrl ? [`data=${encodeURIComponent(dataUrl)}`] : [])];
  url.search = params.length > 0 ? `?${params.join('&')}` : '';
  url.hash = hash;
  return url.href;
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

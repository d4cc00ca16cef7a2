/** Whether a media query matches now; false where there is no matchMedia (an old browser, a test's DOM). */
export function matchesMediaQuery(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

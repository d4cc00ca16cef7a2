/** Whether a media query matches now; false where there is no matchMedia (an old browser, a test's DOM). */
export function matchesMediaQuery(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** The reader has asked for less motion: move the view at once instead of animating it. */
export function prefersReducedMotion(): boolean {
  return matchesMediaQuery('(prefers-reduced-motion: reduce)');
}

import { matchesMediaQuery } from './mediaQuery';

/** Whether the reader asked for less motion; false where the browser cannot say. */
export function prefersReducedMotion(): boolean {
  return matchesMediaQuery('(prefers-reduced-motion: reduce)');
}

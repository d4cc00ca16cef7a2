/**
 * Whether parts with a first screen of their own (the timeline's) draw it before the live
 * part: when the page is being drawn ahead of time (the build's prerender) or is coming to
 * life from a page so drawn (hydration), and when the browser draws a page from nothing
 * (a `?data=` story), where the first screen is painted a frame before the live part is made.
 */
import { drawForMedia } from './useMediaQuery';

/** Who drew the first screen: the build (hydrating its page now), the browser, or nobody (what mounts is drawn live). */
type FirstScreens = 'build' | 'browser' | null;

let firstScreens: FirstScreens = null;

/** Drawing ahead, or hydrating what was, for a screen whose media queries answer `media`. */
export function drawAhead(media: Readonly<Record<string, boolean>>): void {
  drawForMedia(media);
  firstScreens = 'build';
}

/** The page is drawn in the browser: first screens first, painted before their live parts are made. */
export function drawFirstScreensFirst(): void {
  firstScreens = 'browser';
}

/** From now on, what mounts is drawn live. */
export function drawLive(): void {
  firstScreens = null;
}

/** Whether what mounts now draws its first screen before its live part. */
export function drawnAhead(): boolean {
  return firstScreens !== null;
}

/** Whether the first screens being drawn are the browser's, not the build's: their style is not in the page, and nothing is painted yet. */
export function drawnInBrowser(): boolean {
  return firstScreens === 'browser';
}

/**
 * Whether the page is being drawn ahead of time (the build's prerender) or is coming to life
 * from a page so drawn (hydration): parts with a first screen of their own, for the time
 * before script has run, draw it then and only then.
 */
import { drawForMedia } from './useMediaQuery';

let ahead = false;

/** Drawing ahead, or hydrating what was, for a screen whose media queries answer `media`. */
export function drawAhead(media: Readonly<Record<string, boolean>>): void {
  drawForMedia(media);
  ahead = true;
}

/** From now on, what mounts is drawn live. */
export function drawLive(): void {
  ahead = false;
}

export function drawnAhead(): boolean {
  return ahead;
}

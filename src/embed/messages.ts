/**
 * The messages an embedded timeline exchanges with its host page. Heights go out in
 * three formats hosts already understand; what comes in is checked for shape and
 * sender before anything is done with it, and nothing received is ever evaluated.
 */
import { ID_PATTERN, isId } from '../data/idPattern';

/** Our own protocol, spoken with the loader (embed.js, src/embed/loader). */
export const HEIGHT = 'news-timeline:height';
export const SELECTED = 'news-timeline:selected';
export const SHOW = 'news-timeline:show';

/** The tallest the loader makes a frame, whatever height its page reports. */
export const MAX_FRAME_HEIGHT = 20000;

/** The height messages for one size: AMP's embed-size, pym.js's child format (when a pym id is known), and ours. */
export function heightMessages(height: number, pymChildId: string | null): unknown[] {
  const messages: unknown[] = [
    { sentinel: 'amp', type: 'embed-size', height },
    { type: HEIGHT, height },
  ];
  if (pymChildId !== null) messages.push(['pym', pymChildId, 'height', String(height)].join('xPYMx'));
  return messages;
}

/** A host's request to show an event (its own URL changed), or null for anything else. */
export function readShowMessage(data: unknown): { event: string | null } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, event } = data as { type?: unknown; event?: unknown };
  if (type !== SHOW) return null;
  if (event === null) return { event: null };
  return typeof event === 'string' && event.length <= 100 && ID_PATTERN.test(event) ? { event } : null;
}

/**
 * The host page's origin as the browser reports it, or null when it cannot be
 * known: then no message from the host is trusted.
 */
export function hostOrigin(location: Location, referrer: string): string | null {
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/** What the loader acts on from its own iframe: a height to size it to, or the event chosen in it (null: none). */
export type FrameMessage = { type: typeof HEIGHT; height: number } | { type: typeof SELECTED; event: string | null };

/**
 * A message from an embed's iframe as the loader reads it, or null for anything else.
 * A height is a whole number of pixels from 0 to MAX_FRAME_HEIGHT; a chosen event that
 * is not an id counts as none.
 */
export function readFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height, event } = data as { type?: unknown; height?: unknown; event?: unknown };
  if (type === HEIGHT && typeof height === 'number' && Number.isFinite(height)) {
    return { type: HEIGHT, height: Math.max(0, Math.min(MAX_FRAME_HEIGHT, Math.ceil(height))) };
  }
  if (type === SELECTED) return { type: SELECTED, event: isId(event) ? event : null };
  return null;
}

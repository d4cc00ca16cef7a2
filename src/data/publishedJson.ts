import type { Timeline } from './schema';

/**
 * The compiled story as published, by the build and by the studio alike, so the two give the
 * same bytes. '<' is written as \u003c (the same JSON), so no text in it can close the element
 * it is inlined in.
 */
export function publishedJson(timeline: Timeline): string {
  return JSON.stringify(timeline).replace(/</g, '\\u003c');
}

/** Recognising the JSON of other timeline tools, to name it rather than list its every difference from ours. */
import { ownField } from './ownField.ts';

/**
 * TimelineJS3's JSON: `events[]` whose entries have a `start_date` or a `text.headline`,
 * or a title slide with `title.text`; and no `schemaVersion`, which every document of
 * ours has (one that has it is ours, however broken, and gets its problems listed).
 */
export function looksLikeTimelineJS3(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Object.hasOwn(json, 'schemaVersion')) return false;
  const events = ownField(json, 'events');
  const slideLike = (event: unknown) =>
    ownField(event, 'start_date') !== undefined || ownField(ownField(event, 'text'), 'headline') !== undefined;
  return (Array.isArray(events) && events.some(slideLike)) || ownField(ownField(json, 'title'), 'text') !== undefined;
}

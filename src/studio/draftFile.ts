/**
 * A draft as a file of its own, to download and open again (on another machine, or after
 * clearing the browser): JSON with a name and a version, checked on the way back in.
 */
import { TimelineDataError } from '../data/errors';
import { parseTimeline } from '../data/parseTimeline';
import type { Draft } from './draft';
import { curatedFromTimeline } from '../data/curatedFromTimeline';

const FORMAT = 'timeline-studio-draft';
const VERSION = 1;

export function draftFileText(draft: Draft): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, draft }, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value has a draft's shape; what is inside it is the compiler's to check, as it is for any draft. */
export function isDraft(value: unknown): value is Draft {
  if (!isObject(value) || !isObject(value.story) || !Array.isArray(value.manifest) || !isObject(value.texts)) return false;
  const { story } = value;
  return (
    ['events', 'lanes', 'kinds', 'actors'].every((list) => Array.isArray(story[list])) &&
    value.manifest.every(isObject) &&
    Object.values(value.texts).every((text) => typeof text === 'string')
  );
}

/** A published story (timeline.json) opened as a draft, or why it cannot be. */
function publishedStory(value: Record<string, unknown>): { draft: Draft } | { error: string } {
  try {
    return { draft: curatedFromTimeline(parseTimeline(value)) };
  } catch (error) {
    if (!(error instanceof TimelineDataError)) throw error;
    return {
      error: `This published story cannot be opened: ${error.problems.slice(0, 3).join('; ')}${error.problems.length > 3 ? '…' : ''}`,
    };
  }
}

/** The draft in a downloaded file (a draft, or a published timeline.json), or why the file is not one. */
export function readDraftFile(text: string): { draft: Draft } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'This file is neither a studio draft nor a published timeline.json: it is not JSON.' };
  }
  if (isObject(value) && 'schemaVersion' in value && 'events' in value) return publishedStory(value);
  if (!isObject(value) || value.format !== FORMAT) {
    return { error: 'This file is neither a studio draft (“Download draft”) nor a published timeline.json.' };
  }
  if (value.version !== VERSION)
    return { error: `This draft was saved by another version of the studio (version ${String(value.version)}).` };
  if (!isDraft(value.draft)) return { error: 'This studio draft is damaged: its story, articles or texts are missing.' };
  return { draft: value.draft };
}

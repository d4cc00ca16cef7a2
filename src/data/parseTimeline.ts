/**
 * Turns a fetched JSON document into a trusted Timeline, or throws a
 * TimelineDataError that lists every problem with its place in the document:
 * the schema's and the cross-checks' together, in one pass.
 */
import { TimelineDataError, TimelineFormatError } from './errors.ts';
import { looksLikeTimelineJS3 } from './foreignFormats.ts';
import { findPlacementProblems, findReferenceProblems } from './integrity.ts';
import { formatProblem, problemsFromZod, sortByPlace, type Problem } from './problems.ts';
import { timelineSchema, type Timeline } from './schema.ts';
import { formCheck } from './schemaForm.ts';
import { soundParts } from './soundParts.ts';

export { TimelineDataError };
// Loaded with the validator, for documents that are not JSON at all.
export { notJsonMessage } from './jsonSyntaxError.ts';
// Loaded with the validator, for the document worker.
export { checksInParts } from './checkInParts.ts';

type Parts = Parameters<typeof findReferenceProblems>[0] & Parameters<typeof findPlacementProblems>[0];

const crossCheck = (parts: Parts): Problem[] => [...findReferenceProblems(parts), ...findPlacementProblems(parts)];

/** A valid timeline's parts, as the cross-checks take them. */
function partsOf(timeline: Timeline): Parts {
  return { ...timeline, events: timeline.events.map((event, index) => ({ index, event })) };
}

const quickCheck = formCheck(timelineSchema);

/** A document as the app's own tools write it, which the schema would give back as it is (schemaForm.ts). */
function inSchemaForm(json: unknown): boolean {
  try {
    return quickCheck?.(json) ?? false;
  } catch {
    // Whatever the quick check cannot read (an object whose getters throw) is zod's to report.
    return false;
  }
}

/**
 * The schema's verdict. zod runs its length checks on anything with a `length`, and a JSON
 * document can give that `length` an object whose `toString` is not a function: zod then
 * throws where it should report. That is reported as a problem of the document too.
 */
function checkedBySchema(json: unknown): ReturnType<typeof timelineSchema.safeParse> {
  if (inSchemaForm(json)) return { success: true, data: json as Timeline };
  try {
    return timelineSchema.safeParse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TimelineDataError([`the document could not be checked: a value is not of the type its field needs (${reason})`]);
  }
}

export function parseTimeline(json: unknown): Timeline {
  const parsed = checkedBySchema(json);
  if (parsed.success) {
    const problems = crossCheck(partsOf(parsed.data));
    if (problems.length === 0) return parsed.data;
    throw new TimelineDataError(sortByPlace(problems).map((p) => formatProblem(p, parsed.data.events)));
  }
  const problems = [...problemsFromZod(parsed.error), ...crossCheck(soundParts(json))];
  const events = typeof json === 'object' && json !== null && 'events' in json ? json.events : undefined;
  throw new TimelineDataError(sortByPlace(problems).map((p) => formatProblem(p, events)));
}

/**
 * A fetched document as a Timeline. Another tool's format would fail the schema
 * everywhere at once: it is named instead, in one line.
 */
export function parseFetchedDocument(json: unknown): Timeline {
  if (looksLikeTimelineJS3(json)) throw new TimelineFormatError('TimelineJS3');
  return parseTimeline(json);
}

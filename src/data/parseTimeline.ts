/**
 * Turns a fetched JSON document into a trusted Timeline, or throws a
 * TimelineDataError that lists every problem with its place in the document.
 */
import { TimelineDataError } from './errors.ts';
import { findPlacementProblems, findReferenceProblems } from './integrity.ts';
import { formatProblem, problemsFromZod } from './problems.ts';
import { timelineSchema, type Timeline } from './schema.ts';

export { TimelineDataError };

export function parseTimeline(json: unknown): Timeline {
  const events = typeof json === 'object' && json !== null && 'events' in json ? json.events : undefined;
  const parsed = timelineSchema.safeParse(json);
  if (!parsed.success) {
    throw new TimelineDataError(problemsFromZod(parsed.error).map((p) => formatProblem(p, events)));
  }
  const timeline = parsed.data;
  const problems = [
    ...findReferenceProblems({
      ...timeline,
      events: timeline.events.map((event, index) => ({ index, event })),
    }),
    ...findPlacementProblems(timeline),
  ];
  if (problems.length > 0) throw new TimelineDataError(problems.map((p) => formatProblem(p, events)));
  return timeline;
}

/**
 * A problem found in story data, located by its path in the document.
 * Every checker reports all the problems it finds, never only the first.
 */
import type { z } from 'zod/mini';

export interface Problem {
  /** Path from the document root, e.g. ["events", 12, "citations", 1, "quote"]. */
  path: PropertyKey[];
  message: string;
}

export function problemsFromZod(error: z.core.$ZodError, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

function idAt(events: unknown, index: number): string | undefined {
  if (!Array.isArray(events)) return undefined;
  const event: unknown = events[index];
  if (typeof event !== 'object' || event === null || !('id' in event)) return undefined;
  return typeof event.id === 'string' ? event.id : undefined;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * `events[12] "uk-sanctions": citations[1].quote: quote not found in source "afp"`.
 * `events` is the document's event list, used to name the event by its id.
 */
export function formatProblem(problem: Problem, events?: unknown): string {
  const [head, index, ...rest] = problem.path;
  if (head === 'events' && typeof index === 'number') {
    const eventId = idAt(events, index);
    const where = `events[${index}]${eventId ? ` ${JSON.stringify(eventId)}` : ''}`;
    return rest.length > 0 ? `${where}: ${formatPath(rest)}: ${problem.message}` : `${where}: ${problem.message}`;
  }
  return problem.path.length > 0 ? `${formatPath(problem.path)}: ${problem.message}` : problem.message;
}

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

/** How a quote that is not in its article is reported, by the compiler and the app alike. */
export const QUOTE_NOT_FOUND = 'quote not found';

/** A problem with a quote, naming the article: `quote not found in source "afp"`. */
export function inSource(problem: string, sourceId: string): string {
  return `${problem} in source ${JSON.stringify(sourceId)}`;
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
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
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

const SECTION_ORDER = [
  'schemaVersion',
  'title',
  'description',
  'actors',
  'updated',
  'corrections',
  'lanes',
  'kinds',
  'landmarks',
  'narratives',
  'sources',
  'events',
];

/**
 * In the order a curator reads the document: by section, then by entry. Problems
 * within one entry keep the order they were found in (the sort is stable).
 */
export function sortByPlace(problems: Problem[]): Problem[] {
  const rank = (path: PropertyKey[]): [number, number] => {
    const section = SECTION_ORDER.indexOf(String(path[0]));
    return [section === -1 ? SECTION_ORDER.length : section, typeof path[1] === 'number' ? path[1] : -1];
  };
  return [...problems].sort((p, q) => {
    const [a, b] = [rank(p.path), rank(q.path)];
    return a[0] - b[0] || a[1] - b[1];
  });
}

/**
 * What the page and the document worker (documentWorker.ts) say to each other, and how an
 * error crosses between them: as plain data, made back into the same class on the page.
 */
import { TimelineDataError, TimelineFetchError, TimelineFormatError, type RetryAdvice } from './errors';

/** Events per message from the worker: small enough that the page reads each in a short task. */
export const EVENTS_PER_MESSAGE = 5_000;

export type ToWorker =
  /** The next bytes of the document, as they arrive. */
  | { bytes: Uint8Array }
  /** The document has all arrived. */
  | { end: true };

export type WorkerError =
  | { kind: 'fetch'; message: string; status: number | undefined; retry: RetryAdvice }
  | { kind: 'data'; problems: string[] }
  | { kind: 'format'; format: string }
  | { kind: 'other'; message: string };

export type FromWorker =
  /** The worker's code has loaded and runs. */
  | { type: 'running' }
  /**
   * A part of the story's events, as JSON text, added to those sent before it: the page reads
   * it with JSON.parse in about half the time structured cloning takes to rebuild the same
   * objects, and a string crosses as it is. Sent as written, while the document downloads,
   * ahead of its checks.
   */
  | { type: 'events'; json: string }
  /**
   * The story without its events, as JSON text: the events sent so far, `events` of them, are
   * all of its events. Sent before the checks where the document is read as written.
   */
  | { type: 'story'; json: string; events: number }
  /** What was sent so far is dropped: the story follows again, as the checks give it (they changed it), or as the whole document reads. */
  | { type: 'again' }
  /** The checks passed: the story last sent stands. */
  | { type: 'done' }
  | { type: 'error'; error: WorkerError };

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof TimelineFetchError) return { kind: 'fetch', message: error.message, status: error.status, retry: error.retry };
  if (error instanceof TimelineDataError) return { kind: 'data', problems: error.problems };
  if (error instanceof TimelineFormatError) return { kind: 'format', format: error.format };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

export function fromWorkerError(error: WorkerError): Error {
  switch (error.kind) {
    case 'fetch':
      return new TimelineFetchError(error.message, error.status, error.retry);
    case 'data':
      return new TimelineDataError(error.problems);
    case 'format':
      return new TimelineFormatError(error.format);
    case 'other':
      return new Error(error.message);
  }
}

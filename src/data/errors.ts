/** A document that failed validation: every problem, each with its place in the document. */
export class TimelineDataError extends Error {
  /** One readable line per problem: `events[3] "uk-sanctions": lane: unknown lane "mars"`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The timeline data has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    this.name = 'TimelineDataError';
    this.problems = problems;
  }
}

/** A document in another tool's format, which the reader does not show: the studio imports it. */
export class TimelineFormatError extends Error {
  constructor(
    /** The format it looks like: "TimelineJS3". */
    readonly format: string,
  ) {
    super(
      `The timeline data looks like a ${format} file, which the reader does not show as it is: import it in the story studio (the page with ?studio at the end of its address), then publish it.`,
    );
    this.name = 'TimelineFormatError';
  }
}

/**
 * Whether trying again may help: 'auto', retried without asking and then offered to the
 * reader (the network, a struggling server, a server asking to wait); 'none', it cannot:
 * the same address would give the same answer (nothing there, access refused, a document
 * that is not JSON or over the size limit).
 */
export type RetryAdvice = 'auto' | 'none';

function adviceFor(status: number | undefined): RetryAdvice {
  return status === undefined || status >= 500 || status === 408 || status === 429 ? 'auto' : 'none';
}

/** A fetch that failed before there was any data to validate. */
export class TimelineFetchError extends Error {
  constructor(
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
    readonly retry: RetryAdvice = adviceFor(status),
  ) {
    super(message);
    this.name = 'TimelineFetchError';
  }
}

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

/** A document in another tool's format, which this viewer cannot read directly yet. */
export class TimelineFormatError extends Error {
  constructor(
    /** The format it looks like: "TimelineJS3". */
    readonly format: string,
  ) {
    super(`The timeline data looks like a ${format} file, which this timeline cannot read directly yet.`);
    this.name = 'TimelineFormatError';
  }
}

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

/**
 * What every import gives back, whatever the format: a whole story as its curated files
 * (what `npm run data` compiles and the studio edits), and every part of the file that
 * could not be read, each with its place and the reason. The readable rest still comes in.
 */
import type { CuratedFiles } from '../data/schema';

export type ImportFormat = 'timelinejs' | 'timelinejs-csv' | 'story' | 'csv';

export interface ImportProblem {
  /** Where in the file, as its author would look for it: "row 7" (a spreadsheet's row, the header being row 1), "events[3]", "eras[0]". */
  where: string;
  /** Why it could not be read, or what was done instead: "Year is not a number: “c. 1990”". */
  reason: string;
}

export interface Imported {
  format: ImportFormat;
  files: CuratedFiles;
  problems: ImportProblem[];
  /** Ids of events the file says are gone: a story of ours, exported, whose slides for them were deleted since. */
  removed?: string[];
}

/** Each problem once: the CSV reader complains of one misplaced quotation mark as often as it meets the cell's end. */
export function uniqueProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.where}\u0000${problem.reason}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Turns HTML into the plain text the app shows: the caller supplies the DOM (the browser's, or jsdom's on the command line). */
export type HtmlToText = (html: string) => string;

/** A file that cannot be imported at all (not JSON, no events, no header row): its message is for the journalist. */
export class ImportError extends Error {
  override name = 'ImportError';
}

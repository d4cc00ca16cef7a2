/** What to tell the reader when the story fails to load, and whether trying again could help. */
import { TimelineDataError, TimelineFormatError } from '../data/errors';
import { TimelineFetchError } from '../data/errors';

export interface LoadErrorDescription {
  title: string;
  details: string[];
  retryable: boolean;
}

export function describeLoadError(error: unknown): LoadErrorDescription {
  if (error instanceof TimelineDataError) {
    return {
      title: `The timeline data is not valid: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} found.`,
      details: error.problems,
      retryable: false,
    };
  }
  if (error instanceof TimelineFormatError) {
    return { title: error.message, details: [], retryable: false };
  }
  if (error instanceof TimelineFetchError) {
    return { title: 'The timeline could not be loaded.', details: [error.message], retryable: error.retry !== 'none' };
  }
  return {
    title: 'Something went wrong while loading the timeline.',
    details: [error instanceof Error ? error.message : String(error)],
    retryable: true,
  };
}

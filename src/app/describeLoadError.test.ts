import { describe, expect, test } from 'vitest';
import { TimelineFormatError } from '../data/errors';
import { TimelineDataError } from '../data/parseTimeline';
import { TimelineFetchError } from '../data/errors';
import { describeLoadError, type LoadErrorDescription } from './describeLoadError';

describe('describeLoadError', () => {
  test.each<[unknown, LoadErrorDescription, string]>([
    [
      new TimelineDataError(['events[0] "a": lane: unknown lane "mars"', 'sources: must not be empty']),
      {
        title: 'The timeline data is not valid: 2 problems found.',
        details: ['events[0] "a": lane: unknown lane "mars"', 'sources: must not be empty'],
        retryable: false,
      },
      'invalid data: not retryable, one detail per problem',
    ],
    [
      new TimelineDataError(['title: must not be empty']),
      { title: 'The timeline data is not valid: 1 problem found.', details: ['title: must not be empty'], retryable: false },
      'one problem is singular',
    ],
    [
      new TimelineFetchError('The server answered 503 Service Unavailable for the timeline data.', 503),
      {
        title: 'The timeline could not be loaded.',
        details: ['The server answered 503 Service Unavailable for the timeline data.'],
        retryable: true,
      },
      'a failed fetch may pass: retryable',
    ],
    [
      new TimelineFetchError('The server answered 404 Not Found for https://news.example/story.json.', 404),
      {
        title: 'The timeline could not be loaded.',
        details: ['The server answered 404 Not Found for https://news.example/story.json.'],
        retryable: false,
      },
      'nothing at the address: trying again cannot help',
    ],
    [
      new TimelineFetchError('The timeline data is not valid JSON: the first error is at line 3, column 13.', undefined, 'none'),
      {
        title: 'The timeline could not be loaded.',
        details: ['The timeline data is not valid JSON: the first error is at line 3, column 13.'],
        retryable: false,
      },
      'not JSON: the same file would come back',
    ],
    [
      new TimelineFormatError('TimelineJS3'),
      {
        title:
          'The timeline data looks like a TimelineJS3 file, which the reader does not show as it is: import it in the story studio (the page with ?studio at the end of its address), then publish it.',
        details: [],
        retryable: false,
      },
      'another tool’s format: one line that says so',
    ],
    [
      new Error('boom'),
      { title: 'Something went wrong while loading the timeline.', details: ['boom'], retryable: true },
      'an unknown Error: retryable, with its message',
    ],
    [
      'plain string',
      { title: 'Something went wrong while loading the timeline.', details: ['plain string'], retryable: true },
      'a thrown non-Error value',
    ],
    [undefined, { title: 'Something went wrong while loading the timeline.', details: ['undefined'], retryable: true }, 'nothing at all'],
  ])('%o (%s)', (error, expected) => {
    expect(describeLoadError(error)).toEqual(expected);
  });

  test('lists every problem, even a long list (the view decides how many to show)', () => {
    const problems = Array.from({ length: 25 }, (_, i) => `events[${i}]: lane: unknown lane "x"`);
    const description = describeLoadError(new TimelineDataError(problems));
    expect(description.title).toBe('The timeline data is not valid: 25 problems found.');
    expect(description.details).toEqual(problems);
  });
});

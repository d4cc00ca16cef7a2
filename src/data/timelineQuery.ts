/**
 * Loading the timeline document: fetch, check, validate, all inside the queryFn,
 * so every consumer gets either a trusted Timeline or an error that says what is wrong.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseTimeline } from './parseTimeline';
import { INLINE_TIMELINE_ID, type Timeline } from './schema';

export const DEFAULT_TIMELINE_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** A fetch that failed before there was any data to validate. */
export class TimelineFetchError extends Error {
  constructor(
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TimelineFetchError';
  }
}

/** The story inlined into the page by the offline build, or undefined when it was not. */
function inlineTimeline(): unknown {
  const element = typeof document === 'undefined' ? null : document.getElementById(INLINE_TIMELINE_ID);
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent);
  } catch {
    throw new TimelineFetchError('The timeline data inlined in this page is not valid JSON.');
  }
}

export async function fetchTimeline(url: string, signal?: AbortSignal): Promise<Timeline> {
  // Offline, from a file:// page, nothing can be fetched: the build put the story in the page.
  const inline = url === DEFAULT_TIMELINE_URL ? inlineTimeline() : undefined;
  if (inline !== undefined) return parseTimeline(inline);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TimelineFetchError('The timeline data could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    throw new TimelineFetchError(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for the timeline data.`,
      response.status,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TimelineFetchError('The timeline data is not valid JSON.');
  }
  return parseTimeline(json);
}

export function timelineQueryOptions(url: string = DEFAULT_TIMELINE_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: ({ signal }) => fetchTimeline(url, signal),
    // The published document never changes under a reader.
    staleTime: Infinity,
    // Retrying cannot fix data that failed validation; a network blip it can.
    retry: (failureCount, error) => error instanceof TimelineFetchError && failureCount < 2,
  });
}

export function useTimeline(url?: string) {
  return useQuery(timelineQueryOptions(url));
}

/**
 * Loading the timeline document: fetch, check, validate, all inside the queryFn,
 * so every consumer gets either a trusted Timeline or an error that says what is wrong.
 *
 * The built-in story was validated when the site was built (the build fails on any
 * problem and records the document's fingerprint), so the browser takes that exact
 * document as it is. Any other document, such as one from `?data=`, is untrusted: it
 * goes through the full validator, whose code loads only then.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { INLINE_TIMELINE_ID } from './contract';
import { fingerprint } from './fingerprint';
import type { Timeline } from './schema';

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

/** The text of the story inlined into the page by the offline build, or undefined when it was not. */
function inlineText(): string | undefined {
  const element = typeof document === 'undefined' ? null : document.getElementById(INLINE_TIMELINE_ID);
  return element?.textContent || undefined;
}

const loadValidator = () => import('./parseTimeline').then((module) => module.parseTimeline);

/** True when `text` is exactly the built-in story this build validated. */
function isValidatedByBuild(text: string): boolean {
  const expected = import.meta.env.BUILT_STORY_FINGERPRINT;
  if (!expected) return false;
  // The fingerprint starts with the length: a different document is usually told apart without hashing it.
  return expected.startsWith(`${text.length.toString(36)}-`) && fingerprint(text) === expected;
}

/** Where a document came from: inlined in the page or fetched from the built-in URL (both the build's), or elsewhere. */
export type DocumentOrigin = 'inline' | 'built-in' | 'elsewhere';

/**
 * A Timeline from a document's text: the built-in story as the build validated it,
 * anything else (another dataset, a built-in file edited or left from another build)
 * through the validator, so its problems are reported, never obeyed.
 */
export async function parseDocument(text: string, origin: DocumentOrigin): Promise<Timeline> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TimelineFetchError(
      origin === 'inline' ? 'The timeline data inlined in this page is not valid JSON.' : 'The timeline data is not valid JSON.',
    );
  }
  if (origin !== 'elsewhere' && isValidatedByBuild(text)) return json as Timeline;
  const parseTimeline = await loadValidator();
  return parseTimeline(json);
}

export async function fetchTimeline(url: string, signal?: AbortSignal): Promise<Timeline> {
  const builtIn = url === DEFAULT_TIMELINE_URL;
  // Offline, from a file:// page, nothing can be fetched: the build put the story in the page.
  const inline = builtIn ? inlineText() : undefined;
  if (inline !== undefined) return parseDocument(inline, 'inline');
  // Someone else's document needs the validator: fetch its code while the data downloads.
  if (!builtIn) loadValidator().catch(() => undefined);
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TimelineFetchError('The timeline data was cut off while downloading. Check your connection and try again.');
  }
  return parseDocument(text, builtIn ? 'built-in' : 'elsewhere');
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

import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeTimeline } from './fixtures';
import { EARLY_DOWNLOAD_GLOBAL } from './contract';
import { TimelineFetchError, TimelineFormatError, type RetryAdvice } from './errors';
import { TimelineDataError } from './parseTimeline';
import { fingerprint } from './fingerprint';
import { parseDocument } from './parseDocument';
import { joined } from './bodyReader';
import { fetchTimeline, STALL_TIMEOUT_MS, timelineQueryOptions, WORKER_START_BYTES } from './timelineQuery';
import { relayToRealWorker, type WorkerRelay } from './workerRelay.testing';
import { EVENTS_PER_MESSAGE } from './workerMessages';

const URL = '/data/timeline.json';

/** Replaces the global fetch with one that answers `response` (or rejects with it). */
function stubFetch(answer: (...args: unknown[]) => Promise<Response>) {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function json(body: unknown, init?: ResponseInit): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });
}

/** The error `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchTimeline', () => {
  test('returns the parsed timeline for a valid document', async () => {
    stubFetch(async () => json(makeTimeline()));
    await expect(fetchTimeline(URL)).resolves.toEqual(makeTimeline());
  });

  test('asks for JSON at the given URL, and leaving (the query abort) stops the download', async () => {
    let seen: AbortSignal | undefined;
    const fetch = stubFetch(async (...args: unknown[]) => {
      seen = (args[1] as RequestInit).signal ?? undefined;
      return json(makeTimeline());
    });
    const controller = new AbortController();
    await fetchTimeline(URL, controller.signal);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(URL, expect.objectContaining({ headers: { Accept: 'application/json' } }));

    const leaving = new AbortController();
    stubFetch(
      (...args: unknown[]) =>
        new Promise<Response>((_, reject) => {
          seen = (args[1] as RequestInit).signal ?? undefined;
          seen?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const pending = rejection(fetchTimeline(URL, leaving.signal));
    leaving.abort();
    const error = await pending;
    expect(seen?.aborted).toBe(true);
    // The query's own abort passes through untouched: TanStack Query knows it was cancelled.
    expect((error as Error).name).toBe('AbortError');
  });

  test.each<[number, string, string, RetryAdvice]>([
    [500, 'Internal Server Error', 'The server answered 500 Internal Server Error for https://news.example/data/other.json.', 'auto'],
    [500, '', 'The server answered 500 for https://news.example/data/other.json.', 'auto'],
    [404, 'Not Found', 'The server answered 404 Not Found for https://news.example/data/other.json.', 'none'],
    [403, 'Forbidden', 'The server answered 403 Forbidden for https://news.example/data/other.json.', 'none'],
    [429, 'Too Many Requests', 'The server answered 429 Too Many Requests for https://news.example/data/other.json.', 'auto'],
  ])('an HTTP %i %j is a TimelineFetchError naming the status and the address', async (status, statusText, message, retry) => {
    stubFetch(async () => new Response('oops', { status, statusText }));
    const error = await rejection(fetchTimeline('https://news.example/data/other.json'));
    expect(error).toBeInstanceOf(TimelineFetchError);
    expect(error).toMatchObject({ name: 'TimelineFetchError', status, message, retry });
  });

  test('the address named is where the request ended up, after any redirect', async () => {
    const response = new Response('gone', { status: 404, statusText: 'Not Found' });
    Object.defineProperty(response, 'url', { value: 'https://cdn.example/moved.json' });
    stubFetch(async () => response);
    const error = await rejection(fetchTimeline('https://news.example/data/other.json'));
    expect((error as Error).message).toBe('The server answered 404 Not Found for https://cdn.example/moved.json.');
  });

  test('an error status is reported even when the body is a valid timeline', async () => {
    stubFetch(async () => json(makeTimeline(), { status: 500 }));
    await expect(fetchTimeline(URL)).rejects.toMatchObject({ status: 500 });
  });

  test('a network failure is a TimelineFetchError without a status', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(fetchTimeline(URL));
    expect(error).toBeInstanceOf(TimelineFetchError);
    expect((error as TimelineFetchError).message).toContain('could not be reached');
    expect((error as TimelineFetchError).status).toBeUndefined();
  });

  test('an aborted request rethrows the abort, not a fetch error to show the reader', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch(async () => {
      controller.abort();
      throw abort;
    });
    const error = await rejection(fetchTimeline(URL, controller.signal));
    expect(error).toBe(abort);
    expect(error).not.toBeInstanceOf(TimelineFetchError);
  });

  test.each<[string, string]>([
    ['<!doctype html><title>Not here</title>', 'The timeline data is not valid JSON: the first error is at line 1, column 1.'],
    ['{"schemaVersion": 1,', 'The timeline data is not valid JSON: it ends too early, at line 1, column 21.'],
    ['{\n  "schemaVersion": 1,\n  "title": tbd\n}', 'The timeline data is not valid JSON: the first error is at line 3, column 13.'],
    ['', 'The timeline data is not valid JSON: it is empty.'],
  ])('a body that is not JSON is a TimelineFetchError with its line and column: %j', async (body, message) => {
    stubFetch(async () => new Response(body, { status: 200 }));
    const error = await rejection(fetchTimeline(URL));
    expect(error).toBeInstanceOf(TimelineFetchError);
    expect((error as Error).message).toBe(message);
    // The same file would come back the same: trying again cannot help.
    expect((error as TimelineFetchError).retry).toBe('none');
  });

  test.each<[unknown, string]>([
    [{ ...makeTimeline(), schemaVersion: 2 }, 'a future schema version'],
    [{ ...makeTimeline(), events: [] }, 'no events'],
    [[], 'an array'],
    [null, 'null'],
  ])('JSON that fails validation is a TimelineDataError (%s)', async (body) => {
    stubFetch(async () => json(body));
    const error = await rejection(fetchTimeline(URL));
    expect(error).toBeInstanceOf(TimelineDataError);
    expect(error).not.toBeInstanceOf(TimelineFetchError);
    expect((error as TimelineDataError).problems.length).toBeGreaterThan(0);
  });

  test('a TimelineDataError names the problem with its place', async () => {
    stubFetch(async () => json({ ...makeTimeline(), events: [] }));
    const error = await rejection(fetchTimeline(URL));
    expect((error as TimelineDataError).problems).toEqual(['events: the timeline has no events']);
  });
});

/** A response whose body arrives in `chunks`, then either ends, fails, or never goes on. */
function streamed(chunks: string[], end: 'close' | 'error' | 'hang', headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      for (const chunk of chunks) stream.enqueue(encoder.encode(chunk));
      if (end === 'close') stream.close();
      if (end === 'error') stream.error(new TypeError('network error'));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('fetchTimeline and the download the page-start script started', () => {
  const OTHER = 'https://news.example/other.json';
  /** As the page-start script leaves it on window. */
  function startedEarly(url: string, response: Promise<Response>) {
    const abort = vi.fn();
    vi.stubGlobal('window', { [EARLY_DOWNLOAD_GLOBAL]: { url, response, abort } });
    return abort;
  }

  test('the first attempt takes it over instead of asking again; a retry asks anew', async () => {
    startedEarly(OTHER, Promise.resolve(json(makeTimeline())));
    const fetch = stubFetch(async () => json(makeTimeline()));
    await expect(fetchTimeline(OTHER)).resolves.toEqual(makeTimeline());
    expect(fetch).not.toHaveBeenCalled();
    // Taken once: the next attempt downloads it again itself.
    await expect(fetchTimeline(OTHER)).resolves.toEqual(makeTimeline());
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('leaving stops it, as it would the page’s own request', async () => {
    // As a request stopped before its answer: the answer is given up on.
    let giveUp = (_error: Error) => undefined as void;
    const abort = startedEarly(OTHER, new Promise<Response>((_, reject) => (giveUp = reject)));
    abort.mockImplementation(() => giveUp(new DOMException('Aborted', 'AbortError')));
    stubFetch(async () => json(makeTimeline()));
    const leaving = new AbortController();
    const pending = rejection(fetchTimeline(OTHER, leaving.signal));
    leaving.abort();
    await pending;
    expect(abort).toHaveBeenCalled();
  });

  test('its failure is reported as the page’s own would be', async () => {
    startedEarly(OTHER, Promise.resolve(json({}, { status: 404, statusText: 'Not Found' })));
    stubFetch(async () => json(makeTimeline()));
    expect(((await rejection(fetchTimeline(OTHER))) as Error).message).toBe(`The server answered 404 Not Found for ${OTHER}.`);
  });

  test('one of another address is stopped and left alone', async () => {
    const abort = startedEarly('https://news.example/elsewhere.json', Promise.resolve(json({})));
    const fetch = stubFetch(async () => json(makeTimeline()));
    await expect(fetchTimeline(OTHER)).resolves.toEqual(makeTimeline());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(abort).toHaveBeenCalled();
  });
});

describe('fetchTimeline and the document worker', () => {
  // Small in fact, or just past the worker's starting point, so read on the main thread either way.
  const small = JSON.stringify(makeTimeline());
  const padded = JSON.stringify({ ...makeTimeline(), description: 'x'.repeat(WORKER_START_BYTES) });
  test.each<[string, Record<string, string>, string, boolean]>([
    ['a compressed download too small to reach a million bytes', { 'Content-Length': '20000', 'Content-Encoding': 'gzip' }, small, false],
    ['a small download of unknown size', {}, small, false],
    ['a download of unknown size once enough of it has arrived', {}, padded, true],
    ['a compressed download that may reach it', { 'Content-Length': '200000', 'Content-Encoding': 'gzip' }, small, true],
    ['an uncompressed download of two million bytes', { 'Content-Length': '2000000', 'Content-Encoding': 'identity' }, small, true],
  ])('%s: worker started, %s', async (_what, headers, text, started) => {
    const made: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          made.push(this);
        }
        postMessage() {}
        terminate() {}
      },
    );
    stubFetch(async () => new Response(text, { status: 200, headers }));
    await expect(fetchTimeline('/elsewhere/timeline.json')).resolves.toEqual(JSON.parse(text));
    // The worker's code loads on demand: given its moment to start, it has or has not.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(made).toHaveLength(started ? 1 : 0);
  });
});

/**
 * A response whose body arrives in `chunks`, each a moment after the last, then ends as `end`
 * says; the chunk at `hold.at` not before `hold.until` settles.
 */
function trickled(chunks: Uint8Array[], end: 'close' | 'error' | 'hang', hold?: { at: number; until: Promise<unknown> }): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(stream) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (next === hold?.at) await hold.until;
      // A copy, as a network gives fresh bytes: the worker may be handed them.
      if (next < chunks.length) stream.enqueue(chunks[next++]!.slice());
      else if (end === 'close') stream.close();
      else if (end === 'error') stream.error(new TypeError('network error'));
      else await new Promise(() => undefined);
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('fetchTimeline and a large download the worker takes over', () => {
  // Large enough to start the worker while it downloads, in 64 KiB chunks as a network gives them.
  const large = makeTimeline({ description: 'x'.repeat(2 * WORKER_START_BYTES) });
  const bytes = new TextEncoder().encode(JSON.stringify(large));
  const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.slice(i * 65_536, (i + 1) * 65_536));
  /** The rest waits, once the worker has been started, until it runs: the hand-over is then certain, not a race. */
  const untilRunning = (relay: WorkerRelay) => ({ at: Math.ceil(WORKER_START_BYTES / 65_536) + 1, until: relay.running });

  test('once the worker runs, the download is handed to it as it arrives: the story is the main thread’s own reading', async () => {
    const relay = relayToRealWorker();
    stubFetch(async () => trickled(chunks, 'close', untilRunning(relay)));
    await expect(fetchTimeline('/elsewhere/timeline.json')).resolves.toEqual(await parseDocument(JSON.stringify(large), 'elsewhere'));
    // What had arrived before the worker ran, then each chunk as it came, then the end.
    const handed = relay.sent.flatMap((message) => ('bytes' in message ? [message.bytes] : []));
    expect(handed.length).toBeGreaterThan(1);
    expect(handed.length).toBeLessThanOrEqual(chunks.length);
    expect(new TextDecoder().decode(joined(handed))).toBe(JSON.stringify(large));
    expect(relay.sent.at(-1)).toEqual({ end: true });
    expect(relay.handedOver()).toBe(true);
  });

  test('the worker sends the page the events as written while the rest of the download is still to come', async () => {
    const relay = relayToRealWorker();
    const base = makeTimeline();
    // More events than one message holds, so that a part is whole well before the end.
    const many = {
      ...base,
      events: Array.from({ length: EVENTS_PER_MESSAGE + 500 }, (_, i) => {
        const event = base.events[i % base.events.length]!;
        return i < base.events.length ? event : { ...event, id: `event-${i}` };
      }),
    };
    const text = JSON.stringify(many);
    const manyBytes = new TextEncoder().encode(text);
    const pieces = Array.from({ length: Math.ceil(manyBytes.length / 65_536) }, (_, i) => manyBytes.slice(i * 65_536, (i + 1) * 65_536));
    const holdAt = Math.ceil(text.indexOf(`"event-${EVENTS_PER_MESSAGE + 1}"`) / 65_536);
    expect(holdAt).toBeLessThan(pieces.length);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        // The piece after the first part's end waits until the test lets it go.
        if (next === holdAt) await held;
        if (next < pieces.length) stream.enqueue(pieces[next++]!);
        else stream.close();
      },
    });
    stubFetch(async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const reading = fetchTimeline('/elsewhere/timeline.json');
    await vi.waitFor(() => expect(relay.heard.some((message) => message.type === 'events')).toBe(true), { timeout: 5_000 });
    expect(relay.sent.some((message) => 'end' in message)).toBe(false);
    release();
    await expect(reading).resolves.toEqual(await parseDocument(text, 'elsewhere'));
    expect(relay.handedOver()).toBe(true);
  }, 20_000);

  test('a download that breaks off once handed to the worker says so, as the page’s own reading does', async () => {
    const relay = relayToRealWorker();
    stubFetch(async () => trickled(chunks.slice(0, -2), 'error', untilRunning(relay)));
    const error = await rejection(fetchTimeline('/elsewhere/timeline.json'));
    expect(relay.sent.some((message) => 'bytes' in message)).toBe(true);
    expect(relay.sent.some((message) => 'end' in message)).toBe(false);
    expect(error).toBeInstanceOf(TimelineFetchError);
    expect((error as Error).message).toBe('The timeline data was cut off while downloading. Check your connection and try again.');
    expect((error as TimelineFetchError).retry).toBe('auto');
  });

  test('a document with a problem, read in the worker, fails with the main thread’s own error', async () => {
    relayToRealWorker();
    const broken = structuredClone(large);
    broken.events[0]!.lane = 'atlantis';
    const brokenBytes = new TextEncoder().encode(JSON.stringify(broken));
    stubFetch(async () => trickled([brokenBytes.slice(0, 300_000), brokenBytes.slice(300_000)], 'close'));
    const error = await rejection(fetchTimeline('/elsewhere/timeline.json'));
    expect(error).toEqual(await rejection(parseDocument(JSON.stringify(broken), 'elsewhere')));
  });
});

describe('fetchTimeline on a bad network', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a body cut off mid-download says so, and may be retried', async () => {
    const text = JSON.stringify(makeTimeline());
    stubFetch(async () => streamed([text.slice(0, 200)], 'error'));
    const error = await rejection(fetchTimeline(URL));
    expect(error).toBeInstanceOf(TimelineFetchError);
    expect((error as Error).message).toBe('The timeline data was cut off while downloading. Check your connection and try again.');
    expect((error as TimelineFetchError).retry).toBe('auto');
  });

  test('a body that stops arriving is given up after the stall timeout', async () => {
    vi.useFakeTimers();
    stubFetch(async () => streamed(['{"title": '], 'hang'));
    const pending = rejection(fetchTimeline(URL));
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS + 10);
    const error = await pending;
    expect((error as Error).message).toBe('The server stopped sending the timeline data. Check your connection and try again.');
    expect((error as TimelineFetchError).retry).toBe('auto');
  });

  test('a server that never answers is given up after the stall timeout', async () => {
    vi.useFakeTimers();
    stubFetch(
      (...args: unknown[]) =>
        new Promise<Response>((_, reject) => {
          (args[1] as RequestInit).signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const pending = rejection(fetchTimeline(URL));
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS + 10);
    expect(((await pending) as Error).message).toBe('The server stopped sending the timeline data. Check your connection and try again.');
  });

  test('a document announced as too large is refused before it is read, and not retried', async () => {
    const read = vi.fn();
    stubFetch(async () => {
      const response = streamed(['{}'], 'close', { 'Content-Length': String(100 * 1024 * 1024) });
      vi.spyOn(response.body!, 'getReader').mockImplementation(read);
      return response;
    });
    const error = await rejection(fetchTimeline(URL));
    expect((error as Error).message).toBe('The timeline data is over 100 MB; this page loads at most 64 MB.');
    expect((error as TimelineFetchError).retry).toBe('none');
    expect(read).not.toHaveBeenCalled();
  });

  test('a document that grows past the limit without announcing its size is cut off there', async () => {
    const chunk = 'x'.repeat(8 * 1024 * 1024);
    stubFetch(async () =>
      streamed(
        Array.from({ length: 9 }, () => chunk),
        'hang',
      ),
    );
    const error = await rejection(fetchTimeline(URL));
    expect((error as Error).message).toBe('The timeline data is over 72 MB; this page loads at most 64 MB.');
  });
});

describe('timelineQueryOptions', () => {
  function retry(): (failureCount: number, error: Error) => boolean {
    const option = timelineQueryOptions(URL).retry;
    if (typeof option !== 'function') throw new Error(`expected retry to be a function, got ${String(option)}`);
    return option;
  }

  test.each<[number, Error, boolean, string]>([
    [0, new TimelineFetchError('The server answered 503 for the timeline data.', 503), true, 'first failure of a fetch'],
    [1, new TimelineFetchError('The timeline data could not be reached.'), true, 'second failure of a fetch'],
    [2, new TimelineFetchError('The timeline data could not be reached.'), false, 'gives up after two retries'],
    [
      0,
      new TimelineFetchError('The server answered 404 for the timeline data.', 404),
      false,
      'nothing at the address: retrying will not help',
    ],
    [0, new TimelineFetchError('The server answered 429 for the timeline data.', 429), true, 'too many requests: later may work'],
    [0, new TimelineFetchError('The timeline data is over 100 MB.', undefined, 'none'), false, 'too large is never retried'],
    [0, new TimelineFetchError('The timeline data is not valid JSON.', undefined, 'none'), false, 'a broken response is not retried'],
    [0, new TimelineDataError(['events: the timeline has no events']), false, 'invalid data is never retried'],
    [0, new Error('boom'), false, 'an unknown error is not retried'],
  ])('retry(%i, %o) → %s (%s)', (failureCount, error, expected) => {
    expect(retry()(failureCount, error)).toBe(expected);
  });

  test('keys the query by URL and never goes stale', () => {
    const options = timelineQueryOptions(URL);
    expect(options.queryKey).toEqual(['timeline', URL]);
    expect(options.staleTime).toBe(Infinity);
  });
});

describe('the built-in story is trusted only as the build validated it', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  // A document the validator would reject (no events), to tell which path it took.
  const unvalidated = JSON.stringify({ ...makeTimeline(), events: [] });

  test('the exact document whose fingerprint the build recorded is taken as it is, without the validator', async () => {
    vi.stubEnv('BUILT_STORY_FINGERPRINT', fingerprint(unvalidated));
    await expect(parseDocument(unvalidated, 'built-in')).resolves.toEqual(JSON.parse(unvalidated));
  });

  test('a document changed by one character after the build is validated, and its problems reported', async () => {
    vi.stubEnv('BUILT_STORY_FINGERPRINT', fingerprint(unvalidated));
    const edited = unvalidated.replace('"title":"', '"title":"X');
    expect(await rejection(parseDocument(edited, 'built-in'))).toBeInstanceOf(TimelineDataError);
  });

  test('a document from elsewhere is validated even when it is the built-in story, byte for byte', async () => {
    vi.stubEnv('BUILT_STORY_FINGERPRINT', fingerprint(unvalidated));
    expect(await rejection(parseDocument(unvalidated, 'elsewhere'))).toBeInstanceOf(TimelineDataError);
  });

  test('without a recorded fingerprint (development, tests) every document is validated', async () => {
    expect(await rejection(parseDocument(unvalidated, 'built-in'))).toBeInstanceOf(TimelineDataError);
  });

  test('a TimelineJS3 document is named as one, not listed problem by problem', async () => {
    const tjs3 = JSON.stringify({
      title: { text: { headline: 'A story' } },
      events: [{ start_date: { year: '2024' }, text: { headline: 'An event' } }],
    });
    const error = await rejection(parseDocument(tjs3, 'elsewhere'));
    expect(error).toBeInstanceOf(TimelineFormatError);
    expect(error).toMatchObject({ format: 'TimelineJS3' });
  });

  test('text that is not JSON says where it came from', async () => {
    await expect(parseDocument('{"title": ', 'inline')).rejects.toThrow(
      'The timeline data inlined in this page is not valid JSON: it ends too early, at line 1, column 11.',
    );
    await expect(parseDocument('<html>', 'elsewhere')).rejects.toThrow(
      'The timeline data is not valid JSON: the first error is at line 1, column 1.',
    );
  });
});

test('fingerprints differ for documents that differ by one character, and agree for the same text', () => {
  const text = JSON.stringify(makeTimeline());
  expect(fingerprint(text)).toBe(fingerprint(`${text}`));
  expect(fingerprint(text)).not.toBe(fingerprint(text.replace('a', 'b')));
});

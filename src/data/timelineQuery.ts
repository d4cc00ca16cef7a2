/**
 * Loading the timeline document: fetch, check, validate, all inside the queryFn,
 * so every consumer gets either a trusted Timeline or an error that says what is wrong.
 *
 * The built-in story was validated when the site was built (the build fails on any
 * problem and records the document's fingerprint), so the browser takes that exact
 * document as it is. Any other document, such as one from `?data=`, is untrusted: it
 * goes through the full validator, whose code loads only then, in a worker.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DOCUMENT_REQUEST_HEADERS, INLINE_TIMELINE_ID } from './contract';
import { cutOff, joined, MAX_DOCUMENT_BYTES, readChunks, tooLarge } from './bodyReader';
import { takeEarlyDownload } from './earlyDownload';
import { startDocumentWorker, type DocumentWorker, type WorkerReading } from './documentInWorker';
import { TimelineFetchError } from './errors';
import { reportProgress } from './loadProgress';
import { decodeDocument, isValidatedByBuild, loadValidator, parseDocument } from './parseDocument';
import type { Timeline } from './schema';

export const DEFAULT_TIMELINE_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** Where the page's story comes from: `?data=` when given, else the built-in story. One rule, so the early load and the page share one query. */
export function storyUrl(dataUrl: string | null): string {
  return dataUrl ?? DEFAULT_TIMELINE_URL;
}

/**
 * From this size a document is parsed and checked in the worker. Below it the main thread reads it in
 * a few milliseconds (a megabyte in about 20 ms here), sooner than the round trip to the worker.
 */
export const WORKER_FROM_BYTES = 1_000_000;
/**
 * A download of unknown size starts the worker once this much of it has arrived: early enough
 * for the worker to be ready by the time a million bytes have, and never for a small
 * document, whose page it would only slow.
 */
export const WORKER_START_BYTES = 256 * 1024;

/** A download that receives nothing for this long is given up, and retried. */
export const STALL_TIMEOUT_MS = 20_000;

/** A download read to its end on the page, in the chunks it arrived in, or handed to the worker as it arrived, which reads and checks it. */
type Download = { chunks: Uint8Array[]; received: number } | { inWorker: Promise<Timeline> };

/** What readBody reports as the download goes. */
interface Watch {
  /** Restarted by every chunk: a body that stops arriving is given up after STALL_TIMEOUT_MS. */
  stalled: { restart(): void };
  /** The bytes received so far. */
  arrived: (bytes: number) => void;
}

/**
 * The response body, read in chunks: progress is reported as it arrives, a body over the size
 * limit is cut off as soon as it passes it, and a body that stops arriving is given up (through
 * `watch`). Once `worker()` gives a running worker (a download that may be large), it is handed
 * what has arrived and then each chunk as it comes: it reads the document while it downloads.
 * Bytes, not text: the worker decodes them.
 */
async function readBody(
  response: Response,
  url: string,
  signal: AbortSignal,
  watch: Watch,
  worker: () => DocumentWorker | null,
): Promise<Download> {
  const announced = Number(response.headers.get('Content-Length'));
  if (announced > MAX_DOCUMENT_BYTES) throw tooLarge(announced);
  // A compressed body's length is not the length of what is read, so it is only shown when it can be.
  const total = announced > 0 && !response.headers.get('Content-Encoding') ? announced : null;
  if (!response.body) {
    const body = new Uint8Array(await response.arrayBuffer());
    return { chunks: [body], received: body.byteLength };
  }
  const reader = response.body.getReader();
  // An abort ends a pending read too, not only the fetch (some bodies are not tied to it).
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop);
  try {
    const chunks: Uint8Array[] = [];
    /** The worker reading the document, once it runs. */
    let inWorker = null as WorkerReading | null;
    const received = await readChunks(reader, (chunk, received) => {
      watch.stalled.restart();
      watch.arrived(received);
      reportProgress(url, { received, total: total !== null && received <= total ? total : null });
      if (!inWorker && worker()?.running()) inWorker = worker()!.read(chunks.splice(0), signal);
      if (inWorker) inWorker.add(chunk);
      else chunks.push(chunk);
    });
    signal.throwIfAborted();
    if (!inWorker) return { chunks, received };
    inWorker.end();
    return { inWorker: inWorker.story };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** The text of the story the build inlined into the page, or undefined when it is not there. */
function inlineText(): string | undefined {
  const element = typeof document === 'undefined' ? null : document.getElementById(INLINE_TIMELINE_ID);
  return element?.textContent || undefined;
}

/**
 * The built-in story inlined in the page, when it is exactly the document this build validated
 * (and prerendered): read at once, so the prerendered page can be hydrated with no wait. Null
 * otherwise; the query then reads (or fetches) and checks it as any document.
 */
export function builtStoryInPage(): Timeline | null {
  const text = inlineText();
  return text !== undefined && isValidatedByBuild(text) ? (JSON.parse(text) as Timeline) : null;
}

/** JSON compresses by up to about this much: a compressed download this many times smaller than the worker's threshold cannot reach it. */
const MOST_COMPRESSION = 20;

/**
 * Whether the download, by the size its headers announce, may be large enough to be read in
 * the worker; null where they announce none. Where they do not say whether it is compressed
 * (another origin does not show it), it may be.
 */
function mayReachWorker(response: Response): boolean | null {
  const length = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (!Number.isFinite(length)) return null;
  const encoding = response.headers.get('Content-Encoding');
  const mayBeCompressed = encoding === null ? response.type !== 'basic' : encoding !== 'identity';
  return length * (mayBeCompressed ? MOST_COMPRESSION : 1) >= WORKER_FROM_BYTES;
}

export async function fetchTimeline(url: string, signal?: AbortSignal): Promise<Timeline> {
  const builtIn = url === DEFAULT_TIMELINE_URL;
  // Offline, from a file:// page, nothing can be fetched: the build put the story in the page.
  const inline = builtIn ? inlineText() : undefined;
  if (inline !== undefined) return parseDocument(inline, 'inline');
  // Someone else's document needs the validator: its code loads while the document downloads.
  if (!builtIn) loadValidator().catch(() => undefined);
  /** The worker a large document is parsed and checked in, off the page's main thread; started once the download is known to be large (null where none can be). */
  let worker: DocumentWorker | null | undefined;

  // Aborted by the query (the reader left) or by the stall timer (the network went quiet).
  const controller = new AbortController();
  const leave = () => controller.abort();
  signal?.addEventListener('abort', leave);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = {
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, STALL_TIMEOUT_MS);
    },
  };
  /** What to throw when reading failed: the query's own abort as it is, anything else explained. */
  const failure = (error: unknown, whileReading: boolean) => {
    if (signal?.aborted) return error;
    if (error instanceof TimelineFetchError) return error;
    if (timedOut) return new TimelineFetchError('The server stopped sending the timeline data. Check your connection and try again.');
    if (whileReading) return cutOff();
    return new TimelineFetchError('The timeline data could not be reached. Check your connection and try again.');
  };

  try {
    stalled.restart();
    let response: Response;
    try {
      // The first attempt takes over the download the page-start script started, if it did.
      const early = takeEarlyDownload(url);
      if (early) controller.signal.addEventListener('abort', early.abort);
      response = await (early?.response ?? fetch(url, { signal: controller.signal, headers: DOCUMENT_REQUEST_HEADERS }));
    } catch (error) {
      throw failure(error, false);
    }
    if (!response.ok) {
      // Named by where the request ended up (absolute, after any redirect).
      throw new TimelineFetchError(
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${response.url || url}.`,
        response.status,
      );
    }
    // Started while the document downloads, so it and its code are ready when the download ends
    // (the worker's code is not in the page's first load; the page's side of it is, so that it starts
    // at once, not once the page's busy first moments have let a chunk of code arrive): at once where
    // the download may be large, once enough of it has arrived where its size is not announced; never
    // for a document too small to need it, whose round trip to the worker would only cost time. Once
    // it runs, readBody hands it the download as it arrives.
    const startWorker = () => {
      if (worker !== undefined) return;
      worker = startDocumentWorker((chunks) => parseDocument(decodeDocument(joined(chunks)), 'elsewhere'));
    };
    const reaches = builtIn ? false : mayReachWorker(response);
    if (reaches) startWorker();
    const arrived = (bytes: number) => {
      if (reaches === null && bytes >= WORKER_START_BYTES) startWorker();
    };
    let download: Download;
    try {
      download = await readBody(response, url, controller.signal, { stalled, arrived }, () => worker ?? null);
    } catch (error) {
      throw failure(error, true);
    }
    // The download is over: the stall timer is not for the parsing.
    clearTimeout(timer);
    if ('inWorker' in download) return await download.inWorker;
    const { chunks, received } = download;
    const large = received >= WORKER_FROM_BYTES ? worker : null;
    return await (large ? large.parse(chunks, signal) : parseDocument(decodeDocument(joined(chunks)), builtIn ? 'built-in' : 'elsewhere'));
  } finally {
    worker?.stop();
    clearTimeout(timer);
    signal?.removeEventListener('abort', leave);
    reportProgress(url, null);
  }
}

/** How many times the document is asked for before the reader is told it failed. */
export const TIMELINE_ATTEMPTS = 3;

export function timelineQueryOptions(url: string = DEFAULT_TIMELINE_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: ({ signal }) => fetchTimeline(url, signal),
    // The published document never changes under a reader.
    staleTime: Infinity,
    // Retrying cannot fix data that failed validation or an address with nothing there;
    // a network blip or a struggling server it can: a second, then two seconds later.
    retry: (failureCount, error) => error instanceof TimelineFetchError && error.retry === 'auto' && failureCount < TIMELINE_ATTEMPTS - 1,
    // The first load starts before the page renders (main.tsx); when it has already
    // failed, the page shows that failure and its retry button rather than quietly starting again.
    retryOnMount: false,
  });
}

export function useTimeline(url?: string) {
  return useQuery(timelineQueryOptions(url));
}

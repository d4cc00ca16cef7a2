/**
 * The page's side of the document worker (documentWorker.ts): started as the download
 * begins, so that it and the validator's code load meanwhile. Once it runs it takes over a
 * large download's reading, where the browser can hand it the stream (read); otherwise it is
 * handed the downloaded bytes (parse). Either way it sends back the story in parts, which this
 * puts together as they come, before the checks' verdict (the story read ahead is reported:
 * readAhead.ts), or an error, made back into the same class as on the main thread.
 */
import type { ReadSoFar } from './bodyReader';
import { reportAhead } from './readAhead';
import type { Timeline, TimelineEvent } from './schema';
import { fromWorkerError, type FromWorker, type ToWorker } from './workerMessages';

/** How the rest of a download handed to the worker is getting on. */
export interface DownloadProgress {
  /** Bytes received so far, those before the hand-over included. */
  onReceived: (received: number) => void;
  /** The download is complete; parsing and checking follow. */
  onDownloaded: () => void;
}

export interface DocumentWorker {
  /** Whether the worker's code has loaded and runs: only then is a stream handed to it, which could not be had back. */
  running: () => boolean;
  /** The document's bytes as a Timeline, decoded, parsed and checked in the worker; the main thread's own reading where the worker could not start. */
  parse: (body: Uint8Array, signal?: AbortSignal) => Promise<Timeline>;
  /** The rest of a download, `soFar` read already, read to its end in the running worker, then parsed and checked there. */
  read: (stream: ReadableStream<Uint8Array>, soFar: ReadSoFar, progress: DownloadProgress, signal?: AbortSignal) => Promise<Timeline>;
  /** Ends the worker. */
  stop: () => void;
}

/**
 * A worker to parse and check another story's document, or null where none can be made (no
 * Worker). `onMainThread` reads the bytes instead should the worker fail to start (its script
 * refused or missing).
 */
export function startDocumentWorker(onMainThread: (body: Uint8Array) => Promise<Timeline>): DocumentWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./documentWorker.ts', import.meta.url), { type: 'module', name: 'timeline document' });
  } catch {
    return null;
  }
  const stop = () => worker.terminate();
  let running = false;
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'running') running = true;
  };

  /** Sends `message` and puts the story back together from what the worker answers. */
  const exchange = (
    message: ToWorker,
    transfer: Transferable[],
    onMainThreadInstead: (() => Promise<Timeline>) | null,
    progress: DownloadProgress | null,
    signal?: AbortSignal,
  ) => {
    /** Whether the exchange failed: a story reported ahead of its checks is then no longer wanted. */
    let failed = false;
    const reading = new Promise<Timeline>((resolve, reject) => {
      let story: Timeline | null = null;
      let events: TimelineEvent[] = [];
      let count = 0;
      let heard = running;
      const finish = () => {
        stop();
        signal?.removeEventListener('abort', leave);
      };
      function leave() {
        finish();
        reject(signal?.reason instanceof Error ? signal.reason : new Error('The timeline data was no longer wanted.'));
      }
      signal?.addEventListener('abort', leave);
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        heard = true;
        if (data.type === 'running') running = true;
        else if (data.type === 'received') progress?.onReceived(data.bytes);
        else if (data.type === 'downloaded') progress?.onDownloaded();
        else if (data.type === 'story' || data.type === 'events') {
          // Text sent ahead of the checks may not be JSON at all; the worker's verdict then says why.
          try {
            if (data.type === 'story') {
              story = JSON.parse(data.json) as Timeline;
              events = [];
              count = data.events;
            } else for (const event of JSON.parse(data.json) as TimelineEvent[]) events.push(event);
          } catch {
            story = null;
          }
          // All of it here: the events array the story will hold once checked, unless the checks change it.
          if (story && data.type === 'events' && events.length === count) {
            const ahead = events;
            reportAhead({ ...story, events }, () => !failed && events === ahead);
          }
        } else if (data.type === 'done') {
          finish();
          if (story) resolve({ ...story, events });
          else reject(new Error('Reading the timeline data failed: the story did not arrive whole from the worker.'));
        } else if (data.type === 'error') {
          finish();
          reject(fromWorkerError(data.error));
        }
      };
      worker.onerror = (error) => {
        error.preventDefault();
        finish();
        if (heard || !onMainThreadInstead) reject(new Error(`Reading the timeline data failed: ${error.message}`));
        else onMainThreadInstead().then(resolve, reject);
      };
      worker.postMessage(message, transfer);
    });
    reading.catch(() => (failed = true));
    return reading;
  };

  return {
    running: () => running,
    parse(body, signal) {
      // Copied where the worker may yet fail to start: the page then reads the bytes itself.
      const handOver = running && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      return exchange({ body }, handOver ? [body.buffer] : [], () => onMainThread(body), null, signal);
    },
    read(stream, { chunks, received }, progress, signal) {
      return exchange(
        { stream, chunks, received },
        [stream, ...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))],
        null,
        progress,
        signal,
      );
    },
    stop,
  };
}

/**
 * The page's side of the document worker (documentWorker.ts): started as the download
 * begins, so that it and the validator's code load meanwhile; handed the downloaded bytes,
 * it sends back the story in parts, which this puts together, or an error, made back into
 * the same class as on the main thread.
 */
import type { Timeline, TimelineEvent } from './schema';
import { fromWorkerError, type FromWorker, type ToWorker } from './workerMessages';

export interface DocumentWorker {
  /** The document's bytes as a Timeline, decoded, parsed and checked in the worker; the main thread's own reading where the worker could not start. */
  parse: (body: Uint8Array, signal?: AbortSignal) => Promise<Timeline>;
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
  // Once the worker says it runs, it can no longer fail to start: the bytes are handed over rather than copied.
  let running = false;
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'running') running = true;
  };
  const parse = (body: Uint8Array, signal?: AbortSignal) =>
    new Promise<Timeline>((resolve, reject) => {
      let story: Timeline | null = null;
      const events: TimelineEvent[] = [];
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
        else if (data.type === 'story') story = data.story;
        else if (data.type === 'events') for (const event of JSON.parse(data.json) as TimelineEvent[]) events.push(event);
        else if (data.type === 'done' && story) {
          finish();
          resolve({ ...story, events });
        } else if (data.type === 'error') {
          finish();
          reject(fromWorkerError(data.error));
        }
      };
      worker.onerror = (error) => {
        error.preventDefault();
        finish();
        if (heard) reject(new Error(`Reading the timeline data failed: ${error.message}`));
        else onMainThread(body).then(resolve, reject);
      };
      // Copied where the worker may yet fail to start: the page then reads the bytes itself.
      const handOver = running && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      worker.postMessage({ body } satisfies ToWorker, handOver ? [body.buffer] : []);
    });
  return { parse, stop };
}

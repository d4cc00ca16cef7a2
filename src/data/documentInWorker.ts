/**
 * The page's side of the document worker (documentWorker.ts): started as the download
 * begins, so that it and the validator's code load meanwhile; handed the downloaded text,
 * it sends back the story in parts, which this puts together, or an error, made back into
 * the same class as on the main thread.
 */
import type { Timeline, TimelineEvent } from './schema';
import { fromWorkerError, type FromWorker, type ToWorker } from './workerMessages';

export interface DocumentWorker {
  /** The document `text` as a Timeline, parsed and checked in the worker; the main thread's own parse where the worker could not start. */
  parse: (text: string, signal?: AbortSignal) => Promise<Timeline>;
  /** Ends the worker. */
  stop: () => void;
}

/**
 * A worker to parse and check another story's document, or null where none can be made (no
 * Worker). `onMainThread` reads the text instead should the worker fail to start (its script
 * refused or missing).
 */
export function startDocumentWorker(onMainThread: (text: string) => Promise<Timeline>): DocumentWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./documentWorker.ts', import.meta.url), { type: 'module', name: 'timeline document' });
  } catch {
    return null;
  }
  const stop = () => worker.terminate();
  const parse = (text: string, signal?: AbortSignal) =>
    new Promise<Timeline>((resolve, reject) => {
      let story: Timeline | null = null;
      const events: TimelineEvent[] = [];
      let heard = false;
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
        if (data.type === 'story') story = data.story;
        else if (data.type === 'events') for (const event of data.events) events.push(event);
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
        else onMainThread(text).then(resolve, reject);
      };
      worker.postMessage({ text } satisfies ToWorker);
    });
  return { parse, stop };
}

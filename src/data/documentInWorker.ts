/**
 * The page's side of the document worker (documentWorker.ts): hands it an address and puts
 * together the story it sends back in parts, with its progress reported as if downloaded
 * here and its errors made back into the same classes. Where no worker can start (no
 * Worker, or a policy that forbids it), the document is read on the main thread instead.
 */
import { reportProgress } from './loadProgress';
import type { Timeline, TimelineEvent } from './schema';
import { fromWorkerError, type FromWorker, type ToWorker } from './workerMessages';

type Read = (url: string, signal?: AbortSignal) => Promise<Timeline>;

export function readInWorker(url: string, signal: AbortSignal | undefined, onMainThread: Read): Promise<Timeline> {
  if (typeof Worker === 'undefined') return onMainThread(url, signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./documentWorker.ts', import.meta.url), { type: 'module', name: 'timeline document' });
  } catch {
    return onMainThread(url, signal);
  }
  return new Promise<Timeline>((resolve, reject) => {
    let story: Timeline | null = null;
    const events: TimelineEvent[] = [];
    let heard = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', leave);
      reportProgress(url, null);
    };
    function leave() {
      finish();
      reject(signal?.reason instanceof Error ? signal.reason : new Error('The timeline data was no longer wanted.'));
    }
    signal?.addEventListener('abort', leave);
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      heard = true;
      if (data.type === 'progress') reportProgress(url, data.progress);
      else if (data.type === 'story') story = data.story;
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
      // A worker that never started (its script refused or missing): the main thread reads the document.
      if (heard) reject(new Error(`Reading the timeline data failed: ${error.message}`));
      else onMainThread(url, signal).then(resolve, reject);
    };
    worker.postMessage({ url } satisfies ToWorker);
  });
}

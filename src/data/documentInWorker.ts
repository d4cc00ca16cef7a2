/**
 * The page's side of the document worker (documentWorker.ts): started as the download
 * begins, so that it and the validator's code load meanwhile. Once it runs, the page hands it
 * each chunk of a large download as it arrives (read), or all of a document at once (parse).
 * It sends back the story in parts, which this puts together as they come, before the checks'
 * verdict (the story read ahead is reported: readAhead.ts), or an error, made back into the
 * same class as on the main thread.
 */
import { reportAhead } from './readAhead';
import type { Timeline, TimelineEvent } from './schema';
import { fromWorkerError, type FromWorker, type ToWorker } from './workerMessages';

/** A document the worker reads as the page downloads it. */
export interface WorkerReading {
  /** The next chunk, handed over: the page no longer has it. */
  add: (chunk: Uint8Array) => void;
  /** The whole document has arrived. */
  end: () => void;
  /** The story, read and checked in the worker. */
  story: Promise<Timeline>;
}

export interface DocumentWorker {
  /** Whether the worker's code has loaded and runs: only then are bytes handed to it, which could not be had back. */
  running: () => boolean;
  /** A downloaded document, in the chunks it arrived in, as a Timeline, decoded, parsed and checked in the worker; the main thread's own reading where the worker could not start. */
  parse: (chunks: Uint8Array[], signal?: AbortSignal) => Promise<Timeline>;
  /** A document whose download goes on: `soFar`, the chunks read already, handed over now, the rest as they come. For a running worker only. */
  read: (soFar: Uint8Array[], signal?: AbortSignal) => WorkerReading;
  /** Ends the worker. */
  stop: () => void;
}

/** Bytes the worker can be handed without a copy: the whole of their buffer. */
function ownBuffer(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
  return (whole ? chunk : chunk.slice()) as Uint8Array<ArrayBuffer>;
}

/**
 * A worker to parse and check another story's document, or null where none can be made (no
 * Worker). `onMainThread` reads the bytes instead should the worker fail to start (its script
 * refused or missing).
 */
export function startDocumentWorker(onMainThread: (chunks: Uint8Array[]) => Promise<Timeline>): DocumentWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./documentWorker.ts', import.meta.url), { type: 'module', name: 'timeline document' });
  } catch {
    return null;
  }
  const stop = () => worker.terminate();
  let running = false;
  let ran = () => undefined as void;
  const whenRunning = new Promise<void>((resolve) => (ran = resolve));
  const runs = () => {
    running = true;
    ran();
  };
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'running') runs();
  };

  /** Puts the story back together from what the worker answers to what is sent it. */
  const exchange = (onMainThreadInstead: (() => Promise<Timeline>) | null, signal?: AbortSignal) => {
    /** Whether the exchange failed: a story reported ahead of its checks is then no longer wanted. */
    let failed = false;
    const reading = new Promise<Timeline>((resolve, reject) => {
      let story: Timeline | null = null;
      let events: TimelineEvent[] = [];
      let count = 0;
      /** A part that was not JSON arrived since the story was last begun. */
      let broken = false;
      const whole = () => story !== null && !broken && events.length === count;
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
        if (data.type === 'running') runs();
        else if (data.type === 'again') {
          story = null;
          events = [];
          broken = false;
        } else if (data.type === 'events' || data.type === 'story') {
          // Text sent ahead of the checks may not be JSON at all; the worker's verdict then says why.
          try {
            if (data.type === 'events') for (const event of JSON.parse(data.json) as TimelineEvent[]) events.push(event);
            else {
              story = JSON.parse(data.json) as Timeline;
              count = data.events;
            }
          } catch {
            broken = true;
          }
          // All of it here: the events array the story will hold once checked, unless the checks change it.
          if (data.type === 'story' && whole()) {
            const ahead = events;
            reportAhead({ ...story!, events }, () => !failed && events === ahead);
          }
        } else if (data.type === 'done') {
          finish();
          if (whole()) resolve({ ...story!, events });
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
    });
    reading.catch(() => (failed = true));
    return reading;
  };

  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  /** Hands the worker `chunk`: the page no longer has it. */
  const handOver = (chunk: Uint8Array) => {
    const bytes = ownBuffer(chunk);
    send({ bytes }, [bytes.buffer]);
  };
  const end = () => send({ end: true });

  return {
    running: () => running,
    parse(chunks, signal) {
      const story = exchange(() => onMainThread(chunks), signal);
      // Handed over once the worker runs: until then it may yet fail to start, and the page then reads the bytes itself.
      void whenRunning.then(() => {
        chunks.forEach(handOver);
        end();
      });
      return story;
    },
    read(soFar, signal) {
      const story = exchange(null, signal);
      soFar.forEach(handOver);
      return { add: handOver, end, story };
    },
    stop,
  };
}

/**
 * For tests: the document worker's own module (documentWorker.ts) run in the test's thread, with
 * `self` standing in for its global, put behind the page's side as its Worker: the whole exchange
 * between page and worker, but for the thread.
 */
import { vi } from 'vitest';
import type { FromWorker, ToWorker } from './workerMessages';

export interface WorkerRelay {
  /** What the page sent the worker, in order. */
  sent: ToWorker[];
  /** What the worker answered, in order. */
  heard: FromWorker[];
  /** Whether the page handed its buffers over rather than having them copied. */
  handedOver: () => boolean;
  /** Settles once a worker's code runs. */
  running: Promise<void>;
}

/** The worker's global: each instance of its module takes it over as it is imported. */
const inWorker = {
  postMessage: (_data: FromWorker) => undefined as void,
  onmessage: null as ((event: { data: ToWorker }) => void) | null,
};

let instances = 0;

export function relayToRealWorker(): WorkerRelay {
  vi.stubGlobal('self', inWorker);
  const sent: ToWorker[] = [];
  const heard: FromWorker[] = [];
  let handedOver = false;
  let ran = () => undefined as void;
  const running = new Promise<void>((resolve) => (ran = resolve));
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: { data: FromWorker }) => void) | null = null;
      onerror = null;
      private readonly loaded: Promise<unknown>;
      constructor() {
        inWorker.postMessage = (data) => {
          heard.push(data);
          if (data.type === 'running') ran();
          queueMicrotask(() => this.onmessage?.({ data: structuredClone(data) }));
        };
        // A module of its own for each worker, as each is a thread of its own (the modules it imports are shared).
        this.loaded = import(/* @vite-ignore */ `./documentWorker?instance=${++instances}`);
      }
      postMessage(data: ToWorker, transfer: Transferable[] = []) {
        handedOver ||= transfer.length > 0;
        // As the browser does: bytes handed over are gone from the page; others are copied.
        const arriving = structuredClone(data, { transfer });
        sent.push(arriving);
        void this.loaded.then(() => inWorker.onmessage?.({ data: arriving }));
      }
      terminate() {}
    },
  );
  return { sent, heard, handedOver: () => handedOver, running };
}

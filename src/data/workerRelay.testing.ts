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

/** What a run of the worker's module answers through, as its global. */
interface WorkerScope {
  postMessage: (data: FromWorker) => void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

let instances = 0;
/** Each worker's module is imported after the last one's: it reads its global as it starts, and that must be its own. */
let importing: Promise<unknown> = Promise.resolve();

export function relayToRealWorker(): WorkerRelay {
  const sent: ToWorker[] = [];
  const heard: FromWorker[] = [];
  let handedOver = false;
  let ran = () => undefined as void;
  const running = new Promise<void>((resolve) => (ran = resolve));
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: { data: FromWorker }) => void) | null = null;
      onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
      private terminated = false;
      private readonly scope: WorkerScope;
      private readonly loaded: Promise<unknown>;
      constructor() {
        this.scope = {
          postMessage: (data) => {
            if (this.terminated) return;
            heard.push(data);
            if (data.type === 'running') ran();
            queueMicrotask(() => this.onmessage?.({ data: structuredClone(data) }));
          },
          onmessage: null,
        };
        // A module of its own for each worker, as each is a thread of its own (the modules it
        // imports are shared). One a test leaves behind answers nobody once its page stops it.
        this.loaded = importing = importing
          .then(() => {
            vi.stubGlobal('self', this.scope);
            return import(/* @vite-ignore */ `./documentWorker?instance=${++instances}`);
          })
          .catch((error: unknown) => {
            // As a browser reports a worker whose script fails.
            if (!this.terminated) this.onerror?.({ message: String(error), preventDefault: () => undefined });
          });
      }
      postMessage(data: ToWorker, transfer: Transferable[] = []) {
        handedOver ||= transfer.length > 0;
        // As the browser does: bytes handed over are gone from the page; others are copied.
        const arriving = structuredClone(data, { transfer });
        sent.push(arriving);
        void this.loaded.then(() => this.scope.onmessage?.({ data: arriving }));
      }
      terminate() {
        this.terminated = true;
      }
    },
  );
  return { sent, heard, handedOver: () => handedOver, running };
}

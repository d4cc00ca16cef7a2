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
  /** Whether the page handed its buffers or stream over rather than having them copied. */
  handedOver: () => boolean;
}

/** The worker's global, as its module found it when first imported (once: a module imported again would bring its own error classes). */
const inWorker = {
  postMessage: (_data: FromWorker) => undefined as void,
  onmessage: null as ((event: { data: ToWorker }) => void) | null,
};

export async function relayToRealWorker(): Promise<WorkerRelay> {
  vi.stubGlobal('self', inWorker);
  await import('./documentWorker');
  const sent: ToWorker[] = [];
  const heard: FromWorker[] = [];
  let handedOver = false;
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: { data: FromWorker }) => void) | null = null;
      onerror = null;
      constructor() {
        inWorker.postMessage = (data) => {
          heard.push(data);
          queueMicrotask(() => this.onmessage?.({ data: structuredClone(data) }));
        };
        inWorker.postMessage({ type: 'running' });
      }
      postMessage(data: ToWorker, transfer: Transferable[] = []) {
        sent.push(data);
        handedOver ||= transfer.length > 0;
        // A stream crosses as it is; bytes are copied, as the browser does where they are not handed over.
        const arriving = 'stream' in data ? data : structuredClone(data);
        queueMicrotask(() => inWorker.onmessage?.({ data: arriving }));
      }
      terminate() {}
    },
  );
  return { sent, heard, handedOver: () => handedOver };
}

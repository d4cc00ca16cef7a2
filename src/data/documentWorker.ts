/**
 * A Web Worker that parses and checks another story's document (`?data=`) off the page's
 * main thread, so that a large one (100,000 events is 61 MB of JSON) never freezes the page
 * while it loads. The page downloads it and hands the bytes over (documentInWorker.ts); the same code as on the main
 * thread reads it (parseDocument), so its errors read as they do there.
 */
import { decodeDocument, loadValidator, parseDocument } from './parseDocument';
import { EVENTS_PER_MESSAGE, toWorkerError, type FromWorker, type ToWorker } from './workerMessages';

const post = (message: FromWorker) => self.postMessage(message);

// The validator's code loads while the page downloads the document.
loadValidator().catch(() => undefined);
post({ type: 'running' });

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    const { events, ...rest } = await parseDocument(decodeDocument(data.body), 'elsewhere');
    // In parts, each of which the page reads in a task of its own: one message of 100,000
    // events would take the page's main thread half a second or more to read.
    post({ type: 'story', story: { ...rest, events: [] }, events: events.length });
    for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
      post({ type: 'events', json: JSON.stringify(events.slice(from, from + EVENTS_PER_MESSAGE)) });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: toWorkerError(error) });
  }
};

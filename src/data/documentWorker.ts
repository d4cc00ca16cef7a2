/**
 * A Web Worker that parses and checks another story's document (`?data=`) off the page's
 * main thread, so that a large one (100,000 events is 61 MB of JSON) never freezes the page
 * while it loads. It reads the rest of a large download the page hands it, or is handed the
 * downloaded bytes (documentInWorker.ts); it sends the page the document as written, which
 * the page reads while this checks it, then the checks' verdict. The same code as on the main
 * thread reads the download (bodyReader) and the document (parseDocument), so its errors read
 * as they do there.
 */
import { joined, readChunks } from './bodyReader';
import { partsOfText } from './eventsInText';
import { decodeDocument, loadValidator, parseAsWritten } from './parseDocument';
import { EVENTS_PER_MESSAGE, toWorkerError, type FromWorker, type ToWorker } from './workerMessages';

const post = (message: FromWorker) => self.postMessage(message);

// The validator's code loads while the page downloads the document.
loadValidator().catch(() => undefined);
post({ type: 'running' });

/** The rest of a download, read to its end here, the page told how it gets on. Should it break off, the page says so, as it would had it read it. */
async function readRest({ stream, chunks, received }: Extract<ToWorker, { stream: unknown }>): Promise<Uint8Array> {
  const read = await readChunks(stream.getReader(), { chunks, received }, (bytes) => post({ type: 'received', bytes }));
  post({ type: 'downloaded' });
  return joined(read);
}

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    const body = 'body' in data ? data.body : await readRest(data);
    const text = decodeDocument(body);
    // The document as written goes to the page first, in parts it reads while this parses and
    // checks it; the checks' verdict follows. Parts, each of which the page reads in a task of its
    // own: one message of 100,000 events would take its main thread half a second or more to read.
    const ahead = partsOfText(text, EVENTS_PER_MESSAGE);
    if (ahead) {
      post({ type: 'story', json: ahead.story, events: ahead.events });
      for (const json of ahead.parts) post({ type: 'events', json });
    }
    const { timeline, asWritten } = await parseAsWritten(text);
    // Otherwise the story as the checks give it (trimmed, unknown fields dropped) replaces it.
    if (!ahead || !asWritten) {
      const { events, ...story } = timeline;
      post({ type: 'story', json: JSON.stringify({ ...story, events: [] }), events: events.length });
      for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
        post({ type: 'events', json: JSON.stringify(events.slice(from, from + EVENTS_PER_MESSAGE)) });
      }
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: toWorkerError(error) });
  }
};

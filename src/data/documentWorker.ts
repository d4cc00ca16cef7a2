/**
 * A Web Worker that parses and checks another story's document (`?data=`) off the page's
 * main thread, so that a large one (100,000 events is 61 MB of JSON) never freezes the page
 * while it loads. The page hands it the document's bytes as they download
 * (documentInWorker.ts). As the text arrives it sends the page the events as written, part by
 * part, and parses them itself; once all has arrived, the story they belong to, which the page
 * reads while this checks it; then the checks' verdict. The same code as on the main thread
 * reads the document (parseDocument), so its errors read as they do there.
 */
import { nextTask } from '../lib/nextTask';
import { EventsAsTheyArrive } from './eventsInText';
import { checkAsWritten, loadValidator, parseAsWritten } from './parseDocument';
import { EVENTS_PER_MESSAGE, toWorkerError, type FromWorker, type ToWorker } from './workerMessages';

/** The worker's global, read once: this module answers through the one it started in (tests run it in their own thread, once for each worker). */
const scope = self;
const post = (message: FromWorker) => scope.postMessage(message);

/** Bytes decoded and scanned at a time. */
const SLICE_BYTES = 1024 * 1024;

// The validator's code loads while the page downloads the document.
loadValidator().catch(() => undefined);
post({ type: 'running' });

/** A document that has all arrived: its whole text, and, where the parts sent were its events, the document as JSON.parse gives it. */
interface Arrived {
  text: () => string;
  sent: unknown;
}

/**
 * The document's text as it arrives: decoded and kept, its events sent to the page as written,
 * part by part as soon as each is whole, and parsed here too, after, so that little is left to
 * do once all has arrived.
 */
function arrivingDocument() {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  const events: unknown[] = [];
  /** Parts sent, to be parsed here in tasks of their own: the next bytes are read and sent meanwhile. */
  const unparsed: string[] = [];
  let parsing: Promise<void> | null = null;
  /** Whether every part was JSON: once one is not, the whole document's parse says where it breaks. */
  let readable = true;
  const parseWaiting = async () => {
    while (unparsed.length > 0) {
      await nextTask();
      const json = unparsed.shift()!;
      if (!readable) continue;
      try {
        for (const event of JSON.parse(json) as unknown[]) events.push(event);
      } catch {
        readable = false;
      }
    }
    parsing = null;
  };
  const scan = new EventsAsTheyArrive(EVENTS_PER_MESSAGE, (json) => {
    if (!readable) return;
    post({ type: 'events', json });
    unparsed.push(json);
    parsing ??= parseWaiting();
  });
  const read = (piece: string) => {
    pieces.push(piece);
    scan.add(piece);
  };
  return {
    add(bytes: Uint8Array) {
      // A whole document in one go is read in slices too, so that its first parts go out at once.
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) read(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: true }));
    },
    /** All has arrived: the story the parts sent belong to is sent too, where they were its events (otherwise `sent` is null). */
    async end(): Promise<Arrived> {
      read(decoder.decode());
      const text = () => pieces.join('');
      const ahead = scan.end();
      if (!ahead || !readable) return { text, sent: null };
      // Before the last parts are parsed here: the page reads and prepares the story meanwhile.
      post({ type: 'story', json: ahead.story, events: ahead.events });
      await parsing;
      if (!readable || events.length !== ahead.events) return { text, sent: null };
      let document: { events?: unknown };
      try {
        document = JSON.parse(ahead.story) as { events?: unknown };
      } catch {
        return { text, sent: null };
      }
      document.events = events;
      return { text, sent: document };
    },
  };
}

/** The checks of what was sent, or of the whole text where that was not the story (they then say why); the story again where they changed it. */
async function check({ text, sent }: Arrived) {
  const { timeline, asWritten } = sent ? await checkAsWritten(sent) : await parseAsWritten(text());
  // Otherwise the story as the checks give it (trimmed, unknown fields dropped) replaces what was sent.
  if (!sent || !asWritten) {
    const { events, ...story } = timeline;
    post({ type: 'again' });
    for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
      post({ type: 'events', json: JSON.stringify(events.slice(from, from + EVENTS_PER_MESSAGE)) });
    }
    post({ type: 'story', json: JSON.stringify({ ...story, events: [] }), events: events.length });
  }
}

/** The document arriving; the page starts a worker per document, but nothing here depends on it. */
let arriving: ReturnType<typeof arrivingDocument> | null = null;

scope.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  arriving ??= arrivingDocument();
  if ('bytes' in data) {
    arriving.add(data.bytes);
    return;
  }
  const arrived = arriving.end();
  arriving = null;
  arrived.then(check).then(
    () => post({ type: 'done' }),
    (error: unknown) => post({ type: 'error', error: toWorkerError(error) }),
  );
};

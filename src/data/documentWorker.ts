/**
 * A Web Worker that parses and checks another story's document (`?data=`) off the page's
 * main thread, so that a large one (100,000 events is 61 MB of JSON) never freezes the page
 * while it loads. The page hands it the document's bytes as they download
 * (documentInWorker.ts). As the text arrives it sends the page the events as written, part by
 * part, and parses and checks them itself, then lets them go (checkInParts.ts); once all has
 * arrived, the story they belong to, then the checks' verdict. Where the checks in parts give
 * none (a problem, a document not in the schema's own form), the whole text is read and checked
 * by the same code as on the main thread (parseDocument), so its errors read as they do there.
 */
import { nextBackgroundTask } from '../lib/nextTask';
import { EventsAsTheyArrive } from './eventsInText';
import type { ChecksInParts } from './checkInParts';
import { loadValidator, parseAsWritten } from './parseDocument';
import { EVENTS_PER_MESSAGE, toWorkerError, type FromWorker, type ToWorker } from './workerMessages';

/** The worker's global, read once: this module answers through the one it started in (tests run it in their own thread, once for each worker). */
const scope = self;
const post = (message: FromWorker) => scope.postMessage(message);

/** Bytes decoded and scanned at a time. */
const SLICE_BYTES = 1024 * 1024;

// The validator's code loads while the page downloads the document.
loadValidator().catch(() => undefined);
post({ type: 'running' });

/** A document that has all arrived: its whole text; whether the page was sent its story as written, and whether the checks in parts passed it. */
interface Arrived {
  text: () => string;
  sent: boolean;
  checked: boolean;
}

/**
 * The document's text as it arrives: decoded and kept, its events sent to the page as written,
 * part by part as soon as each is whole, and parsed and checked here too, after, part by part
 * (checkInParts.ts), so that little is left to do once all has arrived, and the events need
 * not be kept here once checked.
 */
function arrivingDocument() {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  /** The checks in parts, once the events begin; null where the story before them cannot be checked so. */
  let checks: Promise<ChecksInParts | null> = Promise.resolve(null);
  /** Parts sent, to be parsed and checked here in tasks of their own: the next bytes are read and sent meanwhile. */
  const unchecked: string[] = [];
  let checking: Promise<void> | null = null;
  /** Whether every part was JSON: once one is not, the whole document's parse says where it breaks. */
  let readable = true;
  /** Whether every part checked so far passed. */
  let passing = true;
  const checkWaiting = async () => {
    const inParts = await checks;
    while (unchecked.length > 0) {
      // After the bytes that have arrived meanwhile: reading them sends the page its next parts.
      await nextBackgroundTask();
      const json = unchecked.shift()!;
      if (!readable || !passing) continue;
      try {
        passing = inParts?.part(JSON.parse(json) as unknown[]) ?? false;
      } catch {
        readable = false;
      }
    }
    checking = null;
  };
  const scan = new EventsAsTheyArrive(
    EVENTS_PER_MESSAGE,
    (json) => {
      if (!readable) return;
      post({ type: 'events', json });
      unchecked.push(json);
      checking ??= checkWaiting();
    },
    (before) => {
      checks = loadValidator().then(({ checksInParts }) => checksInParts(before));
    },
  );
  const read = (piece: string) => {
    pieces.push(piece);
    scan.add(piece);
  };
  return {
    add(bytes: Uint8Array) {
      // A whole document in one go is read in slices too, so that its first parts go out at once.
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) read(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: true }));
    },
    /** All has arrived: the story the parts sent belong to is sent too, where they were its events. */
    async end(): Promise<Arrived> {
      read(decoder.decode());
      const text = () => pieces.join('');
      const ahead = scan.end();
      if (!ahead || !readable) return { text, sent: false, checked: false };
      // Before the last parts are checked here: the page reads and prepares the story meanwhile.
      post({ type: 'story', json: ahead.story, events: ahead.events });
      await checking;
      const inParts = await checks;
      return { text, sent: readable, checked: readable && passing && (inParts?.end(ahead) ?? false) };
    },
  };
}

/** The whole text's checks where the checks in parts gave no verdict; the story again where what was sent is not the story they give. */
async function check({ text, sent, checked }: Arrived) {
  if (checked) return;
  const { timeline, asWritten } = await parseAsWritten(text());
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

import { afterEach, describe, expect, test, vi } from 'vitest';
import { startDocumentWorker } from './documentInWorker';
import { TimelineDataError, TimelineFetchError, TimelineFormatError } from './errors';
import { makeTimeline } from './fixtures';
import { parseAsWritten, parseDocument } from './parseDocument';
import { listenAhead } from './readAhead';
import type { Timeline } from './schema';
import { relayToRealWorker } from './workerRelay.testing';
import { fromWorkerError, toWorkerError, type FromWorker } from './workerMessages';

// The real function, watched: the worker reads the whole text again only where its checks in parts gave no verdict.
vi.mock('./parseDocument', async (original) => {
  const module = await original<typeof import('./parseDocument')>();
  return { ...module, parseAsWritten: vi.fn(module.parseAsWritten) };
});

const BODY = new TextEncoder().encode('{"a document": true}');
const story = makeTimeline();

/** A stand-in for the browser's Worker that starts (says it runs) and, once it has all of the document, answers the page with `script`. */
class FakeWorker {
  static script: (worker: FakeWorker) => void = () => undefined;
  static start: (worker: FakeWorker) => void = (worker) => worker.say({ type: 'running' });
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  terminated = false;
  asked: unknown[] = [];
  constructor() {
    FakeWorker.made.push(this);
    queueMicrotask(() => FakeWorker.start(this));
  }
  postMessage(message: unknown) {
    this.asked.push(message);
    // It answers once it has all of the document.
    if (typeof message === 'object' && message !== null && 'end' in message) queueMicrotask(() => FakeWorker.script(this));
  }
  say(data: FromWorker) {
    this.onmessage?.({ data });
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
  terminate() {
    this.terminated = true;
  }
}

function fakeWorker(
  script: (worker: FakeWorker) => void,
  start: (worker: FakeWorker) => void = (worker) => worker.say({ type: 'running' }),
): FakeWorker[] {
  FakeWorker.script = script;
  FakeWorker.start = start;
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return FakeWorker.made;
}

afterEach(() => {
  vi.unstubAllGlobals();
  listenAhead(null);
});

describe('startDocumentWorker', () => {
  test('hands the worker the bytes, puts the story back together from its parts, and ends the worker', async () => {
    const onMainThread = vi.fn();
    const workers = fakeWorker((worker) => {
      worker.say({ type: 'events', json: JSON.stringify(story.events.slice(0, 1)) });
      worker.say({ type: 'events', json: JSON.stringify(story.events.slice(1)) });
      worker.say({ type: 'story', json: JSON.stringify({ ...story, events: [] }), events: story.events.length });
      worker.say({ type: 'done' });
    });
    const started = startDocumentWorker(onMainThread)!;
    await expect(started.parse([BODY])).resolves.toEqual(story);
    expect(workers[0]?.asked).toEqual([{ bytes: BODY }, { end: true }]);
    expect(workers[0]?.terminated).toBe(true);
    expect(onMainThread).not.toHaveBeenCalled();
  });

  test('hands a downloaded document over only once the worker runs: until then it may yet fail to start', async () => {
    const workers = fakeWorker(
      (worker) => worker.say({ type: 'error', error: toWorkerError(new Error('stop here')) }),
      () => undefined,
    );
    const reading = startDocumentWorker(vi.fn())!.parse([BODY]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(workers[0]?.asked).toEqual([]);
    workers[0]!.say({ type: 'running' });
    await expect(reading).rejects.toThrow('stop here');
    expect(workers[0]?.asked).toEqual([{ bytes: BODY }, { end: true }]);
  });

  test('an error from the worker is the same error as on the main thread', async () => {
    fakeWorker((worker) => worker.say({ type: 'error', error: toWorkerError(new TimelineDataError(['events[0]: title is missing'])) }));
    const error = await startDocumentWorker(vi.fn())!
      .parse([BODY])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimelineDataError);
    expect(error).toMatchObject({ problems: ['events[0]: title is missing'] });
  });

  test('a story that did not arrive whole (a part was not JSON) is not taken as read, even should the worker say done', async () => {
    fakeWorker((worker) => {
      worker.say({ type: 'events', json: '[{"id": tru}]' });
      worker.say({ type: 'events', json: '[{"id": true}]' });
      worker.say({ type: 'story', json: JSON.stringify({ ...story, events: [] }), events: 1 });
      worker.say({ type: 'done' });
    });
    await expect(startDocumentWorker(vi.fn())!.parse([BODY])).rejects.toThrow('the story did not arrive whole');
  });

  test('what was sent ahead and dropped (again) is not part of the story the page puts together', async () => {
    fakeWorker((worker) => {
      worker.say({ type: 'events', json: JSON.stringify(story.events) });
      worker.say({ type: 'again' });
      worker.say({ type: 'events', json: JSON.stringify(story.events.slice(0, 1)) });
      worker.say({ type: 'story', json: JSON.stringify({ ...story, events: [] }), events: 1 });
      worker.say({ type: 'done' });
    });
    await expect(startDocumentWorker(vi.fn())!.parse([BODY])).resolves.toEqual({ ...story, events: story.events.slice(0, 1) });
  });

  test('with no Worker at all there is none, and the caller reads the text itself', () => {
    vi.stubGlobal('Worker', undefined);
    expect(startDocumentWorker(vi.fn())).toBeNull();
  });

  test('a worker whose script cannot start leaves the text to the main thread', async () => {
    const workers = fakeWorker(
      () => undefined,
      (worker) => worker.fail('refused by the policy'),
    );
    const onMainThread = vi.fn(async () => story);
    await expect(startDocumentWorker(onMainThread)!.parse([BODY])).resolves.toBe(story);
    expect(onMainThread).toHaveBeenCalledWith([BODY]);
    // Nothing was handed to it: the page still has the bytes.
    expect(workers[0]?.asked).toEqual([]);
    expect(BODY.byteLength).toBeGreaterThan(0);
  });

  test('leaving (the query aborted) ends the worker', async () => {
    const workers = fakeWorker(() => undefined);
    const controller = new AbortController();
    const reading = startDocumentWorker(vi.fn())!.parse([BODY], controller.signal);
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(reading).rejects.toThrow('left');
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('the worker’s own code, through the page’s side', () => {
  const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  /** Running, so that the bytes are handed over: the worker has said so before they are ready. */
  const started = async () => {
    const worker = startDocumentWorker(vi.fn())!;
    await vi.waitFor(() => expect(worker.running()).toBe(true));
    return worker;
  };

  /** The kinds of message the worker answered, in order, runs of events parts as one. */
  const answers = (heard: FromWorker[]) =>
    heard.map((message) => message.type).filter((type, i, all) => type !== 'running' && !(type === 'events' && all[i - 1] === 'events'));

  test('sends the document as written, its events and then the story, ahead of its checks, then only their verdict where they change nothing', async () => {
    const relay = relayToRealWorker();
    const document = makeTimeline();
    const read = await (await started()).parse([bytes(document)]);
    expect(read).toEqual(document);
    expect(answers(relay.heard)).toEqual(['events', 'story', 'done']);
  });

  test('checks a document in its schema’s own form part by part as it arrives, and reads the whole text again only for one that is not', async () => {
    relayToRealWorker();
    vi.mocked(parseAsWritten).mockClear();
    const document = makeTimeline();
    const text = bytes(document);
    const worker = await started();
    const reading = worker.read([text.slice(0, 100)]);
    reading.add(text.slice(100));
    reading.end();
    expect(await reading.story).toEqual(document);
    expect(parseAsWritten).not.toHaveBeenCalled();

    const untrimmed = { ...document, title: ` ${document.title}` };
    expect(await (await started()).parse([bytes(untrimmed)])).toEqual(document);
    expect(parseAsWritten).toHaveBeenCalledTimes(1);
  });

  test('reports the story read ahead, once all of it is here, with the events array the checked story holds', async () => {
    relayToRealWorker();
    const ahead: [Timeline, () => boolean][] = [];
    listenAhead((story, wanted) => ahead.push([story, wanted]));
    const document = makeTimeline();
    const read = await (await started()).parse([bytes(document)]);
    expect(ahead).toHaveLength(1);
    const [story, wanted] = ahead[0]!;
    expect(story).toEqual(read);
    expect(story.events).toBe(read.events);
    expect(wanted()).toBe(true);
  });

  test('a story read ahead is no longer wanted once its checks fail, or once they change it', async () => {
    relayToRealWorker();
    const ahead: [Timeline, () => boolean][] = [];
    listenAhead((story, wanted) => ahead.push([story, wanted]));
    const broken = makeTimeline();
    broken.events[1]!.lane = 'atlantis';
    await expect((await started()).parse([bytes(broken)])).rejects.toBeInstanceOf(TimelineDataError);
    expect(ahead.map(([, wanted]) => wanted())).toEqual([false]);

    ahead.length = 0;
    const raw = makeTimeline();
    const trimmed = { ...raw, events: raw.events.map((event, i) => (i === 0 ? { ...event, title: ` ${event.title}` } : event)) };
    const read = await (await started()).parse([bytes(trimmed)]);
    // As written, then as the checks give it: only the second is the story shown.
    expect(ahead.map(([, wanted]) => wanted())).toEqual([false, true]);
    expect(ahead[1]![0].events).toBe(read.events);
  });

  test('reads a document as the main thread does, the checks’ changes included', async () => {
    const relay = relayToRealWorker();
    const raw = makeTimeline();
    const [first, ...rest] = raw.events;
    // What the checks change: a title trimmed, a field the schema does not know dropped.
    const document = { ...raw, events: [{ ...first!, title: `  ${first!.title} `, extra: 'not in the schema' }, ...rest] };
    const read = await (await started()).parse([bytes(document)]);
    expect(read).toEqual(await parseDocument(JSON.stringify(document), 'elsewhere'));
    expect(read.events[0]!.title).toBe(first!.title);
    expect(read.events[0]).not.toHaveProperty('extra');
    expect(relay.handedOver()).toBe(true);
    // Ahead of the checks as written, then again as they give it.
    expect(answers(relay.heard)).toEqual(['events', 'story', 'again', 'events', 'story', 'done']);
  });

  test('a document with a problem fails with the main thread’s own error', async () => {
    relayToRealWorker();
    const document = makeTimeline();
    document.events[1]!.lane = 'atlantis';
    const inWorker = await (await started()).parse([bytes(document)]).catch((error: unknown) => error);
    const onPage = await parseDocument(JSON.stringify(document), 'elsewhere').catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(TimelineDataError);
    expect(inWorker).toEqual(onPage);
  });

  test.each([
    ['broken where the events are found', '{"schemaVersion": 1, "events": [}'],
    ['broken inside an event sent ahead', '{"schemaVersion": 1, "events": [{"id": tru}]}'],
  ])('bytes that are not JSON (%s) fail with the main thread’s own message', async (_where, text) => {
    relayToRealWorker();
    const inWorker = await (await started()).parse([new TextEncoder().encode(text)]).catch((error: unknown) => error);
    const onPage = await parseDocument(text, 'elsewhere').catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(TimelineFetchError);
    expect((inWorker as Error).message).toBe((onPage as Error).message);
  });
});

describe('worker errors', () => {
  test.each<[string, Error]>([
    ['a failed download', new TimelineFetchError('The timeline data could not be reached.', undefined, 'auto')],
    ['a refused address', new TimelineFetchError('The server answered 404 Not Found for x.', 404)],
    ['a document with problems', new TimelineDataError(['events[0]: title is missing', 'lanes: required'])],
    ['another tool’s format', new TimelineFormatError('TimelineJS3')],
  ])('%s crosses from the worker as the same class, with the same message and fields', (_what, error) => {
    const crossed = fromWorkerError(structuredClone(toWorkerError(error)));
    expect(crossed).toBeInstanceOf(error.constructor);
    expect(crossed).toEqual(error);
    expect(crossed.message).toBe(error.message);
  });
});

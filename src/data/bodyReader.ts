/**
 * Reading a document's download chunk by chunk, the same way on the page and in the document
 * worker (documentWorker.ts), which takes over a large download's reading: the size limit, what a
 * body cut off in the middle is called, and the bytes put back together.
 */
import { megabytes } from '../lib/megabytes';
import { TimelineFetchError } from './errors';

/** Larger documents are refused before they are read: a phone would run out of memory long before. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export function tooLarge(bytes: number): TimelineFetchError {
  return new TimelineFetchError(
    `The timeline data is over ${megabytes(bytes)}; this page loads at most ${megabytes(MAX_DOCUMENT_BYTES)}.`,
    undefined,
    'none',
  );
}

/** A body that broke off before its end (the connection dropped): worth trying again. */
export function cutOff(): TimelineFetchError {
  return new TimelineFetchError('The timeline data was cut off while downloading. Check your connection and try again.');
}

/** What has been read of a body so far. */
export interface ReadSoFar {
  chunks: Uint8Array[];
  received: number;
}

/**
 * Reads on from `soFar` until the body ends, or until `enough` says to leave the rest to another
 * reader (done false; the reader is then released). `onChunk` is told the running total after
 * each chunk. A body over MAX_DOCUMENT_BYTES is cancelled and refused as soon as it passes it.
 * Errors from the stream are thrown as they are: what to call them is the caller's to say.
 */
export async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  soFar: ReadSoFar,
  onChunk: (received: number) => void,
  enough: () => boolean = () => false,
): Promise<ReadSoFar & { done: boolean }> {
  let { received } = soFar;
  const chunks = [...soFar.chunks];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, received, done: true };
    received += value.byteLength;
    if (received > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw tooLarge(received);
    }
    chunks.push(value);
    onChunk(received);
    if (enough()) {
      reader.releaseLock();
      return { chunks, received, done: false };
    }
  }
}

/** The chunks as one array of bytes. */
export function joined({ chunks, received }: ReadSoFar): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

let streamsCross: boolean | undefined;

/** Whether this browser can hand a stream to a worker (Chromium and Firefox can; older Safari cannot). */
export function canHandOverStreams(): boolean {
  if (streamsCross === undefined) {
    const channel = new MessageChannel();
    try {
      const stream = new ReadableStream();
      channel.port1.postMessage(stream, [stream]);
      streamsCross = true;
    } catch {
      streamsCross = false;
    }
    channel.port1.close();
    channel.port2.close();
  }
  return streamsCross;
}

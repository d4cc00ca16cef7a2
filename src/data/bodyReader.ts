/**
 * Reading a document's download chunk by chunk: the size limit, what a body cut off in the
 * middle is called, and the bytes put back together.
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

/**
 * Reads until the body ends. `onChunk` is given each chunk and the running total; what to keep
 * of it is the caller's. A body over MAX_DOCUMENT_BYTES is cancelled and refused as soon as it
 * passes it. Errors from the stream are thrown as they are: what to call them is the caller's
 * to say. The bytes received in all.
 */
export async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  onChunk: (chunk: Uint8Array, received: number) => void,
): Promise<number> {
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return received;
    received += value.byteLength;
    if (received > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw tooLarge(received);
    }
    onChunk(value, received);
  }
}

/** The chunks as one array of bytes. */
export function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

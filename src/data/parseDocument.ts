/**
 * A Timeline from a document's text, on the page or in the document worker: the built-in
 * story as the build validated it (recognised by its fingerprint), anything else through the
 * validator, whose code loads only then.
 */
import { TimelineFetchError } from './errors';
import { fingerprint } from './fingerprint';
import type { Timeline } from './schema';

/** The code that reads untrusted documents: the validator, and the JSON error locator. */
export const loadValidator = () => import('./parseTimeline');

/** A downloaded document's bytes as text (UTF-8, as JSON is sent; a byte-order mark is dropped). */
export function decodeDocument(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** True when `text` is exactly the built-in story this build validated. */
export function isValidatedByBuild(text: string): boolean {
  const expected = import.meta.env.BUILT_STORY_FINGERPRINT;
  if (!expected) return false;
  // The fingerprint starts with the length: a different document is usually told apart without hashing it.
  return expected.startsWith(`${text.length.toString(36)}-`) && fingerprint(text) === expected;
}

/** Where a document came from: inlined in the page or fetched from the built-in URL (both the build's), or elsewhere. */
export type DocumentOrigin = 'inline' | 'built-in' | 'elsewhere';

/** The document's JSON; where it is not JSON, an error that says where it breaks. */
async function readJson(text: string, origin: DocumentOrigin): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Where it breaks, for whoever has to mend the file; that code loads only now.
    const { notJsonMessage } = await loadValidator();
    const what = origin === 'inline' ? 'The timeline data inlined in this page' : 'The timeline data';
    throw new TimelineFetchError(notJsonMessage(what, text, error), undefined, 'none');
  }
}

/**
 * A Timeline from a document's text: the built-in story as the build validated it,
 * anything else (another dataset, a built-in file edited or left from another build)
 * through the validator, so its problems are reported, never obeyed.
 */
export async function parseDocument(text: string, origin: DocumentOrigin): Promise<Timeline> {
  const json = await readJson(text, origin);
  if (origin !== 'elsewhere' && isValidatedByBuild(text)) return json as Timeline;
  const { parseFetchedDocument } = await loadValidator();
  return parseFetchedDocument(json);
}

/**
 * A document from elsewhere as parseDocument reads it, and whether the Timeline is the document
 * exactly as written: the checks trimmed, dropped and added nothing (the validator gives such a
 * document back as it is, the same object).
 */
export async function parseAsWritten(text: string): Promise<{ timeline: Timeline; asWritten: boolean }> {
  const json = await readJson(text, 'elsewhere');
  const { parseFetchedDocument } = await loadValidator();
  const timeline = parseFetchedDocument(json);
  return { timeline, asWritten: timeline === json };
}

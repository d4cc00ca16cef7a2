/**
 * Where a document's events lie in its JSON text, found without parsing it: the document worker
 * sends the page each part of the events as written, to be read there while the worker parses
 * and checks the whole (documentWorker.ts). A scan of the text's structure only, about a
 * millisecond per megabyte; whether the text is JSON at all is JSON.parse's to say.
 */

/** The top-level `events` array of a JSON object's text: where its value lies, and each element's place. */
export interface EventsInText {
  /** The array, from its `[` to just after its `]`. */
  from: number;
  to: number;
  /** Each element, from its first character to just after its last. */
  elements: [number, number][];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * The top-level `events` array of `text`, a JSON object, with its elements' places; the last
 * one where the key is repeated, as JSON.parse takes the last. Null where the text is not an
 * object of that shape, or not well-formed enough to tell.
 */
export function findEventsInText(text: string): EventsInText | null {
  const length = text.length;

  const skipSpace = (at: number) => {
    while (at < length && isSpace(text.charCodeAt(at))) at++;
    return at;
  };

  /** Just after the string whose opening quote is at `at`, or -1. */
  const afterString = (at: number) => {
    let from = at + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) return -1;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      // An even run of backslashes escapes itself, not the quote.
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  };

  /** Just after the value that starts at `at` (no space before it), or -1. */
  const afterValue = (at: number) => {
    const first = text.charCodeAt(at);
    if (first === QUOTE) return afterString(at);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      // A number, true, false or null: up to what ends it.
      let end = at;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_ARRAY || isSpace(code)) break;
        end++;
      }
      return end > at ? end : -1;
    }
    let depth = 0;
    for (let i = at; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        i = afterString(i) - 1;
        if (i < 0) return -1;
      } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth++;
      else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  };

  /** The elements of the array whose `[` is at `at`, and just after its `]`; null if it is not one. */
  const elementsOf = (at: number): { elements: [number, number][]; end: number } | null => {
    const elements: [number, number][] = [];
    let i = skipSpace(at + 1);
    if (text.charCodeAt(i) === CLOSE_ARRAY) return { elements, end: i + 1 };
    for (;;) {
      const end = afterValue(i);
      if (end === -1) return null;
      elements.push([i, end]);
      i = skipSpace(end);
      const code = text.charCodeAt(i);
      if (code === CLOSE_ARRAY) return { elements, end: i + 1 };
      if (code !== COMMA) return null;
      i = skipSpace(i + 1);
    }
  };

  let found: EventsInText | null = null;
  let i = skipSpace(0);
  if (text.charCodeAt(i) !== OPEN_OBJECT) return null;
  i = skipSpace(i + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) return null;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = afterString(i);
    if (keyEnd === -1) return null;
    // Read as JSON reads it: "ev\u0065nts" is events too.
    let key: unknown;
    try {
      key = JSON.parse(text.slice(i, keyEnd));
    } catch {
      return null;
    }
    i = skipSpace(keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    i = skipSpace(i + 1);
    let end: number;
    if (key === 'events' && text.charCodeAt(i) === OPEN_ARRAY) {
      const array = elementsOf(i);
      if (!array) return null;
      found = { from: i, to: array.end, elements: array.elements };
      end = array.end;
    } else {
      // A later `events` that is not an array is what JSON.parse keeps.
      if (key === 'events') found = null;
      end = afterValue(i);
      if (end === -1) return null;
    }
    i = skipSpace(end);
    const code = text.charCodeAt(i);
    if (code === CLOSE_OBJECT) return skipSpace(i + 1) === length ? found : null;
    if (code !== COMMA) return null;
    i = skipSpace(i + 1);
  }
}

/**
 * A document's text read ahead of its checks: the story without its events, and its events
 * in parts of at most `perPart`, each the JSON text of an array, as written. Null where the
 * events cannot be found in the text (see findEventsInText).
 */
export function partsOfText(text: string, perPart: number): { story: string; events: number; parts: string[] } | null {
  const found = findEventsInText(text);
  if (!found) return null;
  const { from, to, elements } = found;
  const parts: string[] = [];
  for (let first = 0; first < elements.length; first += perPart) {
    const last = Math.min(first + perPart, elements.length) - 1;
    parts.push(`[${text.slice(elements[first]![0], elements[last]![1])}]`);
  }
  return { story: `${text.slice(0, from)}[]${text.slice(to)}`, events: elements.length, parts };
}

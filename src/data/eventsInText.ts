/**
 * Where a document's events lie in its JSON text, found without parsing it, as the text
 * arrives: the document worker sends the page each part of the events as soon as all of it has
 * been downloaded, to be read there (and in the worker) while the rest downloads
 * (documentWorker.ts). A scan of the text's structure only, about a millisecond per megabyte;
 * whether the text is JSON at all is JSON.parse's to say.
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

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Just after the string whose opening quote is at `at`, or -1. */
function afterString(text: string, at: number): number {
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
}

/** Just after the value that starts at `at` (no space before it), or -1. */
function afterValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return afterString(text, at);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number, true, false or null: up to what ends it.
    let end = at;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_ARRAY || isSpace(code)) break;
      end++;
    }
    return end > at ? end : -1;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = afterString(text, i) - 1;
      if (i < 0) return -1;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth++;
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** A key read as JSON reads it ("ev\u0065nts" is events too), or undefined where it is not a string. */
function keyAt(text: string, at: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(at, end));
  } catch {
    return undefined;
  }
}

/** The elements of the array whose `[` is at `at`, and just after its `]`; null if it is not one. */
function elementsOf(text: string, at: number): { elements: [number, number][]; end: number } | null {
  const elements: [number, number][] = [];
  let i = skipSpace(text, at + 1);
  if (text.charCodeAt(i) === CLOSE_ARRAY) return { elements, end: i + 1 };
  for (;;) {
    const end = afterValue(text, i);
    if (end === -1) return null;
    elements.push([i, end]);
    i = skipSpace(text, end);
    const code = text.charCodeAt(i);
    if (code === CLOSE_ARRAY) return { elements, end: i + 1 };
    if (code !== COMMA) return null;
    i = skipSpace(text, i + 1);
  }
}

/**
 * The top-level `events` array of `text`, a JSON object, with its elements' places; the last
 * one where the key is repeated, as JSON.parse takes the last. Null where the text is not an
 * object of that shape, or not well-formed enough to tell.
 */
export function findEventsInText(text: string): EventsInText | null {
  let found: EventsInText | null = null;
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_OBJECT) return null;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) return null;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = afterString(text, i);
    if (keyEnd === -1) return null;
    const key = keyAt(text, i, keyEnd);
    if (key === undefined) return null;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    i = skipSpace(text, i + 1);
    let end: number;
    if (key === 'events' && text.charCodeAt(i) === OPEN_ARRAY) {
      const array = elementsOf(text, i);
      if (!array) return null;
      found = { from: i, to: array.end, elements: array.elements };
      end = array.end;
    } else {
      // A later `events` that is not an array is what JSON.parse keeps.
      if (key === 'events') found = null;
      end = afterValue(text, i);
      if (end === -1) return null;
    }
    i = skipSpace(text, end);
    const code = text.charCodeAt(i);
    if (code === CLOSE_OBJECT) return skipSpace(text, i + 1) === text.length ? found : null;
    if (code !== COMMA) return null;
    i = skipSpace(text, i + 1);
  }
}

/** The text before a document's events is rescanned as it grows: past this, reading ahead is given up. */
const MOST_BEFORE_EVENTS = 4 * 1024 * 1024;

/** A document read ahead: the story without its events, as JSON text, and how many events it has. */
export interface StoryAhead {
  story: string;
  events: number;
}

/**
 * A document's events found in its text as the text arrives, piece by piece, and given out in
 * parts of at most `perPart`, each the JSON text of an array, to `onPart` as soon as all of a
 * part is here.
 * At the end, the story they belong to, once its whole text confirms them: the events are its
 * top-level `events` array, the one JSON.parse keeps. Where it cannot (the text is not an
 * object of that shape, or not well-formed enough to tell), the parts given out were not the
 * story's events, and the end says so (null).
 */
export class EventsAsTheyArrive {
  private readonly perPart: number;
  private readonly onPart: (json: string) => void;
  private readonly onEvents: (before: string) => void;
  private phase: 'before' | 'events' | 'after' | 'lost' = 'before';
  /** Before the events: all of the text so far, and where the next key starts in it (0: the object is not open yet). */
  private before = '';
  private nextKey = 0;
  /** In the events: the text from the next element (or the comma before it) on. */
  private rest = '';
  private expectElement = true;
  private part: string[] = [];
  private count = 0;
  /** After the events: the text from just after their `]`. */
  private after = '';

  /** `onEvents` is told where the events begin: the text before their `[`, the story so far. */
  constructor(perPart: number, onPart: (json: string) => void, onEvents: (before: string) => void = () => undefined) {
    this.perPart = perPart;
    this.onPart = onPart;
    this.onEvents = onEvents;
  }

  /** Takes the next piece of the text. */
  add(piece: string): void {
    if (this.phase === 'before') {
      this.before += piece;
      const at = this.findArray();
      if (at === -1) {
        if (this.before.length > MOST_BEFORE_EVENTS) this.phase = 'lost';
        return;
      }
      this.rest = this.before.slice(at + 1);
      this.before = this.before.slice(0, at);
      this.phase = 'events';
      this.onEvents(this.before);
    } else if (this.phase === 'events') this.rest += piece;
    else if (this.phase === 'after') this.after += piece;
    if (this.phase === 'events') this.readElements();
  }

  /** The text has all arrived: the story, once the last part is given out; null where the parts given out are not its events. */
  end(): StoryAhead | null {
    if (this.phase !== 'after') return null;
    if (this.part.length > 0) this.givePart();
    const story = `${this.before}[]${this.after}`;
    const confirmed = findEventsInText(story);
    const theirs = confirmed?.from === this.before.length && confirmed.elements.length === 0;
    return theirs ? { story, events: this.count } : null;
  }

  /** Where the `[` of a top-level `events` array lies in the text so far; -1 while it has not arrived (or never will: the phase is then lost). */
  private findArray(): number {
    const text = this.before;
    let i: number;
    if (this.nextKey === 0) {
      i = skipSpace(text, 0);
      if (i === text.length) return -1;
      if (text.charCodeAt(i) !== OPEN_OBJECT) return this.lose();
      this.nextKey = i + 1;
    }
    for (;;) {
      i = skipSpace(text, this.nextKey);
      if (i === text.length) return -1;
      if (text.charCodeAt(i) !== QUOTE) return this.lose();
      const keyEnd = afterString(text, i);
      if (keyEnd === -1) return -1;
      const key = keyAt(text, i, keyEnd);
      if (key === undefined) return this.lose();
      i = skipSpace(text, keyEnd);
      if (i === text.length) return -1;
      if (text.charCodeAt(i) !== COLON) return this.lose();
      i = skipSpace(text, i + 1);
      if (i === text.length) return -1;
      if (key === 'events' && text.charCodeAt(i) === OPEN_ARRAY) return i;
      // Not yet whole where it runs to the end of the text: a number may go on in the next piece.
      const end = afterValue(text, i);
      if (end === -1 || end === text.length) return -1;
      i = skipSpace(text, end);
      if (i === text.length) return -1;
      if (text.charCodeAt(i) !== COMMA) return this.lose();
      this.nextKey = i + 1;
    }
  }

  private lose(): -1 {
    this.phase = 'lost';
    return -1;
  }

  /** Reads the whole elements in the text so far, giving out each part as it fills. */
  private readElements() {
    const text = this.rest;
    let i = 0;
    for (;;) {
      let at = skipSpace(text, i);
      if (at === text.length) break;
      if (!this.expectElement) {
        const code = text.charCodeAt(at);
        if (code === CLOSE_ARRAY) {
          this.ended(text.slice(at + 1));
          return;
        }
        if (code !== COMMA) {
          this.phase = 'lost';
          return;
        }
        at = skipSpace(text, at + 1);
        if (at === text.length) {
          i = at;
          this.expectElement = true;
          break;
        }
      } else if (this.count === 0 && text.charCodeAt(at) === CLOSE_ARRAY) {
        this.ended(text.slice(at + 1));
        return;
      }
      const end = afterValue(text, at);
      if (end === -1 || end === text.length) {
        // Not whole yet: read again, from its start, once more has arrived.
        i = at;
        this.expectElement = true;
        break;
      }
      this.part.push(text.slice(at, end));
      this.count++;
      if (this.part.length === this.perPart) this.givePart();
      this.expectElement = false;
      i = end;
    }
    this.rest = text.slice(i);
  }

  private ended(after: string) {
    this.phase = 'after';
    this.rest = '';
    this.after = after;
  }

  private givePart() {
    const json = `[${this.part.join(',')}]`;
    this.part = [];
    this.onPart(json);
  }
}

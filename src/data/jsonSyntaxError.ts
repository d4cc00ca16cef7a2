/**
 * Where a JSON text stops being JSON, as a line and column a curator can go to.
 * JSON.parse says where only in some engines and for some errors ("… at position 28"
 * in Chromium and Node, nothing in Safari, a quoted excerpt for a stray token), so the
 * place is taken from the message when it has one and found by a small scanner otherwise.
 * Loaded only when a document has failed to parse.
 */

export interface JsonErrorPlace {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as the text is held in JavaScript. */
  column: number;
  /** The text ends before the document does (cut off, or empty). */
  atEnd: boolean;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];

/**
 * The offset of the first character that makes `text` not JSON (text.length when it
 * ends too early), or null when it is JSON. Iterative, so any nesting depth is scanned.
 */
export function firstSyntaxError(text: string): number | null {
  let i = 0;
  /** The open containers, innermost last: '{' or '['. */
  const open: string[] = [];
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Reads the string starting at i; returns false (i at the fault) if it is not one. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!HEX.test(text.slice(i + 1, i + 5))) {
            i++;
            while (i < text.length && /[0-9a-fA-F]/.test(text[i]!)) i++;
            return false;
          }
          i += 4;
        } else if (i >= text.length || !ESCAPES.has(text[i]!)) return false;
      }
    }
    return false;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    return i > start;
  };
  /** Reads the number starting at i; returns false (i at the fault) if it is not one. */
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  /** Reads one scalar, or opens a container; returns false (i at the fault) if there is none. */
  const value = (): boolean | 'opened' => {
    skipWhitespace();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c);
      i++;
      return 'opened';
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const literal of LITERALS) {
      if (c !== literal[0]) continue;
      // At the first letter that does not fit, as V8 reports it.
      for (const expected of literal) {
        if (text[i] !== expected) return false;
        i++;
      }
      return true;
    }
    return false;
  };
  /** A key and its colon, at the start of an object entry. */
  const key = (): boolean => {
    skipWhitespace();
    if (!string()) return false;
    skipWhitespace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  let read = value();
  for (;;) {
    if (read === false) return Math.min(i, text.length);
    if (read === 'opened') {
      // Just inside a container: it may close at once, or take its first entry.
      skipWhitespace();
      const closer = open[open.length - 1] === '{' ? '}' : ']';
      if (text[i] === closer) {
        open.pop();
        i++;
      } else {
        read = open[open.length - 1] === '{' ? key() && value() : value();
        continue;
      }
    }
    // After a complete value: the end, a comma and the next entry, or the container's close.
    skipWhitespace();
    const container = open[open.length - 1];
    if (container === undefined) return i === text.length ? null : i;
    if (text[i] === ',') {
      i++;
      read = container === '{' ? key() && value() : value();
    } else if (text[i] === (container === '{' ? '}' : ']')) {
      open.pop();
      i++;
      read = true;
    } else {
      return Math.min(i, text.length);
    }
  }
}

/** Line and column of `offset` in `text`. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `text` failed to parse, given the error JSON.parse threw; null if it is JSON after all. */
export function locateJsonError(text: string, error: unknown): JsonErrorPlace | null {
  const stated = error instanceof Error ? /\bposition (\d+)\b/.exec(error.message) : null;
  const offset = stated ? Math.min(Number(stated[1]), text.length) : firstSyntaxError(text);
  if (offset === null) return null;
  return { ...placeOf(text, offset), atEnd: offset >= text.length };
}

/**
 * The sentence that tells the reader why `text` is not JSON and where:
 * "The timeline data is not valid JSON: it ends too early, at line 1, column 29."
 * `what` names the document: "The timeline data".
 */
export function notJsonMessage(what: string, text: string, error: unknown): string {
  if (text.trim() === '') return `${what} is not valid JSON: it is empty.`;
  const place = locateJsonError(text, error);
  if (!place) return `${what} is not valid JSON.`;
  const where = `line ${place.line}, column ${place.column}`;
  return place.atEnd
    ? `${what} is not valid JSON: it ends too early, at ${where}.`
    : `${what} is not valid JSON: the first error is at ${where}.`;
}

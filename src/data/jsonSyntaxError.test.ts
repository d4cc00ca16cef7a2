import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstSyntaxError, locateJsonError, notJsonMessage } from './jsonSyntaxError';

/** What JSON.parse threw for `text`. */
function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`${text} is JSON`);
}

describe('locateJsonError: line and column, whatever the engine says', () => {
  test.each<[string, string, { line: number; column: number; atEnd: boolean }]>([
    // Chromium and Node: "Expected double-quoted property name in JSON at position 28 (line 1 column 29)"
    [
      '{"title": "half a document",',
      'Expected double-quoted property name in JSON at position 28 (line 1 column 29)',
      { line: 1, column: 29, atEnd: true },
    ],
    ['{\n  "a": 1,\n  "b": 2\n}}', 'Unexpected non-whitespace character after JSON at position 22', { line: 4, column: 2, atEnd: false }],
    // Chromium for a stray token: an excerpt, no position.
    ['{\n  "a": 1,\n  "b": x\n}', `Unexpected token 'x', ..."1,\n  "b": x\n}" is not valid JSON`, { line: 3, column: 8, atEnd: false }],
    ['<!doctype html>', `Unexpected token '<', "<!doctype html>" is not valid JSON`, { line: 1, column: 1, atEnd: false }],
    // Firefox.
    ['[1, 2,\n 3,]', 'JSON.parse: unexpected character at line 2 column 4 of the JSON data', { line: 2, column: 4, atEnd: false }],
    // Safari: no place at all.
    ['{"a": tru', 'JSON Parse error: Unexpected identifier "tru"', { line: 1, column: 10, atEnd: true }],
    ['{"a": "open', 'JSON Parse error: Unterminated string', { line: 1, column: 12, atEnd: true }],
  ])('%j (%s)', (text, message, expected) => {
    expect(locateJsonError(text, new SyntaxError(message))).toEqual(expected);
  });

  test('a position past the end is the end', () => {
    expect(locateJsonError('[1', new SyntaxError('Unexpected end of JSON input at position 99'))).toEqual({
      line: 1,
      column: 3,
      atEnd: true,
    });
  });
});

describe('notJsonMessage', () => {
  test.each<[string, string]>([
    ['{"title": "half a document",', 'The timeline data is not valid JSON: it ends too early, at line 1, column 29.'],
    ['{\n  "a": 1,\n  "b": x\n}', 'The timeline data is not valid JSON: the first error is at line 3, column 8.'],
    ['', 'The timeline data is not valid JSON: it is empty.'],
    [' \n ', 'The timeline data is not valid JSON: it is empty.'],
  ])('%j → %s', (text, expected) => {
    expect(notJsonMessage('The timeline data', text, parseError(text))).toBe(expected);
  });
});

describe('firstSyntaxError', () => {
  test.each<[string, number | null]>([
    ['{"a": [1, 2.5e-3, true, false, null, "x\\u00e9\\n"]}', null],
    ['  []  ', null],
    ['{}', null],
    ['', 0],
    ['{', 1],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[-]', 2],
    ['"tab\there"', 4],
    ['"bad \\q escape"', 6],
    ['nul', 3],
    ['nulx', 3],
    ['[true, tbd]', 8],
    ['{} {}', 3],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, null],
    [`${'['.repeat(100_000)}${']'.repeat(99_999)}`, 199_999],
  ])('%j → %s', (text, expected) => {
    expect(firstSyntaxError(text)).toBe(expected);
  });

  /** JSON texts broken in one place: a character cut, doubled or replaced. */
  const brokenJson = fc
    .tuple(
      fc.json({ maxDepth: 3 }),
      fc.nat(),
      fc.constantFrom('cut', 'double', 'replace', 'truncate'),
      fc.constantFrom(',', ':', '"', '}', ']', '{', '[', 'x', '0', '-', '.', 'e', '\\', ' ', '\n'),
    )
    .map(([json, at, how, c]) => {
      const i = json.length === 0 ? 0 : at % json.length;
      if (how === 'cut') return json.slice(0, i) + json.slice(i + 1);
      if (how === 'double') return json.slice(0, i) + json[i] + json.slice(i);
      if (how === 'truncate') return json.slice(0, i);
      return json.slice(0, i) + c + json.slice(i + 1);
    });

  test('agrees with JSON.parse on whether a text is JSON, and on the place when JSON.parse names one', () => {
    fc.assert(
      fc.property(brokenJson, (text) => {
        let error: unknown = null;
        try {
          JSON.parse(text);
        } catch (caught) {
          error = caught;
        }
        const found = firstSyntaxError(text);
        if (error === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        const stated = /\bposition (\d+)\b/.exec((error as Error).message);
        if (stated) expect(found, (error as Error).message).toBe(Math.min(Number(stated[1]), text.length));
      }),
      { numRuns: 2000 },
    );
  });
});

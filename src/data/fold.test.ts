import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldCopyPaste, foldForSearch } from './fold';

describe('foldForSearch and foldCopyPaste', () => {
  test.each<[string, string, string, string]>([
    [
      'Beijing’s “malicious” Élection – said',
      'beijing\'s "malicious" election - said',
      'beijing\'s "malicious" élection - said',
      'accents for search only',
    ],
    ['İstanbul', 'istanbul', 'i\u0307stanbul', 'a dotted capital I: one letter for search, as lower case gives it for quotes'],
    ['‘a’ ‚b′ `c`', "'a' 'b' 'c'", "'a' 'b' 'c'", 'every single mark and apostrophe'],
    ['„a“ ″b″', '"a" "b"', '"a" "b"', 'every double mark'],
    ['a‐b‑c‒d–e—f―g', 'a-b-c-d-e-f-g', 'a-b-c-d-e-f-g', 'every hyphen and dash'],
    ['here.\n  The\u00a0middle', 'here.   the middle', 'here. the middle', 'any space; a run is one space for quotes only'],
  ])('%j → %j for search, %j for quotes (%s)', (text, forSearch, copyPaste) => {
    expect(foldForSearch(text)).toBe(forSearch);
    expect(foldCopyPaste(text)).toBe(copyPaste);
  });

  test('search keeps one character for each, so offsets line up with the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldForSearch(text)).toHaveLength(text.length);
      }),
    );
  });

  test('the quote fold is the search fold with runs of spaces collapsed, where there are no accents', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aB ’“–\n\t-\'"x') }), (text) => {
        expect(foldCopyPaste(text)).toBe(foldForSearch(text).replace(/ +/g, ' '));
      }),
    );
  });
});

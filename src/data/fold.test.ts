import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldCopyPaste, foldForSearch } from './fold';

describe('foldForSearch', () => {
  test.each<[string, string, string]>([
    ['Beijing’s “malicious” Élection – İstanbul', 'beijing\'s "malicious" election - istanbul', 'marks, dashes, case and accents'],
    ['‘a’ ‚b′ `c`', "'a' 'b' 'c'", 'every single mark and apostrophe'],
    ['„a“ ″b″', '"a" "b"', 'every double mark'],
    ['a‐b‑c‒d–e—f―g', 'a-b-c-d-e-f-g', 'every hyphen and dash'],
    ['a\u00a0b\tc\nd', 'a b c d', 'every kind of space, one for one'],
  ])('%j → %j (%s)', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  test('keeps one character for each, so offsets line up with the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldForSearch(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe('foldCopyPaste', () => {
  test.each<[string, string, string]>([
    ['Beijing’s “malicious” campaign – said', 'beijing\'s "malicious" campaign - said', 'marks, dashes and case'],
    ['‘a’ ‚b′ `c` „d“ ″e″', "'a' 'b' 'c' \"d\" \"e\"", 'the same marks as search'],
    ['a‐b—c', 'a-b-c', 'the same dashes as search'],
    ['here.\n  The\u00a0middle', 'here. the middle', 'a run of any spaces is one space'],
    ['Élection', 'élection', 'accents kept: another accent is another word'],
  ])('%j → %j (%s)', (text, folded) => {
    expect(foldCopyPaste(text)).toBe(folded);
  });

  test('folds as search does, but for runs of spaces and accents', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aB ’“–\n\t-\'"x') }), (text) => {
        expect(foldCopyPaste(text)).toBe(foldForSearch(text).replace(/ +/g, ' '));
      }),
    );
  });
});

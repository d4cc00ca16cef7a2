import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locateQuote, paragraphAround } from './locateQuote';

const ARTICLE = 'First line here.\nThe middle line, with a “quote” – and more.\n\nLast line, said officials.';

describe('paragraphAround', () => {
  test.each<[string, string, { offset: number; text: string }]>([
    ['a quote on the first line', 'line here', { offset: 0, text: 'First line here.' }],
    ['a quote at the very start', 'First', { offset: 0, text: 'First line here.' }],
    ['a quote in a middle line', 'with a', { offset: 17, text: 'The middle line, with a “quote” – and more.' }],
    [
      'a quote that is the whole line',
      'The middle line, with a “quote” – and more.',
      { offset: 17, text: 'The middle line, with a “quote” – and more.' },
    ],
    ['a quote on the last line (no newline after it)', 'officials.', { offset: 62, text: 'Last line, said officials.' }],
  ])('%s: the line between the nearest newlines', (_case, quote, expected) => {
    const offset = ARTICLE.indexOf(quote);
    expect(paragraphAround(ARTICLE, offset, quote.length)).toEqual(expected);
  });

  test('a quote spanning a newline gets both lines', () => {
    const quote = 'here.\nThe middle';
    expect(paragraphAround(ARTICLE, ARTICLE.indexOf(quote), quote.length)).toEqual({
      offset: 0,
      text: 'First line here.\nThe middle line, with a “quote” – and more.',
    });
  });

  test('a text without newlines is one paragraph', () => {
    expect(paragraphAround('Just one line.', 5, 3)).toEqual({ offset: 0, text: 'Just one line.' });
  });
});

describe('locateQuote', () => {
  test('finds a quote that occurs exactly once, with its offset and paragraph', () => {
    expect(locateQuote(ARTICLE, 'said officials')).toEqual({
      found: true,
      offset: 73,
      paragraph: { offset: 62, text: 'Last line, said officials.' },
    });
    expect(ARTICLE.slice(73, 73 + 'said officials'.length)).toBe('said officials');
  });

  const LOOSE = 'quote not found as written; it differs from the article only in quotation marks, dashes, letter case or spacing';

  test.each<[string, string, string, string]>([
    ['missing words', ARTICLE, 'said nobody', 'quote not found'],
    ['straight quotation marks for typographic ones', ARTICLE, 'with a "quote"', LOOSE],
    ['a hyphen for a dash', ARTICLE, '“quote” - and', LOOSE],
    ['different letter case', ARTICLE, 'the middle line', LOOSE],
    ['a space for a newline', ARTICLE, 'here. The middle', LOOSE],
    ['a backtick for an apostrophe', 'It’s the article.', 'It`s the article', LOOSE],
    ['an unaccented letter for an accented one', 'The Élection commission.', 'The Election commission', 'quote not found'],
    ['a quote that occurs twice', ARTICLE, 'line,', 'quote occurs 2 times; quote more of the sentence so it points to one place'],
    ['overlapping occurrences', 'a aaa', 'aa', 'quote occurs 2 times; quote more of the sentence so it points to one place'],
  ])('rejects %s and says why', (_case, text, quote, reason) => {
    expect(locateQuote(text, quote)).toEqual({ found: false, reason });
  });

  test('accepts a quote only where the article has it character for character', () => {
    const unit = fc.constantFrom(...'ab ’\'“"–-\nA');
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit, minLength: 1 }), (article, quote) => {
        const location = locateQuote(article, quote);
        if (location.found) expect(article.slice(location.offset, location.offset + quote.length)).toBe(quote);
        else expect(article.includes(quote) && article.indexOf(quote) === article.lastIndexOf(quote)).toBe(false);
      }),
    );
  });
});

test('an empty quote is refused, not searched for', () => {
  expect(locateQuote('Some article text.', '')).toEqual({ found: false, reason: 'the quote is empty' });
});

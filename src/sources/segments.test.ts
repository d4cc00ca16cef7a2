import { describe, expect, test } from 'vitest';
import { highlightSegments, paragraphs, type Range, type Segment } from './segments';

const plain = (text: string): Segment => ({ text, highlighted: false, matched: false });
const marked = (text: string): Segment => ({ text, highlighted: true, matched: false });
const hit = (text: string, highlighted = false): Segment => ({ text, highlighted, matched: true });

describe('highlightSegments', () => {
  test.each<[string, Range[], Segment[], string]>([
    ['abcdef', [], [plain('abcdef')], 'no ranges: one plain segment'],
    ['abcdef', [{ start: 2, length: 2 }], [plain('ab'), marked('cd'), plain('ef')], 'a range in the middle'],
    ['abcdef', [{ start: 0, length: 2 }], [marked('ab'), plain('cdef')], 'a range at the start'],
    ['abcdef', [{ start: 4, length: 2 }], [plain('abcd'), marked('ef')], 'a range at the end'],
    ['abcdef', [{ start: 0, length: 6 }], [marked('abcdef')], 'a range over the whole text'],
    [
      'abcdef',
      [
        { start: 1, length: 3 },
        { start: 2, length: 3 },
      ],
      [plain('a'), marked('bcde'), plain('f')],
      'overlapping ranges merge',
    ],
    [
      'abcdef',
      [
        { start: 1, length: 2 },
        { start: 3, length: 2 },
      ],
      [plain('a'), marked('bcde'), plain('f')],
      'touching ranges merge',
    ],
    [
      'abcdef',
      [
        { start: 2, length: 1 },
        { start: 2, length: 1 },
      ],
      [plain('ab'), marked('c'), plain('def')],
      'a repeated range',
    ],
    [
      'abcdef',
      [
        { start: 4, length: 1 },
        { start: 1, length: 1 },
      ],
      [plain('a'), marked('b'), plain('cd'), marked('e'), plain('f')],
      'ranges out of order',
    ],
    ['abcdef', [{ start: -2, length: 4 }], [marked('ab'), plain('cdef')], 'a range starting before the text is clipped'],
    ['abcdef', [{ start: 4, length: 10 }], [plain('abcd'), marked('ef')], 'a range running past the end is clipped'],
    ['abcdef', [{ start: -5, length: 50 }], [marked('abcdef')], 'a range around the whole text is clipped'],
    ['abcdef', [{ start: 10, length: 2 }], [plain('abcdef')], 'a range wholly after the text marks nothing'],
    ['abcdef', [{ start: -4, length: 2 }], [plain('abcdef')], 'a range wholly before the text marks nothing'],
    ['abcdef', [{ start: 3, length: 0 }], [plain('abcdef')], 'an empty range marks nothing'],
    ['', [], [], 'empty text, no ranges'],
    ['', [{ start: 0, length: 3 }], [], 'empty text with a range'],
    [
      'say “malicious” – now',
      [{ start: 4, length: 11 }],
      [plain('say '), marked('“malicious”'), plain(' – now')],
      'typographic characters',
    ],
  ])('%j with %j (%s)', (text, ranges, expected) => {
    expect(highlightSegments(text, ranges)).toEqual(expected);
  });

  test.each<[string, Range[], Range[], Segment[], string]>([
    ['abcdef', [], [{ start: 1, length: 2 }], [plain('a'), hit('bc'), plain('def')], 'a search hit alone'],
    [
      'abcdef',
      [{ start: 0, length: 4 }],
      [{ start: 2, length: 3 }],
      [marked('ab'), hit('cd', true), hit('e'), plain('f')],
      'a hit overlapping a quote',
    ],
    ['abcdef', [{ start: 0, length: 6 }], [{ start: 0, length: 6 }], [hit('abcdef', true)], 'a hit that is the whole quote'],
  ])('%j with quotes %j and hits %j (%s)', (text, ranges, matches, expected) => {
    expect(highlightSegments(text, ranges, matches)).toEqual(expected);
  });

  test('the segments put back together are the text', () => {
    const text = 'Prosecutors on Monday charged seven people over a 14-year campaign.';
    const segments = highlightSegments(text, [
      { start: 0, length: 11 },
      { start: 48, length: 18 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.highlighted).map((segment) => segment.text)).toEqual(['Prosecutors', 'a 14-year campaign']);
  });

  test('offsets are UTF-16 indices, so an astral character counts as two', () => {
    // "😀" is two code units; the range [2, 2 + 2) is "ab" after it.
    expect(highlightSegments('😀abc', [{ start: 2, length: 2 }])).toEqual([plain('😀'), marked('ab'), plain('c')]);
  });
});

describe('paragraphs', () => {
  test.each<[string, { offset: number; text: string }[], string]>([
    ['One.', [{ offset: 0, text: 'One.' }], 'a single paragraph'],
    [
      'One.\nTwo.',
      [
        { offset: 0, text: 'One.' },
        { offset: 5, text: 'Two.' },
      ],
      'two lines',
    ],
    [
      'One.\n\nTwo.',
      [
        { offset: 0, text: 'One.' },
        { offset: 6, text: 'Two.' },
      ],
      'a blank line is dropped',
    ],
    [
      'One.\n   \n\t\nTwo.',
      [
        { offset: 0, text: 'One.' },
        { offset: 11, text: 'Two.' },
      ],
      'whitespace-only lines are dropped',
    ],
    ['\n\nOne.', [{ offset: 2, text: 'One.' }], 'leading blank lines'],
    ['One.\n\n', [{ offset: 0, text: 'One.' }], 'trailing blank lines'],
    [
      '  Indented.\nNext.',
      [
        { offset: 0, text: '  Indented.' },
        { offset: 12, text: 'Next.' },
      ],
      'indentation is kept',
    ],
    ['', [], 'empty text'],
    ['\n \n', [], 'only blank lines'],
  ])('%j (%s)', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    [
      'Prosecutors called the emails “malicious”.\n\nSeven people were charged over a decade-long campaign.',
      'an article with a blank line',
    ],
    ['\n  Indented first.\n\n\nThird 😀 with an emoji.\n   \nLast.\n', 'blank, indented, astral and trailing lines'],
  ])('each offset points at its paragraph in the original text: %j (%s)', (text) => {
    const result = paragraphs(text);
    expect(result.length).toBeGreaterThan(1);
    for (const paragraph of result) {
      expect(text.slice(paragraph.offset, paragraph.offset + paragraph.text.length)).toBe(paragraph.text);
      expect(paragraph.text.trim()).not.toBe('');
      expect(paragraph.text).not.toContain('\n');
    }
  });
});

import { describe, expect, test } from 'vitest';
import { decodeText, type DecodedText } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  test.each<[string, Uint8Array, DecodedText]>([
    ['UTF-8', utf8('Title\nCafé “Noir” – 2024'), { text: 'Title\nCafé “Noir” – 2024', encoding: 'utf-8', binary: false }],
    ['UTF-8 with a byte-order mark: the mark stripped', utf8('\uFEFFCafé'), { text: 'Café', encoding: 'utf-8', binary: false }],
    ['plain ASCII', utf8('Year,Headline'), { text: 'Year,Headline', encoding: 'utf-8', binary: false }],
    ['nothing', bytes(), { text: '', encoding: 'utf-8', binary: false }],
    [
      'Windows-1252 as Excel saves it on Windows: é, curly quotes and a dash',
      bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4e, 0x6f, 0x69, 0x72, 0x94, 0x20, 0x96),
      { text: 'Café “Noir” –', encoding: 'windows-1252', binary: false },
    ],
    [
      'every byte Windows-1252 and Latin-1 read differently, as the Encoding Standard has them',
      Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i),
      { text: '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ', encoding: 'windows-1252', binary: false },
    ],
    [
      'a byte-order mark on bytes that are not UTF-8 after it: the mark is not read as “ï»¿”',
      bytes(0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xe9),
      { text: 'Café', encoding: 'windows-1252', binary: false },
    ],
    [
      'a picture (the start of a PNG): binary',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d),
      { text: '\u2030PNG\r\n\u001a\n\u0000\u0000\u0000\r', encoding: 'windows-1252', binary: true },
    ],
  ])('%s', (_what, input, expected) => {
    expect(decodeText(input)).toEqual(expected);
  });

  test('an .xlsx (a zip archive) is binary, even where its bytes happen to be valid UTF-8', () => {
    const zipHeader = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    expect(decodeText(zipHeader)).toMatchObject({ encoding: 'utf-8', binary: true });
  });
});

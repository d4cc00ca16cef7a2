/**
 * The bytes of a file a journalist brings, as text. Most are UTF-8; a CSV saved by Excel on
 * Windows is Windows-1252, which read as UTF-8 turns "Café" into "Caf�". UTF-8 is strict
 * enough to tell: bytes that are not valid UTF-8 are almost never meant as it, so those are
 * read as Windows-1252, the encoding of Western European spreadsheets. A picture or an .xlsx
 * is no text at all, and is told apart so that the journalist hears that rather than a
 * complaint about its "header row".
 */

export interface DecodedText {
  /** Without a byte-order mark. */
  text: string;
  /** What the bytes were read as: Windows-1252 is a guess, worth telling the journalist. */
  encoding: 'utf-8' | 'windows-1252';
  /** Whether the bytes hold a NUL, which no text file does: a picture, a spreadsheet's .xlsx. */
  binary: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const hasUtf8Bom = (bytes: Uint8Array) => UTF8_BOM.every((byte, i) => bytes[i] === byte);

/**
 * Windows-1252's bytes 0x80 to 0x9F, where it differs from Latin-1: curly quotes, dashes, €, ™.
 * Node's TextDecoder (20, among others: nodejs/node#56542) decodes them as Latin-1's control
 * characters, so `npm run data -- import` would write U+0093 where a browser reads “; the five
 * bytes Windows-1252 leaves undefined stay as they are, as the Encoding Standard has them.
 */
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const windows1252 = (bytes: Uint8Array) =>
  new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]!);

/** Strict UTF-8 first (its byte-order mark stripped), Windows-1252 where the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = bytes.includes(0);
  try {
    // `fatal` throws at the first byte that is not UTF-8, rather than writing U+FFFD for it; the decoder strips the byte-order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', binary };
  } catch {
    // A byte-order mark on a file that is not UTF-8 after it (rows in another encoding pasted in) would read as "ï»¿".
    const rest = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
    return { text: windows1252(rest), encoding: 'windows-1252', binary };
  }
}

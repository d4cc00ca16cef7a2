/**
 * Text folded for comparison: the differences a keyboard or a copy-paste makes
 * (curly or straight quotation marks, dashes, kinds of space, letter case) made plain.
 * Search and the data compiler's quote checks fold the same characters, from here.
 * Dependency-free, so the build-time code in data/ imports it too.
 */

const SINGLE_MARKS = /[\u2018\u2019\u201A\u2032`]/;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u2033]/;
/** Hyphens and dashes: ‐ ‑ ‒ – — ―. */
const DASHES = /[\u2010-\u2015]/;
const SPACE = /\s/;

/** One character with its typographic variants made plain: ’ → ', “ → ", – → -, any space → ' '. */
function plainChar(char: string): string {
  if (SINGLE_MARKS.test(char)) return "'";
  if (DOUBLE_MARKS.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (SPACE.test(char)) return ' ';
  return char;
}

/**
 * For search: plain marks and spaces, lower case, no accents (a reader types "election"
 * for "Élection"). One character out for one in, so an offset found in the folded text
 * is the same offset in the original, where the match is highlighted.
 */
export function foldForSearch(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = plainChar(text[i] ?? '');
    // NFD splits a letter from its accent; the letter comes first.
    folded += char.normalize('NFD').toLowerCase()[0] ?? char;
  }
  return folded;
}

/**
 * For telling a quote that differs from an article only by a copy-paste's slips: plain
 * marks, one space for any run of spaces, lower case. Accents are kept: a word with
 * another accent is another word, not a slip. (Never for deciding that a quote is in
 * an article: that takes the article's characters exactly.)
 */
export function foldCopyPaste(text: string): string {
  let plain = '';
  for (const char of text) plain += plainChar(char);
  return plain.replace(/ +/g, ' ').toLowerCase();
}

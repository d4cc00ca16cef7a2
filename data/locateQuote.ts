/**
 * Finds a quote in an article: exactly, character for character, once.
 * When it is not there, says why if the reason is a common one (typographic
 * quotation marks, spacing) so the curator can fix the quote, never the article.
 */

import { QUOTE_NOT_FOUND } from '../src/data/problems.ts';

export type QuoteLocation = { found: true; offset: number; paragraph: { offset: number; text: string } } | { found: false; reason: string };

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Folds the differences a copy-paste most often introduces: curly and straight
 * quotation marks and apostrophes, dashes, runs of whitespace, letter case.
 * Shared with the copy desk, which compares quoted words in copy with the articles.
 */
export function loosen(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The paragraph holding [offset, offset + length): the lines between the nearest newlines. */
export function paragraphAround(text: string, offset: number, length: number): { offset: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + length);
  const end = newline === -1 ? text.length : newline;
  return { offset: start, text: text.slice(start, end) };
}

export function locateQuote(text: string, quote: string): QuoteLocation {
  const found = occurrences(text, quote);
  if (found.length === 1) {
    const offset = found[0] as number;
    return { found: true, offset, paragraph: paragraphAround(text, offset, quote.length) };
  }
  if (found.length > 1) {
    return { found: false, reason: `quote occurs ${found.length} times; quote more of the sentence so it points to one place` };
  }
  if (loosen(text).includes(loosen(quote))) {
    return {
      found: false,
      reason: `${QUOTE_NOT_FOUND} as written; it differs from the article only in quotation marks, dashes, letter case or spacing`,
    };
  }
  return { found: false, reason: QUOTE_NOT_FOUND };
}

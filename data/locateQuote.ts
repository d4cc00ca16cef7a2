/**
 * Finds a quote in an article: exactly, character for character, once.
 * When it is not there, says why if the reason is a common one (typographic
 * quotation marks, spacing) so the curator can fix the quote, never the article.
 */

import { foldCopyPaste } from '../src/data/fold.ts';
import { QUOTE_NOT_FOUND } from '../src/data/problems.ts';

export type QuoteLocation = { found: true; offset: number; paragraph: { offset: number; text: string } } | { found: false; reason: string };

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The paragraph holding [offset, offset + length): the lines between the nearest newlines. */
export function paragraphAround(text: string, offset: number, length: number): { offset: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + length);
  const end = newline === -1 ? text.length : newline;
  return { offset: start, text: text.slice(start, end) };
}

export function locateQuote(text: string, quote: string): QuoteLocation {
  // The schema refuses an empty quote; here it would be found everywhere (and never stop).
  if (quote === '') return { found: false, reason: 'the quote is empty' };
  const found = occurrences(text, quote);
  if (found.length === 1) {
    const offset = found[0] as number;
    return { found: true, offset, paragraph: paragraphAround(text, offset, quote.length) };
  }
  if (found.length > 1) {
    return { found: false, reason: `quote occurs ${found.length} times; quote more of the sentence so it points to one place` };
  }
  // Only to say why: the quote is still rejected, and the curator fixes it to the article's characters.
  if (foldCopyPaste(text).includes(foldCopyPaste(quote))) {
    return {
      found: false,
      reason: `${QUOTE_NOT_FOUND} as written; it differs from the article only in quotation marks, dashes, letter case or spacing`,
    };
  }
  return { found: false, reason: QUOTE_NOT_FOUND };
}

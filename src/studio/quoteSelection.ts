/**
 * A quote taken from a selection in an article: the article's own characters, so it is
 * verbatim by construction, and long enough to occur only once, so the compiler can place it.
 */

export interface SelectedQuote {
  start: number;
  end: number;
  quote: string;
  /** The selection was widened to make the quote occur once; the studio says so. */
  extended: boolean;
}

function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first !== -1 && text.indexOf(quote, first + 1) === -1;
}

/** Where the word after `end` ends (the text's end if there is none). */
function nextWordEnd(text: string, end: number): number {
  const rest = /^\s*\S+/.exec(text.slice(end));
  return rest ? end + rest[0].length : text.length;
}

/** Where the word before `start` starts (0 if there is none). */
function previousWordStart(text: string, start: number): number {
  const before = /\S+\s*$/.exec(text.slice(0, start));
  return before ? before.index : 0;
}

const WORD_CHARACTER = /[\p{L}\p{N}'’-]/u;

/**
 * The quote for the selection [start, end) of `text`: without the spaces at its edges, out to
 * whole words (a drag rarely lands on a word's edge), and widened a word at a time, after
 * and then before, until it occurs once in the article. Null for a selection of nothing but space.
 */
export function quoteFromSelection(text: string, start: number, end: number): SelectedQuote | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  if (from === to) return null;
  const selected = { from, to };
  while (from > 0 && WORD_CHARACTER.test(text[from - 1]!) && WORD_CHARACTER.test(text[from]!)) from -= 1;
  while (to < text.length && WORD_CHARACTER.test(text[to]!) && WORD_CHARACTER.test(text[to - 1]!)) to += 1;
  let after = true;
  while (!occursOnce(text, text.slice(from, to)) && (from > 0 || to < text.length)) {
    if ((after && to < text.length) || from === 0) to = nextWordEnd(text, to);
    else from = previousWordStart(text, from);
    after = !after;
  }
  return { start: from, end: to, quote: text.slice(from, to), extended: from !== selected.from || to !== selected.to };
}

/**
 * The quotation marks to put around a quote shown on its own. The words are the
 * article's, marks included, and are never changed; a quote that already begins or
 * ends with a double quotation mark (“"The UK's fanfare…," the embassy said.) gets
 * no marks of ours, because two marks side by side read as a typo and do not say
 * where the quote starts any better. Single marks at an edge are left to nest inside
 * ours (“‘Chinese cyber attacks’ without…”), as English does; at the end, ’ is as
 * likely an apostrophe as a mark.
 */

export interface QuoteMarks {
  open: string;
  close: string;
}

const OPENING = '“';
const CLOSING = '”';
/** Double quotation marks of every kind an article may use, straight, curly, low or angled. */
const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '〝', '〞', '＂']);

/** The marks to add before and after `quote` when it is shown as a quotation. */
export function quoteMarks(quote: string): QuoteMarks {
  const words = quote.trim();
  const carriesItsOwn = DOUBLE_MARKS.has(words.charAt(0)) || DOUBLE_MARKS.has(words.charAt(words.length - 1));
  return carriesItsOwn ? { open: '', close: '' } : { open: OPENING, close: CLOSING };
}

/** `quote` as a quotation, for plain-text places such as a tooltip: “…”. */
export function inQuotationMarks(quote: string): string {
  const { open, close } = quoteMarks(quote);
  return `${open}${quote}${close}`;
}

/**
 * Links that open an article scrolled to a quote and highlight it, in browsers that support
 * text fragments (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=…`.
 */

/** Past this many characters a quote is linked by its first and last words: a shorter link, and one that survives small differences in between. */
const LONG_QUOTE = 100;
/** Words kept at each end of a long quote: enough that the ends are rarely found elsewhere in the article. */
const EDGE_WORDS = 5;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A term of the directive, percent-encoded as the spec asks: everything `encodeURIComponent`
 * encodes, and `-` too (with `,` and `&`, which it already encodes), since those three
 * separate the directive's parts. A lone surrogate, which cannot be encoded, becomes U+FFFD.
 */
function encodeTerm(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

/**
 * `url` with its fragment replaced by a text directive for `quote`. A long quote, or one that
 * runs over more than one paragraph (which a single search term cannot match across), is
 * given as `textStart,textEnd`: the first words of its first line and the last of its last.
 * Whitespace is collapsed, as browsers match it. An empty quote gives `url` without a fragment.
 */
export function textFragmentLink(url: string, quote: string): string {
  const page = url.split('#')[0] ?? '';
  const lines = quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '');
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return page;
  const whole = lines.join(' ');
  const firstWords = first.split(' ');
  const lastWords = last.split(' ');
  const asRange = lines.length > 1 || (whole.length > LONG_QUOTE && firstWords.length > 2 * EDGE_WORDS);
  const directive = asRange
    ? `${encodeTerm(firstWords.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(lastWords.slice(-EDGE_WORDS).join(' '))}`
    : encodeTerm(whole);
  return `${page}#:~:text=${directive}`;
}

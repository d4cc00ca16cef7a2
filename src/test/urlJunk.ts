/** What a hand-edited, truncated or hostile link holds, for the URL parsers' property tests. */
import fc from 'fast-check';

/** Percent-encoding that is wrong in every way a hand-edited link can be. */
export const percentJunk = fc.oneof(
  fc.constantFrom('%E0%A4%A', '%', '%%', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF', '%u0041', '%00', '%0A', '%2', '%E2%80'),
  fc.string({ unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'F', 'f', '2', 'C', 'D', '8') }),
);

/** A lone surrogate: what `slice` leaves when it cuts an emoji in half. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `text` as a browser's encoder would take it: lone surrogates as U+FFFD (encodeURIComponent throws on one). */
export const wellFormed = (text: string) => text.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');

/** Numbers a parser must not take at face value. */
export const NUMBER_JUNK = ['NaN', 'Infinity', '-1', '-0', '1e999', '9007199254740993'];

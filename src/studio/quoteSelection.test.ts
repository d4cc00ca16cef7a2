import { expect, test } from 'vitest';
import { locateQuote } from '../../data/locateQuote';
import { quoteFromSelection } from './quoteSelection';

const ARTICLE = 'The UK said on Monday that hackers had attacked. The UK said the attack began in 2021.\n\nChina denied the attack';

function select(words: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = ARTICLE.indexOf(words, at + 1);
  return [at, at + words.length];
}

test.each([
  ['words that occur once are taken as selected', 'hackers had attacked', 0, 'hackers had attacked', false],
  ['spaces at the edges are left out', ' hackers had ', 0, 'hackers had', false],
  ['a repeated selection is widened after it until it occurs once', 'The UK said', 0, 'The UK said on', true],
  ['and before it where it ends the text', 'the attack', 1, 'denied the attack', true],
  ['the second of two places widens to its own words', 'The UK said', 1, 'The UK said the', true],
  ['a selection ending inside a word takes the whole word', 'hackers had atta', 0, 'hackers had attacked', true],
  ['and one starting inside a word', 'ckers had', 0, 'hackers had', true],
])('%s', (_, words, occurrence, quote, extended) => {
  const [start, end] = select(words, occurrence);
  const selected = quoteFromSelection(ARTICLE, start, end);
  expect(selected).toMatchObject({ quote, extended });
  expect(ARTICLE.slice(selected!.start, selected!.end)).toBe(quote);
  // What the compiler will check: the quote is found, once.
  expect(locateQuote(ARTICLE, quote)).toMatchObject({ found: true, offset: selected!.start });
});

test('a selection of only space is no quote', () => {
  expect(quoteFromSelection(ARTICLE, 48, 49)).toBeNull();
});

test('a selection made backwards reads the same', () => {
  const [start, end] = select('China denied');
  expect(quoteFromSelection(ARTICLE, end, start)?.quote).toBe('China denied');
});

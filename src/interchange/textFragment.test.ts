import { describe, expect, test } from 'vitest';
import { textFragmentLink } from './textFragment';

const PAGE = 'https://news.example/2024/03/story';

const LONG =
  'Hackers gained access to email accounts, cloud storage accounts and phone call records, the Justice Department said, monitoring some accounts for years.';

describe('textFragmentLink', () => {
  test.each<[string, string, string, string]>([
    ['spaces', PAGE, 'charged seven people', `${PAGE}#:~:text=charged%20seven%20people`],
    ['a hyphen, which separates prefix and suffix', PAGE, 'a 14-year campaign', `${PAGE}#:~:text=a%2014%2Dyear%20campaign`],
    ['an ampersand and a comma', PAGE, 'Smith & Jones, said', `${PAGE}#:~:text=Smith%20%26%20Jones%2C%20said`],
    ['typographic quotes', PAGE, 'called the emails “malicious”', `${PAGE}#:~:text=called%20the%20emails%20%E2%80%9Cmalicious%E2%80%9D`],
    ['what the spec lets stand', PAGE, "it's (not) *that* ~simple~!", `${PAGE}#:~:text=it's%20(not)%20*that*%20~simple~!`],
    ['percent, hash and query characters', PAGE, '50% #1 a=b?', `${PAGE}#:~:text=50%25%20%231%20a%3Db%3F`],
    ['a character outside the basic plane', PAGE, 'the 📰 report', `${PAGE}#:~:text=the%20%F0%9F%93%B0%20report`],
    ['a lone surrogate, which cannot be encoded', PAGE, 'a broken \uD83D half', `${PAGE}#:~:text=a%20broken%20%EF%BF%BD%20half`],
    ['whitespace collapsed and trimmed', PAGE, '  spaced   out\twords ', `${PAGE}#:~:text=spaced%20out%20words`],
    ['an existing fragment is replaced', `${PAGE}#section-2`, 'charged', `${PAGE}#:~:text=charged`],
    ['an existing text directive is replaced', `${PAGE}#:~:text=old`, 'new', `${PAGE}#:~:text=new`],
    ['the query is kept', `${PAGE}?page=2&x=1`, 'charged', `${PAGE}?page=2&x=1#:~:text=charged`],
    [
      'a long quote by its first and last five words',
      PAGE,
      LONG,
      `${PAGE}#:~:text=Hackers%20gained%20access%20to%20email,monitoring%20some%20accounts%20for%20years.`,
    ],
    ['a quote over two paragraphs', PAGE, 'First paragraph ends.\n\nSecond one', `${PAGE}#:~:text=First%20paragraph%20ends.,Second%20one`],
    ['a long quote without words to split is kept whole', PAGE, 'x'.repeat(150), `${PAGE}#:~:text=${'x'.repeat(150)}`],
    ['an empty quote gives the page', PAGE, '  \n ', PAGE],
  ])('%s', (_note, url, quote, expected) => {
    expect(textFragmentLink(url, quote)).toBe(expected);
  });

  test('every term decodes back to the words it stands for', () => {
    const [, directive = ''] = textFragmentLink(PAGE, LONG).split('#:~:text=');
    const [start = '', end = ''] = directive.split(',');
    expect(LONG.startsWith(decodeURIComponent(start))).toBe(true);
    expect(LONG.endsWith(decodeURIComponent(end))).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { inQuotationMarks, quoteMarks } from './quoteMarks';

describe('quoteMarks', () => {
  test.each<[string, string, string]>([
    ['The attack was identified in October 2022', '“The attack was identified in October 2022”', 'plain words get typographic marks'],
    [
      "\"The UK's fanfare of so-called 'Chinese cyber attacks',\" the embassy said.",
      "\"The UK's fanfare of so-called 'Chinese cyber attacks',\" the embassy said.",
      'a straight mark at the start',
    ],
    ['“We urge the relevant parties to stop.”', '“We urge the relevant parties to stop.”', 'wholly quoted already'],
    [
      '“Chinese state-affiliated actors were responsible,” he said.',
      '“Chinese state-affiliated actors were responsible,” he said.',
      'a curly mark at the start only',
    ],
    [
      'accused China of targeting the UK “prolifically and aggressively”',
      'accused China of targeting the UK “prolifically and aggressively”',
      'a curly mark at the end only',
    ],
    ['a 14-year "prolific global hacking operation"', 'a 14-year "prolific global hacking operation"', 'a straight mark at the end only'],
    ['„Wir sind Opfer“', '„Wir sind Opfer“', 'a low opening mark'],
    ['«Nous démentons»', '«Nous démentons»', 'guillemets'],
    ['  "padded," he said.  ', '  "padded," he said.  ', 'white space around the marks'],
    ['the emails were “malicious” and repeated', '“the emails were “malicious” and repeated”', 'marks inside, none at the edges'],
    ['‘Chinese cyber attacks’ without justification', '“‘Chinese cyber attacks’ without justification”', 'single marks nest inside ours'],
    ['the rights of the voters’', '“the rights of the voters’”', 'a closing apostrophe'],
    ['', '“”', 'empty'],
  ])('%j → %j (%s)', (quote, shown) => {
    expect(inQuotationMarks(quote)).toBe(shown);
  });

  test('marks come in pairs: both or neither', () => {
    for (const quote of ['plain', '"own" start', 'end "own"', '“both”']) {
      const { open, close } = quoteMarks(quote);
      expect(open === '').toBe(close === '');
    }
  });
});

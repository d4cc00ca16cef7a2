import { describe, expect, test } from 'vitest';
import { titleFromText } from './timelineJsSlides';

describe('titleFromText', () => {
  test.each([
    ['Short text', 'Short text', 'short enough as it is'],
    ['The bridge reopened to buses. Cars followed.', 'The bridge reopened to buses.', 'the first sentence'],
    [
      'U.S. officials said the bridge would reopen. Then it did.',
      'U.S. officials said the bridge would reopen.',
      'an abbreviation does not end it',
    ],
    [
      'A very long first sentence that keeps going well past the length a title on a timeline can have without wrapping',
      'A very long first sentence that keeps going well past the length a title on a…',
      'cut at a word',
    ],
  ])('%j → %j (%s)', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});

import { expect, test } from 'vitest';
import { articleLines } from './articleSegments';

const TEXT = 'First line, in 2021.\n\nSecond line cites this.';

test('lines keep their offsets in the text, blank lines left out', () => {
  const lines = articleLines(TEXT, []);
  expect(lines.map((line) => [line.offset, line.runs.map((run) => run.text).join('')])).toEqual([
    [0, 'First line, in 2021.'],
    [22, 'Second line cites this.'],
  ]);
});

test('marked ranges cut lines into runs at their edges, overlaps carrying both marks', () => {
  const at = (words: string) => TEXT.indexOf(words);
  const lines = articleLines(TEXT, [
    { start: at('in 2021'), end: at('in 2021') + 7, mark: 'mention' },
    { start: at('cites'), end: at('cites this') + 10, mark: 'cited' },
    { start: at('this'), end: TEXT.length, mark: 'picked' },
  ]);
  expect(lines.map((line) => line.runs.map((run) => [run.offset, run.text, run.marks]))).toEqual([
    [
      [0, 'First line, ', []],
      [12, 'in 2021', ['mention']],
      [19, '.', []],
    ],
    [
      [22, 'Second line ', []],
      [34, 'cites ', ['cited']],
      [40, 'this', ['cited', 'picked']],
      [44, '.', ['picked']],
    ],
  ]);
  // Every run's text is the article's at its offset.
  for (const run of lines.flatMap((line) => line.runs)) expect(TEXT.slice(run.offset, run.offset + run.text.length)).toBe(run.text);
});

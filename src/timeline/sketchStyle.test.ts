import { describe, expect, test } from 'vitest';
import { acrossClass, maxHeightClass, rowClass, shownClass, sketchStyleSheet } from './sketchStyle';

describe('the first screen geometry as class names', () => {
  test('a fraction across the drawing area is named to a hundredth of a percent, negative ones with an n', () => {
    expect(acrossClass('ml', 0.473149)).toBe('tl-ml-4731');
    expect(acrossClass('w', 1)).toBe('tl-w-10000');
    expect(acrossClass('l', -0.012)).toBe('tl-l-n120');
    expect(acrossClass('l', 0)).toBe('tl-l-0');
  });

  test('the style sheet has a rule for each class the pages use, once, and none for words that only look like one', () => {
    const html = [
      `<div class="vis-item ${acrossClass('ml', 0.25)} ${acrossClass('w', 0.5)}">tl-l-999 in the text</div>`,
      `<div class="${acrossClass('ml', 0.25)} ${acrossClass('l', -0.012)}"></div>`,
      `<div class="vis-label ${rowClass(2)}"></div><div class="tl-axis-backdrop ${rowClass(1, 4)}"></div>`,
      `<div class="tl-sketch__lanes ${maxHeightClass(400)}" title="tl-w-1"></div>`,
    ].join('');
    expect(sketchStyleSheet(html).split('\n')).toEqual([
      '.tl-sketch .tl-l-n120{left:-1.2%}',
      '.tl-sketch .tl-mh-400{max-height:400px}',
      '.tl-sketch .tl-ml-2500{margin-left:25%}',
      '.tl-sketch .tl-row-2{grid-row:2}',
      '.tl-sketch .tl-rows-4{grid-row:1 / span 4}',
      '.tl-sketch .tl-w-5000{width:50%}',
    ]);
  });

  test('each first screen is hidden but where its timeline is as wide as it was drawn for, and no wider than the next', () => {
    const html = `<div class="tl-sketch ${shownClass(600, 700)}"></div><div class="tl-sketch ${shownClass(834, undefined)}"></div>`;
    expect(sketchStyleSheet(html).split('\n')).toEqual([
      '.tl-sketch.tl-from-600-to-700{display:none}@container (min-width:600px) and (max-width:699.98px){.tl-sketch.tl-from-600-to-700{display:grid}}',
      '.tl-sketch.tl-from-834{display:none}@container (min-width:834px){.tl-sketch.tl-from-834{display:grid}}',
    ]);
  });

  test('a page without a first screen needs no rules', () => {
    expect(sketchStyleSheet('<div class="timeline__canvas"></div>')).toBe('');
  });
});

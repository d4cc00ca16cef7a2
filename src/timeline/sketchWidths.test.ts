import { describe, expect, test } from 'vitest';
import { ESTIMATED_LANE_COLUMN_PX, sketchDrawingWidth, sketchShown, sketchShownUntil } from './sketchWidths';

const WIDTHS = [500, 600, 700, 834];

describe('which first screen drawn ahead a timeline shows', () => {
  test.each([
    [499.9, undefined],
    [500, 500],
    [699.99, 600],
    [700, 700],
    [833, 700],
    [834, 834],
    [1600, 834],
  ])('a timeline %s px wide shows the one drawn for %s px', (canvas, shown) => {
    expect(sketchShown(canvas, WIDTHS)).toBe(shown);
  });

  test('each is shown up to the next width, the widest however wide the timeline is', () => {
    expect(WIDTHS.map((width) => sketchShownUntil(width, [...WIDTHS].reverse()))).toEqual([600, 700, 834, undefined]);
  });

  test('each is worked out for its width less the lane column the live timeline assumes before it is drawn', () => {
    expect(sketchDrawingWidth(834)).toBe(834 - ESTIMATED_LANE_COLUMN_PX);
  });
});

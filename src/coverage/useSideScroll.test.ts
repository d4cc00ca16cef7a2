import { describe, expect, test } from 'vitest';
import { sideScrollOf } from './useSideScroll';

describe('sideScrollOf', () => {
  test.each([
    [{ scrollLeft: 0, scrollWidth: 400, clientWidth: 400 }, { overflows: false, moreLeft: false, moreRight: false }, 'fits exactly'],
    [
      { scrollLeft: 0, scrollWidth: 400.5, clientWidth: 400 },
      { overflows: false, moreLeft: false, moreRight: false },
      'half a pixel is rounding',
    ],
    [
      { scrollLeft: 0, scrollWidth: 700, clientWidth: 400 },
      { overflows: true, moreLeft: false, moreRight: true },
      'at the start of a wide table',
    ],
    [{ scrollLeft: 120, scrollWidth: 700, clientWidth: 400 }, { overflows: true, moreLeft: true, moreRight: true }, 'part way along'],
    [
      { scrollLeft: 299.5, scrollWidth: 700, clientWidth: 400 },
      { overflows: true, moreLeft: true, moreRight: false },
      'at the end, give or take rounding',
    ],
  ])('%o → %o (%s)', (box, expected) => {
    expect(sideScrollOf(box)).toEqual(expected);
  });
});

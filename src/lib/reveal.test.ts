// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { focusInFrame, revealInFrame, scrollNeeded } from './reveal';

describe('scrollNeeded', () => {
  test.each([
    [{ top: 100, bottom: 150 }, { top: 0, bottom: 800 }, 'nearest', 0, 'already in view'],
    [{ top: -60, bottom: -10 }, { top: 0, bottom: 800 }, 'nearest', -60, 'above: its top comes to the top'],
    [{ top: 900, bottom: 950 }, { top: 0, bottom: 800 }, 'nearest', 150, 'below: its bottom comes to the bottom'],
    [{ top: 500, bottom: 1500 }, { top: 0, bottom: 800 }, 'nearest', 500, 'taller than the view: its top comes to the top'],
    [{ top: 900, bottom: 1000 }, { top: 0, bottom: 800 }, 'center', 550, 'centred'],
    [{ top: 350, bottom: 450 }, { top: 0, bottom: 800 }, 'center', 0, 'centred already'],
    [{ top: 350, bottom: 450 }, { top: 100, bottom: 800 }, 'start', 250, 'at the top'],
    [{ top: 50, bottom: 90 }, { top: 100, bottom: 800 }, 'start', -50, 'above: at the top'],
  ] as const)('%o in %o (%s) scrolls by %d: %s', (target, view, block, expected, _note) => {
    expect(scrollNeeded(target, view, block)).toBe(expected);
  });
});

function rect(top: number, height: number): DOMRect {
  return { top, bottom: top + height, left: 0, right: 100, width: 100, height, x: 0, y: top, toJSON: () => ({}) };
}

describe('revealInFrame', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  test('scrolls the scroll box and the window by what is needed, and never calls scrollIntoView', () => {
    document.body.innerHTML = '<div id="box" style="overflow-y: auto"><p id="target">x</p></div>';
    const box = document.getElementById('box')!;
    const target = document.getElementById('target')!;
    Object.defineProperties(box, { scrollHeight: { value: 1000 }, clientHeight: { value: 200 } });
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue(rect(100, 200));
    let targetTop = 500;
    vi.spyOn(target, 'getBoundingClientRect').mockImplementation(() => rect(targetTop, 20));
    // Scrolling the box moves the target with it, as a browser would.
    let boxScroll = 0;
    Object.defineProperty(box, 'scrollTop', {
      get: () => boxScroll,
      set: (value: number) => {
        targetTop -= value - boxScroll;
        boxScroll = value;
      },
    });
    const scrollBy = vi.fn();
    window.scrollBy = scrollBy as typeof window.scrollBy;
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;

    revealInFrame(target);

    expect(boxScroll).toBe(220); // 520 - 300: its bottom to the box's bottom
    expect(scrollBy).not.toHaveBeenCalled(); // now at 280-300: inside the 768 px window
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  test('a box that clips rather than scrolls is left alone; the window scrolls instead', () => {
    document.body.innerHTML = '<div id="clipped" style="overflow: hidden"><p id="inside">y</p></div>';
    const clipped = document.getElementById('clipped')!;
    const inside = document.getElementById('inside')!;
    Object.defineProperties(clipped, { scrollHeight: { value: 1000 }, clientHeight: { value: 200 } });
    vi.spyOn(inside, 'getBoundingClientRect').mockReturnValue(rect(2000, 20));
    const scrollBy = vi.fn();
    window.scrollBy = scrollBy as typeof window.scrollBy;

    revealInFrame(inside);

    expect(clipped.scrollTop).toBe(0);
    expect(scrollBy).toHaveBeenCalledWith({ top: 2020 - window.innerHeight, behavior: 'instant' });
  });

  test('with a margin, that much room is kept clear around it; at the start, the window brings it to the top', () => {
    document.body.innerHTML = '<p id="low">z</p>';
    const low = document.getElementById('low')!;
    vi.spyOn(low, 'getBoundingClientRect').mockReturnValue(rect(window.innerHeight - 10, 20));
    const scrollBy = vi.fn();
    window.scrollBy = scrollBy as typeof window.scrollBy;

    revealInFrame(low, 'nearest', 12);
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 22, behavior: 'instant' }); // its bottom, and 12 px, in view

    revealInFrame(low, 'start', 12);
    expect(scrollBy).toHaveBeenLastCalledWith({ top: window.innerHeight - 22, behavior: 'instant' }); // its top, less 12 px, at the top
  });

  test('focusInFrame focuses without the browser’s own scrolling', () => {
    document.body.innerHTML = '<button id="b">b</button>';
    const button = document.getElementById('b')!;
    const focus = vi.spyOn(button, 'focus');
    window.scrollBy = vi.fn() as typeof window.scrollBy;
    focusInFrame(button);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(document.activeElement).toBe(button);
  });
});

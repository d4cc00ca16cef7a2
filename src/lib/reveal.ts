/**
 * Scrolling that stays inside this document. `scrollIntoView()` and a plain `focus()`
 * scroll every box around the element that can be scrolled, and more: vis-timeline's
 * clipped panels, which then draw every event at the wrong date, and in an embed the
 * host page around the frame. These scroll only this document's own scroll boxes and
 * its window, and only up or down.
 */

/** nearest: as little scrolling as shows it; center: in the middle of its boxes; start: at the top of its boxes and of the window. */
export type RevealBlock = 'nearest' | 'center' | 'start';

interface Span {
  top: number;
  bottom: number;
}

/** How far a box showing `view` must scroll down (negative: up) to show `target`. */
export function scrollNeeded(target: Span, view: Span, block: RevealBlock = 'nearest'): number {
  if (block === 'center') return (target.top + target.bottom) / 2 - (view.top + view.bottom) / 2;
  if (block === 'start') return target.top - view.top;
  if (target.top < view.top) return target.top - view.top;
  // Taller than the view: its top matters more than its bottom.
  if (target.bottom > view.bottom) return Math.min(target.bottom - view.bottom, target.top - view.top);
  return 0;
}

function scrollsVertically(box: Element): boolean {
  const { overflowY } = getComputedStyle(box);
  return (overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight;
}

/**
 * Brings `element` into view by scrolling its scroll boxes and this document's window, nothing
 * else. `block` places it within its scroll boxes; the window moves only if it is out of sight,
 * unless it is to be at the top ('start'). `margin` pixels are kept clear around it.
 */
export function revealInFrame(element: Element, block: RevealBlock = 'nearest', margin = 0): void {
  const target = () => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top: top - margin, bottom: bottom + margin };
  };
  for (let box = element.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    if (scrollsVertically(box)) box.scrollTop += scrollNeeded(target(), box.getBoundingClientRect(), block);
  }
  const delta = scrollNeeded(target(), { top: 0, bottom: window.innerHeight }, block === 'start' ? 'start' : 'nearest');
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}

/** Moves focus to `element` and brings it into view the same way: never scrolling what is not ours. */
export function focusInFrame(element: HTMLElement | null | undefined, block: RevealBlock = 'nearest', margin = 0): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  revealInFrame(element, block, margin);
}

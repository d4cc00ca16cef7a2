import { useEffect, useState, type RefObject } from 'react';

/** Where a sideways-scrolling box stands: is there more to see to its left, to its right? */
export interface SideScroll {
  /** The content is wider than the box. */
  overflows: boolean;
  /** Some of it is scrolled away to the left. */
  moreLeft: boolean;
  /** Some of it is still to the right. */
  moreRight: boolean;
}

const FITS: SideScroll = { overflows: false, moreLeft: false, moreRight: false };

/** Half a pixel either way is rounding, not content. */
export function sideScrollOf({
  scrollLeft,
  scrollWidth,
  clientWidth,
}: Pick<HTMLElement, 'scrollLeft' | 'scrollWidth' | 'clientWidth'>): SideScroll {
  const hidden = scrollWidth - clientWidth;
  if (hidden <= 1) return FITS;
  return { overflows: true, moreLeft: scrollLeft > 1, moreRight: scrollLeft < hidden - 1 };
}

function same(a: SideScroll, b: SideScroll): boolean {
  return a.overflows === b.overflows && a.moreLeft === b.moreLeft && a.moreRight === b.moreRight;
}

/** Follows a scroll box as it scrolls and as it or its content changes size, so the page can show what is out of view. */
export function useSideScroll(box: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState(FITS);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const next = sideScrollOf(element);
      setState((current) => (same(current, next) ? current : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    // Absent only outside browsers (a test DOM), where nothing is ever resized.
    const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    sizes?.observe(element);
    if (element.firstElementChild) sizes?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      sizes?.disconnect();
    };
  }, [box]);
  return state;
}
